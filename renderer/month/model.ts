// The Month screen as data: the default month, what each result is about (and where it links),
// the filters and sort over a month's results (an agency-year month holds ~24,000 of them, so
// this runs over arrays once per change, never per row), the summary per SLA and the pending
// list. Pure; tested in test/unit/renderer/month/model.test.ts.
import { monthOf, shiftMonth } from '../../shared/calendar';
import type { SlaResultRow, SlaStatus } from '../../shared/ipc/sla';
import { hrefForOrder } from '../orders/route';
import { hrefForTicket } from '../shell/route';
import { compareClauses, ESCALATION_REMEDY } from '../ui/slaText';

export { monthLabel } from '../ui/slaText';

/** Everything a month's verdicts read from: a write to any of them changes the report. */
export const MONTH_TABLES = [
  'tickets', 'ticket_events', 'stop_clocks', 'ticket_notices', 'incidents', 'services', 'orders',
  'survivability_events', 'sla_history', 'agency', 'contractors',
] as const;

/** The month a claim is usually made for: the previous calendar month in the agency's zone. */
export function defaultMonth(nowMs: number, zone: string): string {
  return shiftMonth(monthOf(nowMs, zone), 1);
}

// ---------------------------------------------------------------------------------------------
// Subjects: the ticket, order, site or service a result is about.

export interface Subject {
  kind: 'ticket' | 'order' | 'site' | 'service';
  /** "Ticket 42", "Order 7", "Site SAC-HQ", the circuit ID. */
  label: string;
  /** The circuit beside a ticket or an order, '' otherwise. */
  circuit: string;
  href: string | null;
}

/** The one SLA measured per site rather than per service (DOMAIN.md). */
const SITE_SLA = 'site-survivability';

export function hrefForService(id: number): string {
  return `#/services/${id}`;
}

export function subjectOf(r: SlaResultRow): Subject {
  const circuit = r.circuitId ?? '';
  // The contractor's number is what a dispute names; the app's own id only when none was recorded.
  if (r.ticketId !== null) return { kind: 'ticket', label: r.reference ? `Ticket ${r.reference}` : `Ticket #${r.ticketId} (no contractor number)`, circuit, href: hrefForTicket(r.ticketId) };
  if (r.orderId !== null) return { kind: 'order', label: r.reference ? `Order ${r.reference}` : `Order #${r.orderId} (no reference)`, circuit, href: hrefForOrder(r.orderId) };
  // Site Survivability is measured per site (29.4.8.7); other monthly SLAs per service, whose site is only its address.
  if (r.site !== null && (r.serviceId === null || r.sla === SITE_SLA)) return { kind: 'site', label: `Site ${r.site}`, circuit, href: r.serviceId !== null ? hrefForService(r.serviceId) : null };
  return { kind: 'service', label: circuit || (r.serviceId !== null ? `Service ${r.serviceId}` : r.key), circuit: '', href: r.serviceId !== null ? hrefForService(r.serviceId) : null };
}

/** A missed Notification: flagged for Senior Management Escalation, no money (29.4.8.9). */
export function isEscalation(r: Pick<SlaResultRow, 'remedy' | 'status'>): boolean {
  return r.remedy === ESCALATION_REMEDY && r.status === 'missed';
}

// ---------------------------------------------------------------------------------------------
// Filters and sort.

/** The verdicts the results list filters on (pending results are listed apart). */
export type VerdictFilter = Exclude<SlaStatus, 'pending'>;

export interface MonthFilters {
  sla: string | null;
  status: VerdictFilter | null;
  text: string;
}

export const DEFAULT_FILTERS: MonthFilters = { sla: null, status: null, text: '' };

export function filtersActive(f: MonthFilters): boolean {
  return f.sla !== null || f.status !== null || f.text.trim() !== '';
}

export const MONTH_SORT_KEYS = ['sla', 'subject', 'status', 'step', 'credit'] as const;
export type MonthSortKey = (typeof MONTH_SORT_KEYS)[number];
export interface MonthSort {
  key: MonthSortKey;
  dir: 'asc' | 'desc';
}

/** The money first: the largest credit on top. */
export const DEFAULT_SORT: MonthSort = { key: 'credit', dir: 'desc' };

/** Clicking a header: the same column flips; money and steps start largest first, names A→Z. */
export function nextSort(current: MonthSort, key: MonthSortKey): MonthSort {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: key === 'credit' || key === 'step' ? 'desc' : 'asc' };
}

export function ariaSort(current: MonthSort, key: MonthSortKey): 'ascending' | 'descending' | 'none' {
  if (current.key !== key) return 'none';
  return current.dir === 'asc' ? 'ascending' : 'descending';
}

function searchText(r: SlaResultRow): string {
  const s = subjectOf(r);
  return [r.title, r.clause, r.sla, s.label, s.circuit, r.circuitId ?? '', r.site ?? ''].join(' ').toLowerCase();
}

export function filterResults(results: readonly SlaResultRow[], f: MonthFilters): SlaResultRow[] {
  const words = f.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return results.filter((r) => {
    if (f.sla !== null && r.sla !== f.sla) return false;
    if (f.status !== null && r.status !== f.status) return false;
    if (words.length === 0) return true;
    const hay = searchText(r);
    return words.every((w) => hay.includes(w));
  });
}

const STATUS_ORDER: Record<SlaStatus, number> = { missed: 0, pending: 1, met: 2, 'not-applicable': 3 };

/**
 * A result's sort keys, made once (an agency-year month sorts ~24,000 results: comparing with
 * localeCompare and rebuilding subjects per comparison takes seconds). Numbers inside text are
 * zero-padded so plain string order is numeric order: "Ticket 5" before "Ticket 10", clause
 * 29.4.8.2 before 29.4.8.10.
 */
interface SortKeys {
  clause: string;
  subject: string;
  status: number;
  step: number;
  credit: number;
}

const keysCache = new WeakMap<SlaResultRow, SortKeys>();

function padNumbers(text: string): string {
  return text.toLowerCase().replace(/\d+/g, (d) => d.padStart(12, '0'));
}

function keysOf(r: SlaResultRow): SortKeys {
  let k = keysCache.get(r);
  if (!k) {
    const s = subjectOf(r);
    k = {
      clause: `${padNumbers(r.clause)} ${r.title.toLowerCase()}`,
      subject: padNumbers(`${s.circuit || s.label} ${s.label}`),
      status: STATUS_ORDER[r.status],
      step: r.consecutiveMisses ?? 0,
      credit: r.credit.amount,
    };
    keysCache.set(r, k);
  }
  return k;
}

function cmp(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareBy(key: MonthSortKey, a: SortKeys, b: SortKeys): number {
  switch (key) {
    case 'sla':
      return cmp(a.clause, b.clause);
    case 'subject':
      return cmp(a.subject, b.subject);
    case 'status':
      return a.status - b.status;
    case 'step':
      return a.step - b.step;
    case 'credit':
      return a.credit - b.credit;
  }
}

function sortedBy(results: readonly SlaResultRow[], order: (a: SortKeys, b: SortKeys) => number): SlaResultRow[] {
  const decorated = results.map((r) => ({ r, k: keysOf(r) }));
  decorated.sort((x, y) => order(x.k, y.k) || cmp(x.r.key, y.r.key));
  return decorated.map((d) => d.r);
}

/** Sorted by the column, ties by SLA clause then subject, so the order never jumps between renders. */
export function sortResults(results: readonly SlaResultRow[], sort: MonthSort): SlaResultRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return sortedBy(results, (a, b) => sign * compareBy(sort.key, a, b) || compareBy('sla', a, b) || compareBy('subject', a, b));
}

// ---------------------------------------------------------------------------------------------
// The summary per SLA, and the choices of the SLA filter.

export interface SlaSummaryRow {
  sla: string;
  title: string;
  clause: string;
  met: number;
  missed: number;
  pending: number;
  notApplicable: number;
  /** Dollars owed under this SLA this month (missed results with money). */
  owed: number;
  /** Missed notifications: flagged for Senior Management Escalation. */
  escalations: number;
}

export function summaryBySla(results: readonly SlaResultRow[], pending: readonly SlaResultRow[]): SlaSummaryRow[] {
  const rows = new Map<string, SlaSummaryRow>();
  const add = (r: SlaResultRow) => {
    let row = rows.get(r.sla);
    if (!row) {
      row = { sla: r.sla, title: r.title, clause: r.clause, met: 0, missed: 0, pending: 0, notApplicable: 0, owed: 0, escalations: 0 };
      rows.set(r.sla, row);
    }
    if (r.status === 'met') row.met++;
    else if (r.status === 'missed') row.missed++;
    else if (r.status === 'pending') row.pending++;
    else row.notApplicable++;
    // Cents, so a sum of many dollar amounts stays exact.
    row.owed += Math.round(r.credit.amount * 100);
    if (isEscalation(r)) row.escalations++;
  };
  results.forEach(add);
  pending.forEach(add);
  return [...rows.values()]
    .map((r) => ({ ...r, owed: r.owed / 100 }))
    .sort((a, b) => compareClauses(a.clause, b.clause) || a.title.localeCompare(b.title));
}

export interface MonthCounts {
  met: number;
  missed: number;
  pending: number;
  notApplicable: number;
  escalations: number;
}

export function countsOf(results: readonly SlaResultRow[], pending: readonly SlaResultRow[]): MonthCounts {
  const c: MonthCounts = { met: 0, missed: 0, pending: pending.length, notApplicable: 0, escalations: 0 };
  for (const r of results) {
    if (r.status === 'met') c.met++;
    else if (r.status === 'missed') c.missed++;
    else if (r.status === 'not-applicable') c.notApplicable++;
    if (isEscalation(r)) c.escalations++;
  }
  return c;
}

/** The pending results, by SLA clause then subject (the order the ATR works through them). */
export function sortPending(pending: readonly SlaResultRow[]): SlaResultRow[] {
  return sortedBy(pending, (a, b) => compareBy('sla', a, b) || compareBy('subject', a, b));
}

export interface PendingGroup {
  sla: string;
  title: string;
  clause: string;
  results: SlaResultRow[];
}

/** The pending results grouped by SLA, in clause order, each group by subject. */
export function pendingGroups(pending: readonly SlaResultRow[]): PendingGroup[] {
  const groups: PendingGroup[] = [];
  for (const r of sortPending(pending)) {
    const last = groups[groups.length - 1];
    if (last && last.sla === r.sla) last.results.push(r);
    else groups.push({ sla: r.sla, title: r.title, clause: r.clause, results: [r] });
  }
  return groups;
}
