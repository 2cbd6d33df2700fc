// Pure helpers of the tickets screens: labels, the list query, the open/edit form's draft,
// timeline lines and the History section's changes. Tested in test/unit/renderer/tickets.
import { EVENT_LABELS, isMeasuredKind, TICKET_KIND_LABELS, type Countdown, type Ticket, type TicketDraftInput, type TicketEvent, type TicketKind, type TicketStatus } from '../../shared/ipc/tickets';
import type { TICKET_SORT_KEYS } from '../../shared/ipc/tickets';
import type { BusinessHoursState } from '../../shared/tickets/tick';
import { formatDue, inputToIso, isoToInput } from './dates';
import { hasCatalog, loadAnyCatalog } from '../../shared/sla/catalog';
import { VOCABULARY, type Term } from '../../shared/sla/vocabulary';

export type TicketSortKey = (typeof TICKET_SORT_KEYS)[number];
export type StatusFilter = 'open' | 'restored' | 'closed' | 'active' | 'all';
export type SortDir = 'asc' | 'desc';
export interface SortState {
  key: TicketSortKey;
  dir: SortDir;
}

export const STATUS_LABELS: Record<TicketStatus, string> = { open: 'Open', restored: 'Restored', closed: 'Closed' };

export const STATUS_FILTERS: { value: StatusFilter; label: string }[] = [
  { value: 'active', label: 'Not closed' },
  { value: 'open', label: 'Open' },
  { value: 'restored', label: 'Restored' },
  { value: 'closed', label: 'Closed' },
  { value: 'all', label: 'All statuses' },
];

export function kindLabel(kind: string): string {
  return TICKET_KIND_LABELS[kind as TicketKind] ?? kind;
}

export function statusLabel(status: string): string {
  return STATUS_LABELS[status as TicketStatus] ?? status;
}

// ---------------------------------------------------------------------------------------------
// The list: filters and sort go to SQL (tickets:list); pages are fetched as the user scrolls.

export interface TicketFilters {
  status: StatusFilter;
  kind: TicketKind | null;
  text: string;
}

export const DEFAULT_FILTERS: TicketFilters = { status: 'active', kind: null, text: '' };
export const DEFAULT_SORT: SortState = { key: 'startAt', dir: 'desc' };

export function filtersActive(f: TicketFilters): boolean {
  return f.status !== DEFAULT_FILTERS.status || f.kind !== null || f.text.trim() !== '';
}

/** Clicking a header: the same column flips; another starts descending for times, ascending for names. */
export function nextSort(current: SortState, key: TicketSortKey): SortState {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: key === 'startAt' || key === 'updatedAt' ? 'desc' : 'asc' };
}

export function ariaSort(current: SortState, key: TicketSortKey): 'ascending' | 'descending' | 'none' {
  if (current.key !== key) return 'none';
  return current.dir === 'asc' ? 'ascending' : 'descending';
}

export interface ListQuery {
  status: StatusFilter;
  kind?: TicketKind;
  text?: string;
  sort: SortState;
}

export function buildListQuery(f: TicketFilters, sort: SortState): ListQuery {
  const q: ListQuery = { status: f.status, sort: { key: sort.key, dir: sort.dir } };
  if (f.kind) q.kind = f.kind;
  const text = f.text.trim();
  if (text) q.text = text.slice(0, 200);
  return q;
}

// ---------------------------------------------------------------------------------------------
// The open/edit form: strings as typed; times in agency time.

export interface TicketFormDraft {
  serviceId: number | null;
  contractorTicket: string;
  kind: TicketKind;
  severity: '' | '1' | '2' | '3' | '4';
  description: string;
  alarmAt: string;
  openedAt: string;
  measuredMs: string;
  /** A help-desk incident's instants as typed, by the time ids of its catalog (severityAssigned, referred, acknowledged). */
  times: Record<string, string>;
}

export type TicketField = keyof TicketFormDraft;

/**
 * What the ticket form asks for under a service's contract (the catalog is the vocabulary): its
 * kinds, and for a service-level catalog (the help desk) that the kind is the incident's severity,
 * the instants it records, and no alarm, contractor severity or measured value.
 */
export interface TicketTerms {
  kinds: Term[];
  incident: boolean;
  times: Array<{ id: string; title: string }>;
}

export function ticketTermsFor(catalogId: string | null): TicketTerms {
  if (catalogId === null || !hasCatalog(catalogId)) return { kinds: VOCABULARY.ticketKinds, incident: false, times: [] };
  const c = loadAnyCatalog(catalogId);
  const kinds = c.ticketKinds.map((k) => ({ id: k.id, title: k.title }));
  return c.kind === 'service-levels' ? { kinds, incident: true, times: c.incidentTimes.map((t) => ({ id: t.id, title: t.title })) } : { kinds, incident: false, times: [] };
}

export const TICKET_FIELD_LABELS: Record<TicketField, string> = {
  serviceId: 'Service',
  contractorTicket: 'Contractor ticket number',
  kind: 'Kind',
  severity: 'Severity',
  description: 'Description',
  alarmAt: 'Alarm time',
  openedAt: 'Open time',
  measuredMs: 'Measured value',
  times: 'Times',
};

export function emptyTicketDraft(openedAtInput: string): TicketFormDraft {
  return { serviceId: null, contractorTicket: '', kind: 'repair', severity: '', description: '', alarmAt: '', openedAt: openedAtInput, measuredMs: '', times: {} };
}

export function draftFromTicket(t: Ticket, zone: string): TicketFormDraft {
  return {
    serviceId: t.serviceId,
    contractorTicket: t.contractorTicket,
    kind: t.kind,
    severity: (['1', '2', '3', '4'].includes(t.severity) ? t.severity : '') as TicketFormDraft['severity'],
    description: t.description,
    alarmAt: isoToInput(t.alarmAt, zone),
    openedAt: isoToInput(t.openedAt, zone),
    measuredMs: t.measuredMs === null ? '' : String(t.measuredMs),
    times: Object.fromEntries(Object.entries(t.times).map(([k, v]) => [k, isoToInput(v, zone)])),
  };
}

/** A kind that records a measured value (delay, jitter: the catalog says which). */
export function needsMeasurement(kind: TicketKind): boolean {
  return isMeasuredKind(kind);
}

/**
 * The request for tickets:create / tickets:update. Nothing is checked here: the contract
 * decides and its messages come back per field. A measured value that is not a number is
 * sent as typed so the seam says so next to the field.
 */
export function draftToRequest(d: TicketFormDraft, zone: string, keep: { incidentId?: number | null; ladderId?: string | null } = {}): TicketDraftInput {
  const ms = d.measuredMs.trim();
  const req: Record<string, unknown> = {
    contractorTicket: d.contractorTicket,
    kind: d.kind,
    severity: d.severity,
    description: d.description,
    alarmAt: inputToIso(d.alarmAt, zone),
    openedAt: inputToIso(d.openedAt, zone) ?? '',
    measuredMs: needsMeasurement(d.kind) ? (ms === '' ? null : /^\d+$/.test(ms) ? Number(ms) : ms) : null,
    // The times typed; one left empty is not sent, which clears it on an edit.
    times: Object.fromEntries(Object.entries(d.times).flatMap(([k, v]) => (v.trim() === '' ? [] : [[k, inputToIso(v, zone) ?? v]]))),
  };
  if (d.serviceId !== null) req.serviceId = d.serviceId;
  if (keep.incidentId !== undefined) req.incidentId = keep.incidentId;
  if (keep.ladderId !== undefined) req.ladderId = keep.ladderId;
  return req as unknown as TicketDraftInput;
}

// ---------------------------------------------------------------------------------------------
// The timeline.

const HOW_LABELS: Record<string, string> = { phone: 'by phone', email: 'by e-mail', 'e-mail': 'by e-mail', 'in-person': 'in person', portal: 'through the portal' };

export function howLabel(how: string): string {
  const h = how.trim();
  if (!h) return '';
  return HOW_LABELS[h.toLowerCase()] ?? `by ${h}`;
}

/** The headline of a timeline entry: "Escalated to level 2: Casey Morgan by phone". */
export function timelineTitle(e: Pick<TicketEvent, 'kind' | 'level' | 'whom' | 'how'>): string {
  const base = EVENT_LABELS[e.kind] ?? e.kind;
  const how = howLabel(e.how);
  switch (e.kind) {
    case 'escalated': {
      const to = e.level !== null ? `Escalated to level ${e.level}` : base;
      const whom = e.whom.trim();
      return [whom ? `${to}: ${whom}` : to, how].filter(Boolean).join(' ');
    }
    case 'contact': {
      const whom = e.whom.trim();
      return [whom ? `${base}: ${whom}` : base, how].filter(Boolean).join(' ');
    }
    default:
      return base;
  }
}

/** What kind of line it is, for its marker: a state change, a stop clock, a contact, a note. */
export function timelineTone(kind: string): 'state' | 'stop' | 'contact' | 'note' | 'edit' {
  if (kind.startsWith('stop_clock')) return 'stop';
  if (kind === 'escalated' || kind === 'contact') return 'contact';
  if (kind === 'note') return 'note';
  if (kind === 'edited') return 'edit';
  return 'state';
}

// ---------------------------------------------------------------------------------------------
// Countdowns.

/**
 * The label shown beside a countdown: "Time to Repair", "Excessive Outage", "CAT 1" (a long
 * name gives way to its abbreviation), "Level 2 due", "Call level 1". The full label is the
 * countdown's accessible name and tooltip.
 */
export function countdownVisibleLabel(c: Pick<Countdown, 'key' | 'label' | 'kind' | 'level'>): string {
  if (c.kind === 'escalation') return c.key === 'escalation' ? `Call level ${c.level ?? 1}` : `Level ${c.level ?? ''} due`;
  const m = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(c.label);
  if (!m) return c.label;
  return m[1]!.length > 18 ? m[2]! : m[1]!;
}

/**
 * The line under a business-time countdown, so a figure that stands still overnight or on a
 * Sunday does not read as wall-clock time: "Counts business hours only" while hours run,
 * "Waiting for business hours: resumes Mon 8:00 AM" outside them (the state comes from
 * shared/tickets/tick.ts, which asks the agency calendar).
 */
export function businessHoursNote(state: BusinessHoursState, nowMs: number, zone: string): string {
  if (state.counting) return 'Counts business hours only';
  if (state.resumesAtMs === null) return 'Waiting for business hours: counting business hours only';
  return `Waiting for business hours: resumes ${formatDue(new Date(state.resumesAtMs).toISOString(), nowMs, zone)}`;
}

// ---------------------------------------------------------------------------------------------
// History (audit_log).

const AUDIT_FIELD_LABELS: Record<string, string> = {
  serviceId: 'Service', circuitId: 'Circuit', contractorTicket: 'Contractor ticket number', kind: 'Kind', severity: 'Severity',
  description: 'Description', alarmAt: 'Alarm time', openedAt: 'Open time', startAt: 'Outage start', restoredAt: 'Restored',
  notRestoredAt: 'Reported not restored', actualRestoredAt: 'Actual restoration', closedAt: 'Closed', measuredMs: 'Measured value (ms)',
  incidentId: 'Incident', ladderId: 'Escalation ladder', status: 'Status', site: 'Site', endAt: 'End', voidedAt: 'Voided',
  voidedReason: 'Void reason', voidedBy: 'Voided by', note: 'Note', code: 'Condition', windowStart: 'Window start', windowEnd: 'Window end',
  retractedAt: 'Retracted', retractedReason: 'Reason', retractedBy: 'Retracted by', correctsId: 'Corrects',
};

/** The timeline line an audit entry is about, as it was recorded: "Restored (contractor), Oct 6, 10:00 AM". */
export function auditedLine(beforeJson: string | null, formatInstant: (iso: string) => string): string {
  const b = parseJson(beforeJson);
  if (!b || typeof b.kind !== 'string' || typeof b.at !== 'string') return '';
  const detail = typeof b.detail === 'string' && b.detail ? ` — ${b.detail}` : '';
  return `As recorded: ${EVENT_LABELS[b.kind] ?? b.kind}, ${formatInstant(b.at)}${detail}`;
}

const IGNORED_AUDIT_FIELDS = new Set(['updatedAt', 'id']);

export interface Change {
  field: string;
  label: string;
  from: unknown;
  to: unknown;
}

function parseJson(text: string | null): Record<string, unknown> | null {
  if (text === null) return null;
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The fields an audit row changed, old → new (fields only in `after` count as set from nothing). */
export function auditChanges(beforeJson: string | null, afterJson: string | null): Change[] {
  const before = parseJson(beforeJson) ?? {};
  const after = parseJson(afterJson) ?? {};
  const out: Change[] = [];
  for (const field of Object.keys(after)) {
    if (IGNORED_AUDIT_FIELDS.has(field)) continue;
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    out.push({ field, label: AUDIT_FIELD_LABELS[field] ?? field, from, to });
  }
  return out;
}

export function auditValue(v: unknown, formatInstant: (iso: string) => string): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v)) return formatInstant(v);
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

/** "1 ticket", "100,000 tickets". */
export function countLabel(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
