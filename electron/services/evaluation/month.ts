// The rows and the prepared evaluation of one month, reading what the month depends on and no
// more: the month's own rows, then, for the services that missed a monthly SLA that month
// (availability, delay, jitter), the two months before it, which decide its consecutive-miss step
// (1 / 2 / 3 or more: 29.4.8.1 and the other monthly remedies). A longer streak shows as "N or
// more" (results.ts) unless the recorded history has the months before.
import { shiftMonth } from '../../../shared/calendar/instant';
import { evaluateMonth } from '../../../shared/sla';
import type { Db } from '../db/open';
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

/** A month of the agency (or of one contractor) as of `asOfMs`, prepared by catalog and contractor. */
export function monthData(db: Db, month: string, contractorId: number | null, asOfMs: number): MonthData {
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
