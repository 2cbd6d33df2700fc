// The engine's verdicts and credits over the agency's data, as the sla:* channels serve them: a
// month's report, one result with its explain lines, a ticket's results, a service's months. As
// of the injected clock's now: open tickets and orders are measured up to it.
import { shiftMonth, toUtcIso } from '../../../shared/calendar/instant';
import { ZoneClock } from '../../../shared/calendar/zoneClock';
import type { MonthReport, MonthReportQuery, ServiceMonths, SlaResultRow, TicketResults } from '../../../shared/ipc/sla';
import { evaluateMonth, loadAnyCatalog, catalogIds } from '../../../shared/sla';
import { AppError, notFound } from '../errors';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { longestOrderInterval, prepareRows } from './prepare';
import { explainRow, FULL_DATA, ticketMonthOf, toResultRow, type GroupEvaluation } from './results';
import { monthData } from './month';
import { MONTHS_BEFORE, readServiceRows, readTicketRows } from './rows';
import { agencyZone } from './zone';

/**
 * Every engine result of `month` in the groups as rows, those `keep` keeps; with their explain
 * lines where `explain` says so (the lines of a result are written only when asked for).
 */
export function monthRows(
  groups: GroupEvaluation[],
  month: string,
  asOfMs: number,
  explain: (r: SlaResultRow) => boolean,
  keep: (r: SlaResultRow) => boolean = () => true,
): SlaResultRow[] {
  const out: SlaResultRow[] = [];
  for (const g of groups) {
    for (const r of evaluateMonth(g.prepared, month, asOfMs).results) {
      const row = toResultRow(r, g, month, asOfMs);
      if (keep(row)) out.push(explain(row) ? explainRow(row, r, g) : row);
    }
  }
  return out;
}

/** Sum of credits in dollars, added in cents (each line is already rounded to the cent). */
export function totalOf(rows: SlaResultRow[]): number {
  let cents = 0;
  for (const r of rows) cents += Math.round(r.credit.amount * 100);
  return cents / 100;
}

function knownSla(id: string): boolean {
  return catalogIds().some((c) => loadAnyCatalog(c).sla(id) !== undefined);
}

function contractorOfService(db: Db, serviceId: number, path: string): number {
  const r = stmt(db, 'SELECT contractor_id AS c FROM services WHERE id = ?').get(serviceId) as { c: number } | undefined;
  if (!r) throw notFound('The service', path);
  return r.c;
}

/**
 * sla:month. Results with a verdict and pending ones apart, without explain lines (an
 * agency-year's month has ~24,000 results; sla:result gives one with its lines). The filters
 * narrow both lists; `counts` count every result the contractor, SLA and service filters keep
 * (the missed-only switch narrows the list shown, not the counts).
 */
export function monthReport(db: Db, q: MonthReportQuery, nowMs: number): MonthReport {
  if (q.contractorId !== undefined && !stmt(db, 'SELECT 1 FROM contractors WHERE id = ?').get(q.contractorId)) throw notFound('The contractor', '/contractorId');
  if (q.sla !== undefined && !knownSla(q.sla)) throw new AppError('invalid', `SLA "${q.sla}" is not an SLA of the catalogs (e.g. time-to-repair, availability)`, '/sla');
  let contractorId = q.contractorId ?? null;
  if (q.serviceId !== undefined) {
    const c = contractorOfService(db, q.serviceId, '/serviceId');
    if (contractorId !== null && c !== contractorId) return emptyReport(db, q.month, nowMs);
    contractorId = c;
  }
  const { groups, zone } = monthData(db, q.month, contractorId, nowMs);
  const rows = monthRows(groups, q.month, nowMs, () => false, (r) => (q.sla === undefined || r.sla === q.sla) && (q.serviceId === undefined || r.serviceId === q.serviceId));
  const results: SlaResultRow[] = [];
  const pending: SlaResultRow[] = [];
  const counts = { met: 0, missed: 0, pending: 0, notApplicable: 0 };
  for (const r of rows) {
    if (r.status === 'pending') {
      counts.pending++;
      pending.push(r);
      continue;
    }
    if (r.status === 'met') counts.met++;
    else if (r.status === 'missed') counts.missed++;
    else counts.notApplicable++;
    if (!q.missedOnly || r.status === 'missed') results.push(r);
  }
  return { month: q.month, asOf: toUtcIso(nowMs), timeZone: zone, results, pending, totalCredit: totalOf(results), counts };
}

function emptyReport(db: Db, month: string, nowMs: number): MonthReport {
  return { month, asOf: toUtcIso(nowMs), timeZone: agencyZone(db), results: [], pending: [], totalCredit: 0, counts: { met: 0, missed: 0, pending: 0, notApplicable: 0 } };
}

/** The contractor whose rows hold the result named by `key` (ticket, order or service), when the key names one. */
function contractorOfKey(db: Db, key: string): number | null {
  const m = /\|([tosc])(\d+)$/.exec(key);
  if (!m) return null;
  const id = Number(m[2]);
  if (m[1] === 'c') return id; // a service-level contract's target names its contractor
  const sql = {
    t: 'SELECT s.contractor_id AS c FROM tickets t JOIN services s ON s.id = t.service_id WHERE t.id = ?',
    o: 'SELECT s.contractor_id AS c FROM orders o JOIN services s ON s.id = o.service_id WHERE o.id = ?',
    s: 'SELECT contractor_id AS c FROM services WHERE id = ?',
  }[m[1] as 't' | 'o' | 's'];
  return (stmt(db, sql).get(id) as { c: number } | undefined)?.c ?? null;
}

/** sla:result: one result of a month by its key, with its explain lines. */
export function resultOf(db: Db, month: string, key: string, nowMs: number): SlaResultRow {
  const { groups } = monthData(db, month, contractorOfKey(db, key), nowMs);
  const [row] = monthRows(groups, month, nowMs, () => true, (r) => r.key === key);
  if (!row) throw new AppError('not_found', `No result "${key}" in ${month}: the ticket, order or service has no such SLA result that month`, '/key');
  return row;
}

/**
 * sla:ticket: every result of one ticket (Time to Repair, Excessive Outage, CAT, notification)
 * with its explain lines, in the month its outage started (DOMAIN.md: per-ticket SLAs belong there).
 */
export function ticketResults(db: Db, ticketId: number, nowMs: number): TicketResults {
  const zone = agencyZone(db);
  const rows = readTicketRows(db, ticketId);
  if (!rows.tickets.some((t) => t.id === ticketId)) throw notFound('The ticket');
  const id = String(ticketId);
  for (const g of prepareRows(rows, zone, '2000-01', FULL_DATA)) {
    const month = ticketMonthOf(g, id);
    if (month === undefined) continue;
    const results = monthRows([g], month, nowMs, () => true, (r) => r.ticketId === ticketId);
    return { ticketId, month, asOf: toUtcIso(nowMs), results, totalCredit: totalOf(results) };
  }
  throw notFound('The ticket');
}

/**
 * sla:service: the service's monthly results (availability first) with their explain lines and
 * the credits it earned, month by month over the last `months` months up to the current one.
 */
export function serviceMonths(db: Db, serviceId: number, months: number, nowMs: number): ServiceMonths {
  const zone = agencyZone(db);
  contractorOfService(db, serviceId, '/id');
  const last = ZoneClock.of(zone).monthOf(nowMs);
  const first = shiftMonth(last, months - 1);
  const rows = readServiceRows(db, serviceId, first, last, zone, longestOrderInterval());
  const groups = prepareRows(rows, zone, last, { tickets: null, usage: shiftMonth(first, MONTHS_BEFORE) });
  const out: ServiceMonths['months'] = [];
  for (let i = months - 1; i >= 0; i--) {
    const month = shiftMonth(last, i);
    const mine = monthRows(groups, month, nowMs, (r) => r.ticketId === null && r.orderId === null, (r) => r.serviceId === serviceId);
    out.push({ month, results: mine.filter((r) => r.ticketId === null && r.orderId === null), credit: totalOf(mine) });
  }
  return { serviceId, months: out };
}
