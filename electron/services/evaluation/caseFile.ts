// The agency's rows as case files (CASE_FORMAT.md): the same model the app evaluates, written so
// that `npm run sla -- evaluate` recomputes every figure without the app. One case file per group
// (a case file is under one catalog; a claim is to one contractor). A claim carries the case file
// of its inputs; an ATR hands one to the CALNET office in a dispute.
import { toUtcIso } from '../../../shared/calendar/instant';
import type { CaseStopClock, CaseTicket } from '../../../shared/case/types';
import { timeField, type ServiceLevelCaseFile } from '../../../shared/case/serviceLevels';
import {
  isServiceLevelCatalog, loadCatalog, type AnyCaseFile, type CaseFile, type Catalog, type ModelInput, type StopClockInput, type Tier, type TicketInput,
} from '../../../shared/sla';
import type { Db } from '../db/open';
import { groupRows, toModelInput } from './model';
import { monthData } from './month';

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

/**
 * A ticket of the case. A case file has no field for the End-User's report that the service was
 * not restored (CASE_FORMAT.md): there, the after-restoration stop clocks (OBSERVATION,
 * END_USER_NOT_AVAILABLE, 29.4.7 items 2-3) count from the contractor's restoration up to the
 * actual restoration. So when the app has the report:
 * - with the actual restoration, those stop clocks are written ending at the report at the
 *   latest, which counts exactly the time the app counts;
 * - without one yet (the outage goes on), the contractor's restoration is left out, so the case
 *   measures the ticket as open like the app; the after-restoration time before the report, which
 *   the app subtracts, cannot be said in a case file and is not subtracted there (a known gap of
 *   the format, until it records the report).
 */
function caseTicket(t: TicketInput, catalog: Catalog, asOfMs: number): CaseTicket {
  const report = t.notRestoredAtMs ?? null;
  const ongoing = report !== null && t.actualRestoredAtMs == null;
  const stops = (t.stopClocks ?? []).map((sc) => {
    if (report === null || ongoing || !catalog.condition(sc.code)?.afterRestoration) return sc;
    return sc.endMs === null || sc.endMs > report ? { ...sc, endMs: Math.max(sc.startMs, report) } : sc;
  });
  return compact({
    id: t.id,
    serviceId: t.serviceId,
    kind: t.kind,
    incidentId: t.incidentId ?? undefined,
    alarmAt: iso(t.alarmAtMs),
    openedAt: toUtcIso(t.openedAtMs),
    restoredAt: ongoing ? undefined : iso(t.restoredAtMs),
    actualRestoredAt: iso(t.actualRestoredAtMs),
    closedAt: iso(t.closedAtMs),
    measuredMs: t.measuredMs ?? undefined,
    notices: t.noticesMs && t.noticesMs.length ? t.noticesMs.map((n) => toUtcIso(n)) : undefined,
    stopClocks: stops.length ? stops.map((sc) => caseStopClock(sc, asOfMs)) : undefined,
  });
}

/** The case file of one group's model, for `month` as of `asOfMs`. */
export function caseFileOf(model: ModelInput, catalogId: string, month: string, asOfMs: number): CaseFile {
  const catalog = loadCatalog(catalogId);
  return {
    timeZone: model.zone,
    catalog: catalogId,
    month,
    asOf: toUtcIso(asOfMs),
    services: model.services.map((s) =>
      compact({ id: s.id, type: s.type, tier: s.tier as Tier, tmrc: dollars(s.tmrcCents), aduc: dollars(s.aducCents), installFee: dollars(s.installFeeCents), site: s.site ?? undefined }),
    ),
    tickets: (model.tickets ?? []).map((t) => caseTicket(t, catalog, asOfMs)),
    orders: (model.orders ?? []).map((o) =>
      compact({
        id: o.id,
        serviceId: o.serviceId,
        orderedAt: toUtcIso(o.orderedAtMs),
        dueAt: o.dueDate ?? undefined,
        completedAt: iso(o.completedAtMs),
        stopClocks: o.stopClocks && o.stopClocks.length ? o.stopClocks.map((sc) => caseStopClock(sc, asOfMs)) : undefined,
      }),
    ),
    survivability: (model.usage ?? []).map((u) => ({ site: u.site, start: toUtcIso(u.startMs), end: toUtcIso(u.endMs ?? Math.max(u.startMs, asOfMs)) })),
    history: (model.history ?? []).map((h) => compact({ sla: h.sla, serviceId: h.serviceId ?? undefined, site: h.site ?? undefined, month: h.month, met: h.met })),
  };
}

/**
 * The case file of a service-level contract's group (the help desk, docs/case-format.md "Help-desk
 * case files"): its services, the incidents with their times and notifications, and the figures
 * of the month and its year. An incident still open has no restoration in it: the command then
 * measures it as open up to `asOf`, as the app does.
 */
export function serviceLevelCaseFileOf(model: ModelInput, catalogId: string, month: string, asOfMs: number): ServiceLevelCaseFile {
  const byPeriod = new Map<string, Record<string, number>>();
  for (const f of model.figures ?? []) {
    const v = byPeriod.get(f.period) ?? {};
    v[f.figure] = f.value;
    byPeriod.set(f.period, v);
  }
  return {
    timeZone: model.zone,
    catalog: catalogId,
    month,
    asOf: toUtcIso(asOfMs),
    services: model.services.map((s) => ({ id: s.id, type: s.type })),
    tickets: (model.tickets ?? []).map((t) => {
      const times = Object.fromEntries(Object.entries(t.times ?? {}).flatMap(([k, v]) => (v === null ? [] : [[timeField(k), toUtcIso(v)]])));
      const notifications = [...(t.notifications ?? [])].sort((a, b) => a.atMs - b.atMs).map((n) => ({ kind: n.kind, at: toUtcIso(n.atMs) }));
      const restored = t.actualRestoredAtMs ?? (t.notRestoredAtMs != null ? null : t.restoredAtMs);
      return compact({
        id: t.id,
        serviceId: t.serviceId,
        kind: t.kind,
        openedAt: toUtcIso(t.openedAtMs),
        ...times,
        restoredAt: iso(restored),
        closedAt: restored == null ? undefined : iso(t.closedAtMs),
        notifications: notifications.length ? notifications : undefined,
      });
    }),
    figures: [...byPeriod.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([period, values]) => ({ period, values })),
  };
}

export interface GroupCaseFile {
  catalogId: string;
  contractorId: number;
  caseFile: AnyCaseFile;
}

/**
 * The case files of a month with the rows its report reads (evaluation/month.ts): one per catalog
 * and contractor, or the contractor's only when one is named.
 */
export function monthCaseFiles(db: Db, month: string, asOfMs: number, contractorId: number | null = null): GroupCaseFile[] {
  const { zone, rows } = monthData(db, month, contractorId, asOfMs);
  return groupRows(rows).map((g) => ({
    catalogId: g.catalogId,
    contractorId: g.contractorId,
    caseFile: isServiceLevelCatalog(g.catalogId)
      ? serviceLevelCaseFileOf(toModelInput(g.rows, zone, month).input, g.catalogId, month, asOfMs)
      : caseFileOf(toModelInput(g.rows, zone, month).input, g.catalogId, month, asOfMs),
  }));
}
