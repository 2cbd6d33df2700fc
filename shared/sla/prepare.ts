// prepareModel / prepareCase: turn the engine's model into a prepared case once and index it by
// service and by month, so evaluateMonth can run month after month without rescanning. Each rule
// module (rules/) says what it needs of a ticket, an order, a usage event; this module only walks
// the input once and files each record where those rules read it. Per-ticket facts that do not
// depend on "as of" (start, restoration, counted stop clocks) are cached here too.
import { DEFAULT_ZONE } from '../calendar/instant';
import { ZoneClock } from '../calendar/zoneClock';
import type { CaseFile } from '../case/types';
import type { Catalog, SlaDefinition, Tier } from './catalog';
import { loadCatalog, TIERS } from './catalog';
import { prepareHistory } from './consecutive';
import { caseModel } from './convert';
import type { CaseTicket, ModelInput, PreparedCase, PreparedOrder, PreparedService, ServiceInput, TicketGroups } from './model';
import { addClosedTicket, availabilityKinds } from './rules/availability';
import { durationSlasFor } from './rules/duration';
import { addMeasuredTicket, measuredSlaByKind } from './rules/measured';
import { incidentNotices, noticesOf, notificationSlasFor } from './rules/notification';
import { committedIntervals, prepareOrder } from './rules/provisioning';
import { usageBySite } from './rules/survivability';
import { ticketStops } from './stop-clocks';
import { ticketRestoration, ticketStart } from './unavailable';

export { toServiceInput, toTicketInput, toOrderInput, toStopClockInput } from './convert';

/** Prepare a case file (already validated by validateCase). */
export function prepareCase(input: CaseFile, catalog?: Catalog): PreparedCase {
  return prepareModel(caseModel(input), catalog ?? loadCatalog(input.catalog ?? 'calnet3-converged-voip'));
}

/**
 * The catalog's own copy of a string read from data (SQLite and JSON give every row its own
 * copy): tier, kind and type are then keys V8 looks up from its inline caches, not by content.
 */
function canonical<T extends string>(value: T, known: readonly string[]): T {
  for (let i = 0; i < known.length; i++) if (known[i] === value) return known[i] as T;
  return value;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** What the rules need of a ticket of one kind on one service type (see coverageOf). */
interface Coverage {
  duration: SlaDefinition[];
  notification: SlaDefinition[];
  availability: boolean;
  measured: SlaDefinition | undefined;
}

/** A credit catalog's service names its committed tier (the contract's objectives are per tier). */
function tierOf(s: ServiceInput): Tier {
  if (s.tier === null) throw new Error(`service ${s.id} has no tier: a credit catalog's objectives are per tier (Basic, Standard, Premier)`);
  return s.tier;
}

/** Prepare the engine's own model (the app's live data). */
export function prepareModel(input: ModelInput, catalog: Catalog = loadCatalog()): PreparedCase {
  const zone = input.zone ?? DEFAULT_ZONE;
  const clock = ZoneClock.of(zone);
  const bySlaBasis = (b: SlaDefinition['basis']) => catalog.slas.filter((s) => s.basis === b);
  const slas = {
    ticket: bySlaBasis('ticket-duration'),
    availability: bySlaBasis('availability'),
    measured: bySlaBasis('measured'),
    siteUsage: bySlaBasis('site-usage'),
    provisioning: bySlaBasis('provisioning'),
    notification: bySlaBasis('notification'),
  };

  const typeIds = catalog.serviceTypes.map((t) => t.id);
  const kindIds = catalog.ticketKinds.map((k) => k.id);
  // Explicit literals, not `{ ...s, type }`: a spread that overrides a key builds objects V8
  // reads slowly ever after (measured: ten times slower to build, and every read of them slower).
  const services: PreparedService[] = input.services.map((s, index) => ({
    id: s.id,
    tmrcCents: s.tmrcCents,
    aducCents: s.aducCents ?? 0,
    installFeeCents: s.installFeeCents ?? 0,
    site: s.site ?? null,
    seats: s.seats ?? null,
    type: canonical(s.type, typeIds),
    tier: canonical(tierOf(s), TIERS),
    tierIndex: TIERS.indexOf(tierOf(s)),
    index,
    siteKey: s.site ?? s.id,
  }));
  const serviceById = new Map(services.map((s) => [s.id, s]));
  const inputTickets = input.tickets ?? [];
  const pooledNotices = incidentNotices(inputTickets);

  // What each rule needs of a (ticket kind, service type): asked of the rules once each, found by
  // the kind's and the type's places in the catalog (types the catalog does not know share a
  // slot: no SLA covers them; unknown kinds are not cached).
  const countsForAvailability = availabilityKinds(slas.availability);
  const measuredByKind = measuredSlaByKind(slas.measured);
  const coverage: Array<Coverage | undefined> = [];
  const coverageOf = (kind: string, type: string): Coverage => {
    const key = kindIds.indexOf(kind) * (typeIds.length + 1) + typeIds.indexOf(type) + 1;
    let c = coverage[key];
    if (!c) {
      c = {
        duration: durationSlasFor(slas.ticket, kind, type),
        notification: notificationSlasFor(slas.notification, kind, type),
        availability: countsForAvailability.has(kind),
        measured: measuredByKind.get(kind),
      };
      if (key >= 0) coverage[key] = c;
    }
    return c;
  };
  const servicesFor = new Map<string, Int32Array>();
  for (const sla of [...slas.availability, ...slas.measured, ...slas.siteUsage]) {
    servicesFor.set(sla.id, Int32Array.from(services.filter((svc) => sla.serviceTypes.includes(svc.type)), (svc) => svc.index));
  }

  const ticketsByStartMonth = new Map<string, CaseTicket[]>();
  const closedByMonth = new Map<string, TicketGroups>();
  const measuredByMonth = new Map<string, TicketGroups>();
  inputTickets.forEach((t, index) => {
    const service = serviceById.get(t.serviceId);
    if (!service) return; // validateCase refuses unknown services; the model skips them
    const startMs = ticketStart(t);
    const kind = canonical(t.kind, kindIds);
    const cov = coverageOf(kind, service.type);
    const startMonth = clock.monthOf(startMs);
    // One object literal with every field: all tickets share one shape.
    const ct: CaseTicket = {
      id: t.id,
      serviceId: t.serviceId,
      kind,
      incidentId: t.incidentId ?? null,
      alarmAtMs: t.alarmAtMs ?? null,
      openedAtMs: t.openedAtMs,
      restoredAtMs: t.restoredAtMs ?? null,
      notRestoredAtMs: t.notRestoredAtMs ?? null,
      actualRestoredAtMs: t.actualRestoredAtMs ?? null,
      closedAtMs: t.closedAtMs ?? null,
      measuredMs: t.measuredMs ?? null,
      noticesMs: t.noticesMs ?? [],
      stopClocks: t.stopClocks ?? [],
      prepared: true,
      startMs,
      restorationMs: ticketRestoration(t),
      stops: ticketStops(t, catalog),
      index,
      service,
      tierIndex: service.tierIndex,
      startMonth,
      closeMonth: t.closedAtMs != null ? clock.monthOf(t.closedAtMs) : null,
      notices: noticesOf(t, pooledNotices),
      durationSlas: cov.duration,
      notificationSlas: cov.notification,
      remedied: undefined,
    };
    push(ticketsByStartMonth, startMonth, ct);
    if (ct.closeMonth !== null && cov.availability) addClosedTicket(closedByMonth, services.length, ct);
    if (cov.measured) addMeasuredTicket(measuredByMonth, services.length, cov.measured, ct);
  });

  const intervals = committedIntervals(slas.provisioning);
  const orders: PreparedOrder[] = [];
  const ordersByDueMonth = new Map<string, PreparedOrder[]>();
  (input.orders ?? []).forEach((o, index) => {
    const service = serviceById.get(o.serviceId);
    if (!service) return;
    const po = prepareOrder(o, index, service, intervals[service.type] ?? null, clock, catalog);
    orders.push(po);
    if (po.dueMonth !== null) push(ordersByDueMonth, po.dueMonth, po);
  });

  return {
    catalog,
    zone,
    clock,
    month: input.month,
    asOfMs: input.asOfMs ?? null,
    services,
    serviceById,
    ticketsByStartMonth,
    closedByMonth,
    measuredByMonth,
    orders,
    ordersByDueMonth,
    usageBySite: usageBySite(input.usage ?? []),
    history: prepareHistory(input.history ?? [], catalog, serviceById),
    slas,
    servicesFor,
    serviceIds: services.map((svc) => svc.id),
    serviceTiers: Uint8Array.from(services, (svc) => svc.tierIndex),
    verdicts: new Map(),
  };
}
