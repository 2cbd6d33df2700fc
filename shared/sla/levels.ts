// A service-level contract's model prepared once and evaluated month by month (the help desk,
// DOMAIN.md "Help-desk service levels"): incidents filed by the month they were created in,
// figures by period. A month's report lists, in order, the steps of each incident created in the
// month (input order; per incident its steps in catalog order), then the month's targets, then
// the targets of the month's year. No money: every credit is zero (the catalog says why).
import { DEFAULT_ZONE } from '../calendar/instant';
import { ZoneClock } from '../calendar/zoneClock';
import type { Countdown, ModelInput, Report, ServiceInput, TicketInput } from './model';
import { incidentCountdowns, incidentResults, prepareIncident, type PreparedIncident } from './rules/incidentSchedule';
import { monthlyTargetResults } from './rules/monthlyTargets';
import { yearlyTargetResults, yearOf } from './rules/yearlyTargets';
import type { ServiceLevelCatalog } from './serviceLevels';

export interface PreparedLevels {
  kind: 'service-levels';
  catalog: ServiceLevelCatalog;
  zone: string;
  clock: ZoneClock;
  month: string;
  asOfMs: number | null;
  services: ServiceInput[];
  serviceById: Map<string, ServiceInput>;
  incidents: PreparedIncident[];
  incidentsByMonth: Map<string, PreparedIncident[]>;
  incidentById: Map<string, PreparedIncident>;
  /** period ('2026-10' or '2026') → figure id → value. */
  figures: Map<string, Map<string, number>>;
}

export function prepareLevels(input: ModelInput, catalog: ServiceLevelCatalog): PreparedLevels {
  const zone = input.zone ?? DEFAULT_ZONE;
  const clock = ZoneClock.of(zone);
  const serviceById = new Map(input.services.map((s) => [s.id, s]));
  const incidents: PreparedIncident[] = [];
  const incidentsByMonth = new Map<string, PreparedIncident[]>();
  (input.tickets ?? []).forEach((t, index) => {
    const service = serviceById.get(t.serviceId);
    if (!service) return; // validateCase refuses unknown services; the model skips them
    const inc = prepareIncident(t, index, service, catalog, clock);
    incidents.push(inc);
    const list = incidentsByMonth.get(inc.month);
    if (list) list.push(inc);
    else incidentsByMonth.set(inc.month, [inc]);
  });
  const figures = new Map<string, Map<string, number>>();
  for (const f of input.figures ?? []) {
    let m = figures.get(f.period);
    if (!m) figures.set(f.period, (m = new Map()));
    m.set(f.figure, f.value);
  }
  return {
    kind: 'service-levels',
    catalog,
    zone,
    clock,
    month: input.month,
    asOfMs: input.asOfMs ?? null,
    services: input.services,
    serviceById,
    incidents,
    incidentsByMonth,
    incidentById: new Map(incidents.map((i) => [i.id, i])),
    figures,
  };
}

/** The report of one month; `asOfMs` defaults to the model's as-of, else the end of the month. */
export function evaluateLevelsMonth(p: PreparedLevels, month: string, asOfMs?: number): Report {
  const asOf = asOfMs ?? p.asOfMs ?? p.clock.monthBounds(month).end;
  const results = [];
  for (const inc of p.incidentsByMonth.get(month) ?? []) results.push(...incidentResults(inc, p.catalog, asOf, p.clock));
  results.push(...monthlyTargetResults(p.catalog, month, p.figures.get(month)));
  results.push(...yearlyTargetResults(p.catalog, month, p.figures.get(yearOf(month))));
  return { month, results, totalCredit: 0 };
}

/** Live countdowns of one incident of a service-level contract (what falls due next). */
export function levelCountdowns(ticket: TicketInput, service: ServiceInput, catalog: ServiceLevelCatalog, nowMs: number, zone: string = DEFAULT_ZONE): Countdown[] {
  const clock = ZoneClock.of(zone);
  return incidentCountdowns(prepareIncident(ticket, 0, service, catalog, clock), catalog, nowMs, clock);
}
