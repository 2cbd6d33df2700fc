// Reconciliation with the contractor (issue 13; DOMAIN.md "Credit claims", Reconciliation): the
// contractor's trouble-ticket report and its invoice credits against our record. The ATR maps a
// contractor's columns once (saved per contractor), previews an import (every row's problems,
// naming the column; nothing written) and confirms it; the app then matches their tickets to
// ours, shows each difference with its effect on every SLA verdict and credit (the real engine on
// our record and on our record with their version substituted), flags their stop clocks the
// contract does not allow, matches invoice credit lines to the claims' lines (crediting the
// claims through the claims service), and makes a dispute section for the claim packet.
//
// Instants travel as UTC ISO text, money as dollars (two decimals), durations as minutes.
import { z } from 'zod';
import { dateFormatExample, dateFormatProblem } from '../calendar/textDates';
import { isValidZone } from '../calendar/instant';
import {
  DURATION_UNITS,
  INVOICE_FIELD_LABELS,
  INVOICE_FIELDS,
  REQUIRED_INVOICE_FIELDS,
  REQUIRED_TICKET_FIELDS,
  TICKET_FIELD_LABELS,
  TICKET_FIELDS,
  type InvoiceField,
  type TicketField,
} from '../reconcile/types';
import { ids, VOCABULARY } from '../sla/vocabulary';
import { channel } from './channel';
import { dateText, id, monthText, requiredText, text } from './fields';

export { TICKET_FIELDS, TICKET_FIELD_LABELS, INVOICE_FIELDS, INVOICE_FIELD_LABELS, DURATION_UNITS };

/** A report of 12 months of a large agency's tickets, one row per stop clock, stays well under this. */
export const MAX_REPORT_BYTES = 25_000_000;
export const MAX_INVOICE_BYTES = 5_000_000;

// ---------------------------------------------------------------------------------------------
// Column mappings, saved per contractor

/** The file's header for a field ('' = the file has no such column). */
const header = (label: string) => text(`${label} column`, 200).default('');

function columnsShape<F extends string>(fields: readonly F[], labels: Record<F, string>) {
  return Object.fromEntries(fields.map((f) => [f, header(labels[f])])) as { [K in F]: ReturnType<typeof header> };
}

const timeZone = z
  .string({ message: 'Time zone is required' })
  .trim()
  .max(64, 'Time zone is at most 64 characters')
  .refine((zone) => zone !== '' && isValidZone(zone), 'Time zone must be an IANA zone such as America/Los_Angeles');

const dateFormat = (withTime: boolean) =>
  z
    .string({ message: 'Date format is required' })
    .trim()
    .max(64, 'Date format is at most 64 characters')
    .superRefine((f, ctx) => {
      const problem = dateFormatProblem(f, withTime);
      if (problem !== null) ctx.addIssue({ code: 'custom', message: `Date format ${problem}` });
    });

/** The engine's SLA ids with a verdict per ticket (Time to Repair, Excessive Outage, CAT 1/2/3). */
export const VERDICT_SLAS = ['time-to-repair', 'excessive-outage', 'cat1', 'cat2', 'cat3'] as const;

/** "Circuit ID" stays as is, "Opened" reads "opened" inside a sentence. */
const inSentence = (label: string) => label.replace(/^[A-Z](?![A-Z])(?!\w* ID\b)/, (c) => c.toLowerCase());

function requireColumns<F extends string>(required: readonly F[], labels: Record<F, string>) {
  return (m: { columns: Record<F, string> }, ctx: z.RefinementCtx) => {
    for (const f of required) {
      if (m.columns[f] === '') ctx.addIssue({ code: 'custom', path: ['columns', f], message: `Choose the column that holds the ${inSentence(labels[f])}` });
    }
    const seen = new Map<string, F>();
    for (const f of Object.keys(m.columns) as F[]) {
      const h = m.columns[f].toLowerCase();
      if (h === '') continue;
      const other = seen.get(h);
      if (other !== undefined) ctx.addIssue({ code: 'custom', path: ['columns', f], message: `Column "${m.columns[f]}" is already mapped to ${inSentence(labels[other])}` });
      else seen.set(h, f);
    }
  };
}

export const ticketMappingSchema = z
  .object({
    columns: z.object(columnsShape(TICKET_FIELDS, TICKET_FIELD_LABELS)).strict(),
    timeZone,
    dateFormat: dateFormat(true),
    durationUnit: z.enum(DURATION_UNITS, { message: 'Duration unit must be minutes, hours or h:mm' }).default('minutes'),
    verdictSla: z.enum(VERDICT_SLAS, { message: `Verdict SLA must be one of ${VERDICT_SLAS.join(', ')}` }).default('time-to-repair'),
  })
  .strict()
  .superRefine(requireColumns<TicketField>(REQUIRED_TICKET_FIELDS, TICKET_FIELD_LABELS))
  .superRefine((m, ctx) => {
    const sc = [m.columns.stopClockCode, m.columns.stopClockStart].filter((c) => c !== '').length;
    if (sc === 1) ctx.addIssue({ code: 'custom', path: ['columns', m.columns.stopClockCode === '' ? 'stopClockCode' : 'stopClockStart'], message: 'Stop clocks need both the code and the start column' });
  });
export type TicketMapping = z.output<typeof ticketMappingSchema>;
export type TicketMappingInput = z.input<typeof ticketMappingSchema>;

export const invoiceMappingSchema = z
  .object({
    columns: z.object(columnsShape(INVOICE_FIELDS, INVOICE_FIELD_LABELS)).strict(),
    /** The invoice date's format (a date; a time, if written, is ignored). */
    dateFormat: dateFormat(false),
  })
  .strict()
  .superRefine(requireColumns<InvoiceField>(REQUIRED_INVOICE_FIELDS, INVOICE_FIELD_LABELS));
export type InvoiceMapping = z.output<typeof invoiceMappingSchema>;
export type InvoiceMappingInput = z.input<typeof invoiceMappingSchema>;

export const savedMappingsSchema = z.object({
  contractorId: id,
  tickets: ticketMappingSchema.nullable(),
  invoice: invoiceMappingSchema.nullable(),
  /** When each was last saved (UTC ISO), null when never. */
  ticketsSavedAt: z.string().nullable(),
  invoiceSavedAt: z.string().nullable(),
});
export type SavedMappings = z.infer<typeof savedMappingsSchema>;

/** How a date format writes 2026-10-06 13:05, for the mapping form ("10/6/2026 1:05 PM"). */
export { dateFormatExample };

// ---------------------------------------------------------------------------------------------
// Files: preview (nothing written) and import

const fileName = text('File name', 200).default('');
const who = text('Who', 120).default('');

/** One problem of one row, naming the file's column ("Restore Time"). */
export const rowProblemSchema = z.object({
  line: z.number().int(),
  column: z.string(),
  field: z.string(),
  message: z.string(),
});
export type RowProblemRow = z.infer<typeof rowProblemSchema>;

const fileFacts = {
  /** The header row as the file has it. */
  columns: z.array(z.string()),
  /** The delimiter found (",", ";", "\t", "|"). */
  delimiter: z.string(),
  /** Data rows read (the header left out). */
  rowCount: z.number().int(),
  /** Problems of the file as a whole (no header row, a mapped column missing, not delimited text). */
  fileProblems: z.array(z.string()),
  /** Every row problem, first lines first (at most 1,000; `problemCount` counts them all). */
  problems: z.array(rowProblemSchema),
  problemCount: z.number().int(),
  /** Lines with at least one problem: left out if the ATR imports the rest. */
  invalidRowCount: z.number().int(),
};

export const theirStopClockSchema = z.object({
  code: z.string(),
  /** The catalog's title when the code is a condition, else the code as written. */
  title: z.string(),
  startAt: z.string(),
  endAt: z.string().nullable(),
  minutes: z.number().nullable(),
  line: z.number().int(),
});
export type TheirStopClockRow = z.infer<typeof theirStopClockSchema>;

export const theirTicketSchema = z.object({
  ticketNumber: z.string(),
  circuitId: z.string(),
  openedAt: z.string(),
  alarmAt: z.string().nullable(),
  /** The earlier of alarm and opening (DOMAIN.md "Outage duration"). */
  startAt: z.string(),
  restoredAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  stopClocks: z.array(theirStopClockSchema),
  durationMinutes: z.number().nullable(),
  verdictMet: z.boolean().nullable(),
  credit: z.number().nullable(),
  /** Month (agency time) the outage started: per-ticket SLAs belong there. */
  month: monthText,
  line: z.number().int(),
});
export type TheirTicketRow = z.infer<typeof theirTicketSchema>;

export const reportPreviewSchema = z.object({
  ...fileFacts,
  /** Tickets read (rows of one ticket number gathered), and their stop clocks. */
  ticketCount: z.number().int(),
  stopClockCount: z.number().int(),
  /** First and last month their tickets start in (agency time); null when none was read. */
  period: z.object({ from: monthText, to: monthText }).nullable(),
  /** The first tickets as read, to check the mapping by eye (at most 50). */
  sample: z.array(theirTicketSchema),
  /** Circuit IDs of the report that are not this contractor's services here. */
  unknownCircuits: z.array(z.string()),
});
export type ReportPreview = z.infer<typeof reportPreviewSchema>;

export const reportSummarySchema = z.object({
  id,
  contractorId: id,
  contractorName: z.string(),
  fileName: z.string(),
  /** SHA-256 of the file's text as imported, hex. */
  sha256: z.string(),
  importedAt: z.string(),
  who: z.string(),
  period: z.object({ from: monthText, to: monthText }),
  ticketCount: z.number().int(),
  stopClockCount: z.number().int(),
  /** Rows left out with problems (the ATR chose to import the rest). */
  skippedRows: z.number().int(),
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;

const reportFile = {
  contractorId: id,
  fileName,
  text: z.string({ message: 'The file is required' }).max(MAX_REPORT_BYTES, 'The report is larger than 25 MB'),
  mapping: ticketMappingSchema,
};

// ---------------------------------------------------------------------------------------------
// The reconciliation of a report (a month of it, or all of it)

export const MATCHED_BY = ['ticket-number', 'circuit-time'] as const;
export type MatchedBy = (typeof MATCHED_BY)[number];

export const ourStopClockSchema = z.object({
  id,
  code: z.string(),
  title: z.string(),
  startAt: z.string(),
  endAt: z.string().nullable(),
  minutes: z.number().nullable(),
  voided: z.boolean(),
});

export const ourTicketSchema = z.object({
  ticketId: id,
  ticketNumber: z.string(),
  serviceId: id,
  circuitId: z.string(),
  kind: z.string(),
  openedAt: z.string(),
  alarmAt: z.string().nullable(),
  startAt: z.string(),
  restoredAt: z.string().nullable(),
  /** The End-User reported it not restored; the outage ran to the actual restoration. */
  actualRestoredAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  stopClocks: z.array(ourStopClockSchema),
  month: monthText,
  /** Opened from a contractor's report (reconcile:openTicket). */
  fromReport: z.boolean(),
});
export type OurTicketRow = z.infer<typeof ourTicketSchema>;


export const DIFFERENCE_KINDS = [
  'start',
  'restoration',
  'closed',
  'stop-clock-extra',
  'stop-clock-missing',
  'stop-clock-times',
  'duration',
  'verdict',
  'credit',
] as const;
export type DifferenceKind = (typeof DIFFERENCE_KINDS)[number];

/** One SLA result as our record gives it and as our record with their version gives it. */
export const effectSchema = z.object({
  sla: z.string(),
  title: z.string(),
  clause: z.string(),
  /** The ticket's own result, or the service's month (availability). */
  subject: z.enum(['ticket', 'service-month']),
  month: monthText,
  /** met / missed / pending / not-applicable, or 'none' when that record gives no result. */
  ours: z.string(),
  theirs: z.string(),
  oursCredit: z.number(),
  theirsCredit: z.number(),
  /** |ours − theirs|, dollars. */
  atStake: z.number(),
});
export type Effect = z.infer<typeof effectSchema>;

/** A stop clock of theirs the contract does not allow, with the clause. */
export const invalidStopClockSchema = z.object({
  ticketNumber: z.string(),
  code: z.string(),
  startAt: z.string(),
  endAt: z.string().nullable(),
  minutes: z.number().nullable(),
  line: z.number().int(),
  /** The contract's rule ("29.4.7"), with the condition's item where it has one ("29.4.7 item 2"). */
  clause: z.string(),
  reason: z.string(),
});
export type InvalidStopClock = z.infer<typeof invalidStopClockSchema>;

export const differenceSchema = z.object({
  kind: z.enum(DIFFERENCE_KINDS),
  /** Our value and theirs, as text an ATR reads ("Oct 6, 2026, 1:30 PM", "ACCESS 1:00 PM–3:10 PM", "130 min"). */
  ours: z.string().nullable(),
  theirs: z.string().nullable(),
  /** The sentence: "their ACCESS stop clock of 2 h 10 min is not in our record: Time to Repair goes from missed to met, $300.00 at stake". */
  text: z.string(),
  /** Results this one difference changes (ours vs ours with it substituted); empty when none. */
  effects: z.array(effectSchema),
  atStake: z.number(),
  /** Their stop clock is not one the contract allows: the clause and why. */
  invalid: z.object({ clause: z.string(), reason: z.string() }).nullable(),
});
export type Difference = z.infer<typeof differenceSchema>;

export const ticketDifferencesSchema = z.object({
  month: monthText,
  by: z.enum(MATCHED_BY),
  theirs: theirTicketSchema,
  ours: ourTicketSchema,
  differences: z.array(differenceSchema),
  /** Every result the whole of their version changes (all differences at once). */
  effects: z.array(effectSchema),
  /** Credits our record earns for the ticket (its own SLAs and its availability month), dollars. */
  ourCredit: z.number(),
  /** The same by the contract applied to their record (their times and the stop clocks the contract allows). */
  theirCreditByContract: z.number(),
  /** The credit their report states, when it gives one. */
  theirStatedCredit: z.number().nullable(),
  /** What depends on whose record is right: the sum of |ours − theirs| over each result their version changes, or |ours − stated credit| when larger. */
  atStake: z.number(),
});
export type TicketDifferences = z.infer<typeof ticketDifferencesSchema>;

export const monthTotalsSchema = z.object({
  month: monthText,
  theirTickets: z.number().int(),
  ourTickets: z.number().int(),
  matched: z.number().int(),
  withDifferences: z.number().int(),
  theirsWeLack: z.number().int(),
  oursTheyLack: z.number().int(),
  invalidStopClocks: z.number().int(),
  /** Dollars that depend on whose record is right. */
  atStake: z.number(),
  /** Of it: where their record (by the contract) earns less than ours. */
  lessInTheirs: z.number(),
  /** Where their record earns more than ours (credits our record may be missing). */
  moreInTheirs: z.number(),
});
export type MonthTotals = z.infer<typeof monthTotalsSchema>;

export const matchSchema = z.object({
  theirNumber: z.string(),
  ticketId: id,
  ourNumber: z.string(),
  by: z.enum(MATCHED_BY),
  month: monthText,
  differences: z.number().int(),
  fromReport: z.boolean(),
});

export const reconciliationSchema = z.object({
  report: reportSummarySchema,
  /** The month reconciled, or null for the report's whole period. */
  month: monthText.nullable(),
  /** Verdicts as of this instant (open tickets are measured up to it). */
  asOf: z.string(),
  matches: z.array(matchSchema),
  differences: z.array(ticketDifferencesSchema),
  theirsWeLack: z.array(theirTicketSchema.extend({ unknownCircuit: z.boolean() })),
  oursTheyLack: z.array(ourTicketSchema),
  invalidStopClocks: z.array(invalidStopClockSchema),
  months: z.array(monthTotalsSchema),
  totals: monthTotalsSchema.omit({ month: true }),
});
export type Reconciliation = z.infer<typeof reconciliationSchema>;

// ---------------------------------------------------------------------------------------------
// Invoice credits

export const LINE_CREDIT_STATUSES = ['full', 'part', 'none'] as const;
export type LineCreditStatus = (typeof LINE_CREDIT_STATUSES)[number];

export const invoiceLineRowSchema = z.object({
  line: z.number().int(),
  invoiceNumber: z.string(),
  invoiceDate: z.string(),
  circuitId: z.string(),
  amount: z.number(),
  description: z.string(),
  /** The claim lines it credits, and how much to each. */
  allocations: z.array(z.object({ claimId: id, claimLineId: id, amount: z.number() })),
  /** Credited without a claim line to take it (nothing claimed on the circuit, or more than claimed). */
  withoutClaim: z.number(),
});
export type InvoiceLineRow = z.infer<typeof invoiceLineRowSchema>;

export const claimLineCreditSchema = z.object({
  claimLineId: id,
  key: z.string(),
  sla: z.string(),
  title: z.string(),
  clause: z.string(),
  reference: z.string(),
  circuitId: z.string(),
  claimed: z.number(),
  /** Credited by earlier invoices, and by this one. */
  creditedBefore: z.number(),
  creditedNow: z.number(),
  /** After this invoice: credited in full, in part, or not at all. */
  status: z.enum(LINE_CREDIT_STATUSES),
});

export const claimCreditSchema = z.object({
  claimId: id,
  month: monthText,
  /** The claim's status as it stands (in an import's answer: after the credit). */
  status: z.string(),
  claimed: z.number(),
  creditedNow: z.number(),
  /** Still owed before and after this invoice (claimed − every credit recorded on the claim). */
  owedBefore: z.number(),
  owedAfter: z.number(),
  lines: z.array(claimLineCreditSchema),
});

export const invoiceMatchSchema = z.object({
  /** The stored invoice's id, or null in a preview. */
  id: id.nullable(),
  contractorId: id,
  contractorName: z.string(),
  fileName: z.string(),
  invoiceNumbers: z.array(z.string()),
  lines: z.array(invoiceLineRowSchema),
  /** The contractor's claims the invoice answers: every claim submitted by the invoice's date that still owed something, and any it credits. */
  claims: z.array(claimCreditSchema),
  totals: z.object({ invoiced: z.number(), matched: z.number(), withoutClaim: z.number(), owedAfter: z.number() }),
});
export type InvoiceMatch = z.infer<typeof invoiceMatchSchema>;

export const invoicePreviewSchema = z.object({
  ...fileFacts,
  /** What importing it would do (nothing is written). */
  match: invoiceMatchSchema,
});
export type InvoicePreview = z.infer<typeof invoicePreviewSchema>;

export const invoiceSummarySchema = z.object({
  id,
  contractorId: id,
  contractorName: z.string(),
  invoiceNumber: z.string(),
  invoiceDate: z.string(),
  fileName: z.string(),
  importedAt: z.string(),
  lineCount: z.number().int(),
  amount: z.number(),
  matched: z.number(),
  withoutClaim: z.number(),
});

const invoiceFile = {
  contractorId: id,
  fileName,
  text: z.string({ message: 'The file is required' }).max(MAX_INVOICE_BYTES, 'The invoice file is larger than 5 MB'),
  mapping: invoiceMappingSchema,
};

// ---------------------------------------------------------------------------------------------
// The dispute section of a claim packet

export const disputeTicketSchema = z.object({
  /** The contractor's ticket number. */
  reference: z.string(),
  ticketId: id,
  circuitId: z.string(),
  /** Start, restoration and closing, ours and theirs, as an ATR reads them. */
  times: z.array(z.object({ what: z.string(), ours: z.string().nullable(), theirs: z.string().nullable() })),
  ourStopClocks: z.array(z.string()),
  theirStopClocks: z.array(z.string()),
  differences: z.array(z.object({ text: z.string(), clause: z.string().nullable(), atStake: z.number() })),
  effects: z.array(effectSchema),
  atStake: z.number(),
});

export const disputeSectionSchema = z.object({
  id,
  claimId: id,
  /** The agency date the dispute was made, and the ATR's reason. */
  on: z.string(),
  reason: z.string(),
  who: z.string(),
  createdAt: z.string(),
  contractorName: z.string(),
  /** The contractor's report it rests on. */
  report: z.object({ fileName: z.string(), sha256: z.string(), importedAt: z.string() }),
  tickets: z.array(disputeTicketSchema),
  /** The text of each clause cited (the stop-clock conditions, the SLAs), in clause order. */
  clauses: z.array(z.object({ clause: z.string(), title: z.string(), text: z.string() })),
  atStake: z.number(),
});
export type DisputeSection = z.infer<typeof disputeSectionSchema>;

// ---------------------------------------------------------------------------------------------

const kindEnum = z.enum(ids(VOCABULARY.ticketKinds).filter((k) => !VOCABULARY.ticketKinds.find((t) => t.id === k)?.measured) as [string, ...string[]], {
  message: 'Kind must be a repair or CAT kind',
});

export const reconcileChannels = {
  'reconcile:mappings': channel(z.object({ contractorId: id }).strict(), savedMappingsSchema),
  'reconcile:saveTicketMapping': channel(z.object({ contractorId: id, mapping: ticketMappingSchema }).strict(), savedMappingsSchema, ['reconcile_mappings']),
  'reconcile:saveInvoiceMapping': channel(z.object({ contractorId: id, mapping: invoiceMappingSchema }).strict(), savedMappingsSchema, ['reconcile_mappings']),
  /** Reads the report with the mapping and says what is wrong, row by row; writes nothing. */
  'reconcile:previewReport': channel(z.object(reportFile).strict(), reportPreviewSchema),
  /** Reads the report again and keeps it; refused while a row has problems unless `skipInvalid`. */
  'reconcile:importReport': channel(
    z.object({ ...reportFile, saveMapping: z.boolean().default(true), skipInvalid: z.boolean().default(false), who }).strict(),
    reportSummarySchema,
    ['contractor_reports', 'report_tickets', 'reconcile_mappings'],
  ),
  'reconcile:reports': channel(z.object({ contractorId: id.optional() }).strict(), z.object({ reports: z.array(reportSummarySchema) })),
  'reconcile:deleteReport': channel(z.object({ id }).strict(), z.object({ deleted: z.literal(true) }), ['contractor_reports', 'report_tickets']),
  /** Their tickets against ours: matches, theirs we lack, ours they lack, differences with their effects, invalid stop clocks, totals per month. */
  'reconcile:run': channel(z.object({ reportId: id, month: monthText.optional() }).strict(), reconciliationSchema),
  /** A ticket of theirs we lack, opened as ours (marked as from the contractor's report) with its times and the stop clocks the contract allows. */
  'reconcile:openTicket': channel(
    z.object({ reportId: id, ticketNumber: requiredText('Ticket number', 64), kind: kindEnum.default('repair'), who }).strict(),
    z.object({
      ticketId: id,
      stopClocksRecorded: z.number().int(),
      /** Their stop clocks not recorded, with why (the contract does not allow them). */
      leftOut: z.array(z.object({ code: z.string(), line: z.number().int(), reason: z.string() })),
    }),
    ['tickets', 'ticket_events', 'stop_clocks', 'report_opened_tickets'],
  ),
  'reconcile:previewInvoice': channel(z.object(invoiceFile).strict(), invoicePreviewSchema),
  /** Keeps the invoice's credit lines and credits the claims they match (claims:credit, with the invoice number). */
  'reconcile:importInvoice': channel(
    z.object({ ...invoiceFile, saveMapping: z.boolean().default(true), skipInvalid: z.boolean().default(false), who }).strict(),
    invoiceMatchSchema,
    ['invoices', 'invoice_lines', 'invoice_allocations', 'claims', 'claim_events', 'reconcile_mappings'],
  ),
  'reconcile:invoices': channel(z.object({ contractorId: id.optional() }).strict(), z.object({ invoices: z.array(invoiceSummarySchema) })),
  'reconcile:invoice': channel(z.object({ id }).strict(), invoiceMatchSchema),
  /** From the report's differences on the claim's tickets: a dispute section for the packet, and the claim moved to disputed. */
  'reconcile:dispute': channel(
    z.object({ reportId: id, claimId: id, on: dateText, reason: requiredText('Reason', 2000), who }).strict(),
    z.object({ claimId: id, status: z.string(), section: disputeSectionSchema }),
    ['claims', 'claim_events', 'claim_disputes'],
  ),
};
