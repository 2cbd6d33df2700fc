// The rows and the prepared evaluation of one month, reading what the month depends on and no
// more: the month's own rows, then, for the services that missed a monthly SLA that month
// (availability, delay, jitter), the two months before it, which decide its consecutive-miss step
// (1 / 2 / 3 or more: 29.4.8.1 and the other monthly remedies). A longer streak shows as "N or
// more" (results.ts) unless the recorded history has the months before.
import { shiftMonth } from '../../../shared/calendar/instant';
import { evaluateMonth } from '../../../shared/sla';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { longestOrderInterval, prepareRows } from './prepare';
import type { GroupEvaluation, Horizon } from './results';
import { MONTHS_BEFORE, mergeRows, readEarlierRows, readMonthRows, type AgencyRows } from './rows';
import { agencyZone } from './zone';

export interface MonthData {
  zone: string;
  rows: AgencyRows;
  groups: GroupEvaluation[];
}

/** The services (row ids) whose monthly SLA from tickets missed in `month`. */
function missedServices(groups: GroupEvaluation[], month: string, asOfMs: number): number[] {
  const out: number[] = [];
  for (const g of groups) {
    for (const r of evaluateMonth(g.prepared, month, asOfMs).results) {
      if (r.met !== false || r.ticketId !== undefined || r.orderId !== undefined || r.site !== undefined) continue;
      const basis = g.catalog.sla(r.sla)?.basis;
      const s = r.serviceId === undefined ? undefined : g.services.get(r.serviceId);
      if (s && (basis === 'availability' || basis === 'measured')) out.push(s.id);
    }
  }
  return out;
}

/**
 * The last few months read and prepared, per data file. The Month screen asks for a month, then
 * for its filters and the explain lines of the rows an ATR opens: each would otherwise read and
 * prepare the same rows again (most of a report's time on an agency-year). Only the rows and the
 * prepared model are kept, never verdicts: each call evaluates as of its own instant. What is
 * read depends on the data, not on "as of" (the services whose earlier months are read are those
 * that missed a monthly SLA through tickets closed or measured in the month: rows, which a write
 * changes). Any change to what the evaluation reads forgets them.
 */
const CACHED_MONTHS = 2;
const cache = new WeakMap<Db, { stamp: string; entries: Map<string, MonthData> }>();

/**
 * Changes to what the evaluation reads, by this connection (the engine inputs' version, which
 * triggers move: migration 0110) or another (data_version). A claim, a conversion or a
 * reconciliation written changes neither, so the month stays kept.
 */
function changeStamp(db: Db): string {
  const r = stmt(db, 'SELECT version AS n FROM engine_inputs WHERE id = 1').get() as { n: number };
  return `${r.n}|${db.pragma('data_version', { simple: true }) as number}`;
}

/** Forget what was kept (the bench times a report as after a write). */
export function forgetMonths(db: Db): void {
  cache.delete(db);
}

/** A month of the agency (or of one contractor), prepared by catalog and contractor; kept for the next calls until the data changes. */
export function monthData(db: Db, month: string, contractorId: number | null, asOfMs: number): MonthData {
  const stamp = changeStamp(db);
  let c = cache.get(db);
  if (!c || c.stamp !== stamp) cache.set(db, (c = { stamp, entries: new Map() }));
  const key = `${month}|${contractorId ?? ''}`;
  const kept = c.entries.get(key);
  if (kept) {
    // Most recently used last: the oldest goes first when the cache is full.
    c.entries.delete(key);
    c.entries.set(key, kept);
    return kept;
  }
  const data = readMonthData(db, month, contractorId, asOfMs);
  c.entries.set(key, data);
  if (c.entries.size > CACHED_MONTHS) c.entries.delete(c.entries.keys().next().value as string);
  return data;
}

function readMonthData(db: Db, month: string, contractorId: number | null, asOfMs: number): MonthData {
  const zone = agencyZone(db);
  const first = shiftMonth(month, MONTHS_BEFORE);
  const horizon: Horizon = { tickets: first, usage: first };
  const rows = readMonthRows(db, { month, zone, contractorId, orderIntervalDays: longestOrderInterval() });
  const groups = prepareRows(rows, zone, month, horizon);
  const missed = missedServices(groups, month, asOfMs);
  if (missed.length === 0) return { zone, rows, groups };
  const all = mergeRows(rows, readEarlierRows(db, missed, month, zone));
  return { zone, rows: all, groups: prepareRows(all, zone, month, horizon) };
}
