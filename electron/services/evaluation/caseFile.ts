// The agency's rows as case files (CASE_FORMAT.md): the same model the app evaluates, written so
// that `npm run sla -- evaluate` recomputes every figure without the app. One case file per group
// (a case file is under one catalog; a claim is to one contractor). A claim carries the case file
// of its inputs; an ATR hands one to the CALNET office in a dispute.
import { toUtcIso } from '../../../shared/calendar/instant';
import type { CaseStopClock } from '../../../shared/case/types';
import type { CaseFile } from '../../../shared/sla';
import type { ModelInput, StopClockInput } from '../../../shared/sla';
import type { Db } from '../db/open';
import { groupRows, toModelInput } from './model';
import { longestOrderInterval } from './prepare';
import { readMonthRows } from './rows';
import { agencyZone } from './zone';

const iso = (ms: number | null | undefined): string | undefined => (ms === null || ms === undefined ? undefined : toUtcIso(ms));
const dollars = (cents: number | undefined): number => (cents ?? 0) / 100;

/**
 * A stop clock of the case: a case file is a snapshot, so one still running ends at as-of, up to
 * where the engine measures it (the counted time is the same; its explain line then names the
 * as-of instant instead of "now (running)").
 */
function caseStopClock(sc: StopClockInput, asOfMs: number): CaseStopClock {
  const out: CaseStopClock = { code: sc.code, start: toUtcIso(sc.startMs), end: toUtcIso(sc.endMs ?? Math.max(sc.startMs, asOfMs)) };
  if (sc.voided) out.voided = true;
  if (sc.window) out.window = { start: toUtcIso(sc.window.startMs), end: toUtcIso(sc.window.endMs) };
  if (sc.note) out.note = sc.note;
  return out;
}

/** Drops the keys whose value is undefined (the case file leaves absent fields out). */
function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as Array<keyof T>) if (o[k] === undefined) delete o[k];
  return o;
}

/** The case file of one group's model, for `month` as of `asOfMs`. */
export function caseFileOf(model: ModelInput, catalogId: string, month: string, asOfMs: number): CaseFile {
  return {
    timeZone: model.zone,
    catalog: catalogId,
    month,
    asOf: toUtcIso(asOfMs),
    services: model.services.map((s) =>
      compact({ id: s.id, type: s.type, tier: s.tier, tmrc: dollars(s.tmrcCents), aduc: dollars(s.aducCents), installFee: dollars(s.installFeeCents), site: s.site ?? undefined }),
    ),
    tickets: (model.tickets ?? []).map((t) =>
      compact({
        id: t.id,
        serviceId: t.serviceId,
        kind: t.kind,
        incidentId: t.incidentId ?? undefined,
        alarmAt: iso(t.alarmAtMs),
        openedAt: toUtcIso(t.openedAtMs),
        restoredAt: iso(t.restoredAtMs),
        actualRestoredAt: iso(t.actualRestoredAtMs),
        closedAt: iso(t.closedAtMs),
        measuredMs: t.measuredMs ?? undefined,
        notices: t.noticesMs && t.noticesMs.length ? t.noticesMs.map((n) => toUtcIso(n)) : undefined,
        stopClocks: t.stopClocks && t.stopClocks.length ? t.stopClocks.map((sc) => caseStopClock(sc, asOfMs)) : undefined,
      }),
    ),
    orders: (model.orders ?? []).map((o) =>
      compact({
        id: o.id,
        serviceId: o.serviceId,
        orderedAt: toUtcIso(o.orderedAtMs),
        dueAt: iso(o.dueAtMs),
        completedAt: iso(o.completedAtMs),
        stopClocks: o.stopClocks && o.stopClocks.length ? o.stopClocks.map((sc) => caseStopClock(sc, asOfMs)) : undefined,
      }),
    ),
    survivability: (model.usage ?? []).map((u) => ({ site: u.site, start: toUtcIso(u.startMs), end: toUtcIso(u.endMs ?? Math.max(u.startMs, asOfMs)) })),
    history: (model.history ?? []).map((h) => compact({ sla: h.sla, serviceId: h.serviceId ?? undefined, site: h.site ?? undefined, month: h.month, met: h.met })),
  };
}

export interface GroupCaseFile {
  catalogId: string;
  contractorId: number;
  caseFile: CaseFile;
}

/**
 * The case files of a month as the month's report reads it (the month and the two before it):
 * one per catalog and contractor, or the contractor's only when one is named.
 */
export function monthCaseFiles(db: Db, month: string, asOfMs: number, contractorId: number | null = null): GroupCaseFile[] {
  const zone = agencyZone(db);
  const rows = readMonthRows(db, { month, zone, contractorId, orderIntervalDays: longestOrderInterval() });
  return groupRows(rows).map((g) => ({
    catalogId: g.catalogId,
    contractorId: g.contractorId,
    caseFile: caseFileOf(toModelInput(g.rows, zone, month).input, g.catalogId, month, asOfMs),
  }));
}
