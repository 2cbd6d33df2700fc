// Reconciliation with the contractor (DOMAIN.md "Credit claims", Reconciliation): the
// contractor's own ticket record (its trouble-ticket reporting tool exports up to 12 months of
// ticket history as delimited text, stop clocks with codes and start/stop time stamps) and the
// credit lines of its invoices, compared with ours ticket by ticket, in dollars.
//
// The words, the columns a mapping may name, and the shapes the pure rules (parse.ts, match.ts,
// differences.ts, invoice.ts) take and give. Instants are epoch ms, money integer cents; the
// contract (shared/ipc/reconcile.ts) carries them as ISO text and dollars.
import type { ServiceInput, TicketInput, HistoryInput } from '../sla/model';

/** What a saved column mapping reads: a contractor's ticket report, or the credit lines of its invoice. */
export const MAPPING_KINDS = ['tickets', 'invoice'] as const;
export type MappingKind = (typeof MAPPING_KINDS)[number];

/**
 * The columns of a contractor's ticket report. One row per ticket, or one row per stop clock
 * with the ticket's columns repeated (what the reporting tools export): rows with the same
 * ticket number are one ticket.
 */
export const TICKET_FIELDS = [
  'ticketNumber',
  'circuitId',
  'openedAt',
  'alarmAt',
  'restoredAt',
  'closedAt',
  'stopClockCode',
  'stopClockStart',
  'stopClockEnd',
  'outageDuration',
  'slaVerdict',
  'credit',
] as const;
export type TicketField = (typeof TICKET_FIELDS)[number];

export const TICKET_FIELD_LABELS: Record<TicketField, string> = {
  ticketNumber: 'Contractor ticket number',
  circuitId: 'Circuit ID',
  openedAt: 'Opened',
  alarmAt: 'Alarm',
  restoredAt: 'Restored',
  closedAt: 'Closed',
  stopClockCode: 'Stop clock code',
  stopClockStart: 'Stop clock start',
  stopClockEnd: 'Stop clock end',
  outageDuration: 'Their outage duration',
  slaVerdict: 'Their SLA verdict',
  credit: 'Their credit',
};

/** A report cannot be matched without these. */
export const REQUIRED_TICKET_FIELDS: readonly TicketField[] = ['ticketNumber', 'circuitId', 'openedAt'];

/** The columns of an invoice's credit lines. */
export const INVOICE_FIELDS = ['invoiceNumber', 'invoiceDate', 'circuitId', 'amount', 'description'] as const;
export type InvoiceField = (typeof INVOICE_FIELDS)[number];

export const INVOICE_FIELD_LABELS: Record<InvoiceField, string> = {
  invoiceNumber: 'Invoice number',
  invoiceDate: 'Invoice date',
  circuitId: 'Circuit ID',
  amount: 'Amount',
  description: 'Description',
};

export const REQUIRED_INVOICE_FIELDS: readonly InvoiceField[] = ['invoiceNumber', 'invoiceDate', 'circuitId', 'amount'];

/** How their outage duration is written: minutes ("130"), hours ("2.17") or hours and minutes ("2:10"). */
export const DURATION_UNITS = ['minutes', 'hours', 'h:mm'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

/** A saved column mapping: which header of the file holds which field, and how its dates read. */
export interface ColumnMapping<F extends string = string> {
  /** Field → the header as the file writes it; a field left out (or '') is not in the file. */
  columns: Partial<Record<F, string>>;
  /** IANA zone the file's times are written in (their tool's, not necessarily the agency's). */
  timeZone: string;
  /** luxon format of the file's dates and times, e.g. "M/d/yyyy h:mm a" or "yyyy-MM-dd HH:mm". */
  dateFormat: string;
  /** Tickets only: how their outage duration is written. */
  durationUnit: DurationUnit;
  /** Tickets only: the SLA their verdict column speaks of (the catalog's id; Time to Repair by default). */
  verdictSla: string;
}

/** One problem of one row, naming the column as the file does ("Restore Time"). */
export interface RowProblem {
  /** Line in the file as a spreadsheet numbers it (the header is line 1). */
  line: number;
  /** The file's header of the column at fault ('' for the row as a whole). */
  column: string;
  /** The mapped field, or '' for the row. */
  field: string;
  message: string;
}

/** A stop clock as the contractor's record has it. */
export interface TheirStopClock {
  /** The code as written in their file ("ACCESS", "No Trouble Found"). */
  code: string;
  startMs: number;
  /** null: their record gives no end. */
  endMs: number | null;
  line: number;
}

/** A ticket as the contractor's report has it (rows with its number gathered). */
export interface TheirTicket {
  ticketNumber: string;
  circuitId: string;
  openedMs: number;
  alarmMs: number | null;
  restoredMs: number | null;
  closedMs: number | null;
  stopClocks: TheirStopClock[];
  /** Their outage duration, minutes, when the file gives one. */
  durationMinutes: number | null;
  /** Their verdict on the mapping's `verdictSla`: true met, false missed, null not given. */
  verdictMet: boolean | null;
  /** Their credit for the ticket, cents, when given. */
  creditCents: number | null;
  /** First line of the ticket in the file. */
  line: number;
}

/** One of our tickets as matching and the differences read it. */
export interface OurTicket {
  id: number;
  ticketNumber: string;
  serviceId: number;
  circuitId: string;
  /** The engine's ticket (ids as the engine names them: the ticket's row id, the service's engine id). */
  input: TicketInput;
  /** The row ids of `input.stopClocks`, in the same order. */
  stopClockIds: number[];
  /** Opened from a contractor's report (reconcile:openTicket). */
  fromReport: boolean;
}

/** One credit line of a contractor's invoice. */
export interface InvoiceLine {
  line: number;
  invoiceNumber: string;
  /** The invoice's date, agency calendar 'YYYY-MM-DD'. */
  invoiceDate: string;
  circuitId: string;
  /** The credit, cents, positive (invoices print credits as -300.00 or (300.00)). */
  amountCents: number;
  description: string;
}

/** A line of a claim an invoice line may credit. */
export interface ClaimLineOpen {
  claimId: number;
  claimLineId: number;
  /** The claim's billing month: older claims are credited first. */
  month: string;
  circuitId: string;
  /** The contractor's ticket number or order reference of the line. */
  reference: string;
  sla: string;
  slaTitle: string;
  clause: string;
  amountCents: number;
  /** Already credited to this line by earlier invoices. */
  creditedCents: number;
}

/** The engine's record of one service for the differences: what ours says, around the ticket. */
export interface ServiceRecord {
  service: ServiceInput;
  /** Our tickets of the service (the ticket itself and those its availability months read). */
  tickets: TicketInput[];
  history: HistoryInput[];
}
