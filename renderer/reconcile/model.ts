// The Reconcile screens as data: the column mapping the ATR edits (a draft, checked with the
// contract's own schema so each error sits next to its field), the mapping saved for the
// contractor offered again, and the words the screens print for what the back end returns. The
// back end reads the files, matches, weighs every difference with the engine and allocates the
// invoice: nothing here recomputes a rule. Pure; tested in test/unit/renderer/reconcile/model.test.ts.
import { shiftMonth } from '../../shared/calendar';
import { CLAIM_STATUS_LABELS, CLAIM_STATUSES, statusLabel, type ClaimStatus } from '../../shared/claims/lifecycle';
import { dollarsToCents } from '../../shared/money';
import type { IpcError } from '../../shared/ipc/contract';
import {
  invoiceMappingSchema,
  ticketMappingSchema,
  VERDICT_SLAS,
  type InvoiceMapping,
  type SavedMappings,
  type TicketMapping,
} from '../../shared/ipc/reconcile';
import {
  DURATION_UNITS,
  INVOICE_FIELD_LABELS,
  INVOICE_FIELDS,
  REQUIRED_INVOICE_FIELDS,
  REQUIRED_TICKET_FIELDS,
  TICKET_FIELD_LABELS,
  TICKET_FIELDS,
  type DurationUnit,
} from '../../shared/reconcile/types';
import { loadCatalog } from '../../shared/sla/catalog';
import { errorIssues, pointerSegments } from '../ui/fieldErrors';

/** What is being imported: a contractor's ticket report, or the credit lines of its invoice. */
export type FileKind = 'report' | 'invoice';

export type VerdictSla = (typeof VERDICT_SLAS)[number];

interface KindSpec {
  fields: readonly string[];
  labels: Record<string, string>;
  required: readonly string[];
  /** Dates carry a time (reports) or are dates only (invoices). */
  withTime: boolean;
}

export const KIND_SPECS: Record<FileKind, KindSpec> = {
  report: { fields: TICKET_FIELDS, labels: TICKET_FIELD_LABELS, required: REQUIRED_TICKET_FIELDS, withTime: true },
  invoice: { fields: INVOICE_FIELDS, labels: INVOICE_FIELD_LABELS, required: REQUIRED_INVOICE_FIELDS, withTime: false },
};

/** Fields holding a date (or date and time): the form shows their first value beside the date format. */
export const DATE_FIELDS: ReadonlySet<string> = new Set(['openedAt', 'alarmAt', 'restoredAt', 'closedAt', 'stopClockStart', 'stopClockEnd', 'invoiceDate']);

export const DURATION_UNIT_LABELS: Record<DurationUnit, string> = {
  minutes: 'Minutes (130)',
  hours: 'Hours (2.17)',
  'h:mm': 'Hours and minutes (2:10)',
};
export { DURATION_UNITS, VERDICT_SLAS };

/** The SLA a verdict column may speak of, by the catalog's title. */
export function verdictSlaLabel(sla: string): string {
  return loadCatalog().sla(sla)?.title ?? sla;
}

/** Formats the form offers (any luxon format is accepted; these are the usual ones). */
export const COMMON_FORMATS: Record<FileKind, readonly string[]> = {
  report: ['M/d/yyyy h:mm a', 'MM/dd/yyyy hh:mm a', 'M/d/yyyy H:mm', 'yyyy-MM-dd HH:mm', "yyyy-MM-dd'T'HH:mm:ss", 'dd/MM/yyyy HH:mm'],
  invoice: ['M/d/yyyy', 'MM/dd/yyyy', 'yyyy-MM-dd', 'dd-MMM-yyyy', 'MMM d, yyyy'],
};

// ---------------------------------------------------------------------------------------------
// The mapping the ATR edits

export interface MappingDraft {
  /** Field → the file's header ('' = not in the file). */
  columns: Record<string, string>;
  timeZone: string;
  dateFormat: string;
  durationUnit: DurationUnit;
  verdictSla: VerdictSla;
}

/** Keys of the form's fields: `columns.<field>`, or an option ('timeZone', 'dateFormat', …). */
export type MappingErrors = Record<string, string>;

export const columnKey = (field: string) => `columns.${field}`;

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The file's header spelled as the file spells it, for a header named in any letter case; '' when absent. */
export function headerIn(headers: readonly string[], name: string): string {
  const want = name.trim().toLowerCase();
  if (want === '') return '';
  return headers.find((h) => h.toLowerCase() === want) ?? '';
}

/**
 * A first mapping for a file never mapped before: a column whose header is the field's own name
 * ("Circuit ID", "circuit_id") is taken; the ATR chooses the rest.
 */
export function guessDraft(kind: FileKind, headers: readonly string[], zone: string): MappingDraft {
  const spec = KIND_SPECS[kind];
  const used = new Set<string>();
  const columns: Record<string, string> = {};
  for (const f of spec.fields) {
    const names = [squash(spec.labels[f] ?? ''), squash(f)];
    const h = headers.find((x) => !used.has(x) && names.includes(squash(x))) ?? '';
    if (h) used.add(h);
    columns[f] = h;
  }
  return { columns, timeZone: zone, dateFormat: '', durationUnit: 'minutes', verdictSla: 'time-to-repair' };
}

export interface FromSaved {
  draft: MappingDraft;
  /** Headers the saved mapping names that this file does not have. */
  missing: string[];
}

/** The mapping saved for the contractor, fitted to this file's headers; null when none was saved. */
export function draftFromSaved(kind: FileKind, saved: SavedMappings | undefined, headers: readonly string[], zone: string): FromSaved | null {
  const m = kind === 'report' ? saved?.tickets : saved?.invoice;
  if (!m) return null;
  const spec = KIND_SPECS[kind];
  const missing: string[] = [];
  const columns: Record<string, string> = {};
  for (const f of spec.fields) {
    const name = (m.columns as Record<string, string>)[f] ?? '';
    const h = headerIn(headers, name);
    if (name !== '' && h === '') missing.push(name);
    columns[f] = h;
  }
  const t = kind === 'report' ? (m as TicketMapping) : null;
  return {
    draft: {
      columns,
      timeZone: t?.timeZone ?? zone,
      dateFormat: m.dateFormat,
      durationUnit: t?.durationUnit ?? 'minutes',
      verdictSla: (t?.verdictSla as VerdictSla | undefined) ?? 'time-to-repair',
    },
    missing,
  };
}

/** "11 of 12 columns, dates as MM/dd/yyyy hh:mm a in America/Los_Angeles, durations in h:mm" */
export function mappingText(kind: FileKind, d: MappingDraft): string {
  const spec = KIND_SPECS[kind];
  const mapped = spec.fields.filter((f) => d.columns[f]).length;
  const dates = kind === 'report' ? `dates as ${d.dateFormat} in ${d.timeZone}, durations in ${d.durationUnit}` : `dates as ${d.dateFormat}`;
  return `${mapped} of ${spec.fields.length} columns, ${dates}`;
}

/** The back end's sentence as a sentence: its first letter capitalised ("their ACCESS…" → "Their ACCESS…"). */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** How the file's cells were split. */
export function delimiterName(d: string): string {
  return d === ',' ? 'comma' : d === '\t' ? 'tab' : d === ';' ? 'semicolon' : d === '|' ? 'bar (|)' : `"${d}"`;
}

/** When the mapping for this kind was saved (UTC ISO), or null. */
export function savedAt(kind: FileKind, saved: SavedMappings | undefined): string | null {
  return (kind === 'report' ? saved?.ticketsSavedAt : saved?.invoiceSavedAt) ?? null;
}

/** The draft as the contract's request carries it. */
export function mappingInput(kind: FileKind, d: MappingDraft): Record<string, unknown> {
  const columns = Object.fromEntries(KIND_SPECS[kind].fields.map((f) => [f, d.columns[f] ?? '']));
  return kind === 'report'
    ? { columns, timeZone: d.timeZone, dateFormat: d.dateFormat, durationUnit: d.durationUnit, verdictSla: d.verdictSla }
    : { columns, dateFormat: d.dateFormat };
}

export type MappingCheck =
  | { ok: true; kind: 'report'; mapping: TicketMapping }
  | { ok: true; kind: 'invoice'; mapping: InvoiceMapping }
  | { ok: false; errors: MappingErrors };

/** The draft checked by the contract's own schema: what the seam would refuse, field by field. */
export function checkMapping(kind: FileKind, d: MappingDraft): MappingCheck {
  const input = mappingInput(kind, d);
  if (kind === 'report') {
    const r = ticketMappingSchema.safeParse(input);
    return r.success ? { ok: true, kind, mapping: r.data } : { ok: false, errors: issueErrors(r.error.issues) };
  }
  const r = invoiceMappingSchema.safeParse(input);
  return r.success ? { ok: true, kind, mapping: r.data } : { ok: false, errors: issueErrors(r.error.issues) };
}

function issueErrors(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): MappingErrors {
  const out: MappingErrors = {};
  for (const i of issues) {
    const key = i.path.map(String).join('.') || 'form';
    out[key] ??= i.message;
  }
  return out;
}

/**
 * A seam refusal on a preview or import: `/mapping/columns/ticketNumber` goes next to its field;
 * everything else (the file, the contractor) above the form.
 */
export function seamErrors(error: IpcError): { fields: MappingErrors; form: string[] } {
  const fields: MappingErrors = {};
  const form: string[] = [];
  for (const issue of errorIssues(error)) {
    const seg = pointerSegments(issue.path);
    if (seg[0] === 'mapping' && seg.length > 1) fields[seg.slice(1).join('.')] ??= issue.message;
    else if (!form.includes(issue.message)) form.push(issue.message);
  }
  if (Object.keys(fields).length === 0 && form.length === 0) form.push(error.message);
  return { fields, form };
}

// ---------------------------------------------------------------------------------------------
// Words for what the back end returns

/** A verdict as the effects carry it. */
export function verdictLabel(status: string): string {
  switch (status) {
    case 'met':
      return 'Met';
    case 'missed':
      return 'Missed';
    case 'pending':
      return 'Pending';
    case 'not-applicable':
      return 'Not applicable';
    default:
      return 'No result';
  }
}

/** A claim's status in words ("Submitted"; "Partly credited" when a credit left something owed, as lifecycle.ts says). */
export function claimStatusText(status: string, claimed?: number, owed?: number): string {
  if (!(CLAIM_STATUSES as readonly string[]).includes(status)) return status;
  if (claimed === undefined || owed === undefined) return CLAIM_STATUS_LABELS[status as ClaimStatus];
  return statusLabel(status as ClaimStatus, { claimedCents: dollarsToCents(claimed), creditedCents: dollarsToCents(claimed - owed) });
}

export const LINE_CREDIT_LABELS = { full: 'Credited in full', part: 'Credited in part', none: 'Not credited' } as const;

export const MATCHED_BY_LABELS = { 'ticket-number': 'by ticket number', 'circuit-time': 'by Circuit ID and outage time' } as const;

/** "1 ticket", "14 tickets". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** Months from `from` to `to`, newest first ('YYYY-MM' compares as text). */
export function monthsOf(period: { from: string; to: string } | null): string[] {
  if (!period || period.from > period.to) return [];
  const out: string[] = [];
  // shiftMonth(m, 1) is the month before m.
  for (let m = period.to; m >= period.from && out.length < 240; m = shiftMonth(m, 1)) out.push(m);
  return out;
}

/** Their verdict column as read: true met, false missed, null not given. */
export function theirVerdictText(met: boolean | null): string {
  return met === null ? '—' : met ? 'Met' : 'Missed';
}

/** What the reconciliation reads: a write to any of these changes it. */
export const RECONCILE_TABLES = [
  'contractor_reports', 'report_tickets', 'report_opened_tickets', 'tickets', 'ticket_events', 'stop_clocks', 'services', 'incidents', 'sla_history', 'agency', 'claims', 'claim_disputes',
] as const;

export const INVOICE_TABLES = ['invoices', 'invoice_lines', 'invoice_allocations', 'claims', 'claim_lines', 'claim_events'] as const;
