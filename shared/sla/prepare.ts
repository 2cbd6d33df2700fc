// prepareCase: turn a case file into the engine's model once (every instant parsed once, money
// in cents) and index it by service and by month, so evaluateMonth can run month after month
// without rescanning. Per-ticket facts that do not depend on "as of" are cached here too.
import { DEFAULT_ZONE } from '../calendar/instant';
import { isIsoDate, plusDays } from '../calendar/holidays';
import type { CaseFile, CaseStopClock } from '../case/types';
import type { Catalog, SlaDefinition } from './catalog';
import { loadCatalog, TICKET_KINDS, TIERS } from './catalog';
import type { HistoryInput, OrderInput, ServiceInput, StopClockInput, TicketInput, UsageInput } from './model';
import { parseInstantFast, ZoneClock } from '../calendar/zoneClock';
import { TicketsByService } from './groups';
import type { PreparedTicket } from './unavailable';
import { countedStops, overlapMs, ticketRestoration, ticketStart, ticketStops, unionIntervals } from './unavailable';

export interface PreparedService extends ServiceInput {
  index: number;
  /** The tier's place in TIERS (per-tier facts are kept in that order). */
  tierIndex: number;
  /** Site key: `site`, or the service id when none is given. */
  siteKey: string;
}

export interface CaseTicket extends PreparedTicket {
  index: number;
  service: PreparedService;
  /** The service's tier index (copied: the ticket loop then need not read the service). */
  tierIndex: number;
  /** Month (agency time) the outage started: per-ticket SLAs are evaluated there. */
  startMonth: string;
  /** Month the ticket closed (availability), null while open. */
  closeMonth: string | null;
  /** Contractor notices, sorted, merged across the incident's tickets. */
  notices: number[];
  /** The duration SLAs (TTR, EO, CAT) and notification SLAs covering this ticket, catalog order. */
  durationSlas: SlaDefinition[];
  notificationSlas: SlaDefinition[];
  /** Cached: did this closed ticket's Unavailable Time earn a remedy under TTR / EO / CAT? */
  remedied: string[] | undefined;
}

/** An order with the engine's facts of its due date (DOMAIN.md "Provisioning"). */
export interface PreparedOrder {
  id: string;
  serviceId: string;
  orderedAtMs: number;
  completedAtMs: number | null;
  stopClocks: StopClockInput[];
  index: number;
  service: PreparedService;
  /** The due date, an agency date 'YYYY-MM-DD': negotiated, else the order's date + the committed interval; null when neither exists. */
  dueDate: string | null;
  /** The due date is the negotiated one. */
  negotiated: boolean;
  /** Committed interval (calendar days) the due date came from; null when negotiated or the type has none. */
  intervalDays: number | null;
  /** The end of the due date (midnight after it, agency time), before any delay; NaN without a due date. */
  dueDateEndMs: number;
  /** Counted CUSTOMER_PROVISIONING_DELAY time (union, clipped to order → completion); Infinity while one runs. */
  stoppedMs: number;
  /** A (non-voided) delay stop clock has no end and the order is not completed: the deadline moves. */
  delayRunning: boolean;
  /** The deadline: the end of the due date extended by the delay (exclusive); Infinity while a delay runs, NaN without a due date. */
  dueMs: number;
  /** The month of the last on-time instant (dueMs - 1 ms), whose Provisioning results hold the order; null while unknown. */
  dueMonth: string | null;
  /** Counted delay intervals, sorted, disjoint, flattened (see orderDelayMs). */
  stops: number[];
}

export interface PreparedCase {
  catalog: Catalog;
  zone: string;
  clock: ZoneClock;
  /** The case's month and as-of (defaults for evaluateCase). */
  month: string;
  asOfMs: number | null;
  services: PreparedService[];
  serviceById: Map<string, PreparedService>;
  ticketsByStartMonth: Map<string, CaseTicket[]>;
  /** month → availability-eligible tickets closed that month, by service. */
  closedByMonth: Map<string, TicketsByService>;
  /** `${sla}|${month}` → measured tickets (delay / jitter) started that month, by service. */
  measuredByMonth: Map<string, TicketsByService>;
  orders: PreparedOrder[];
  ordersByDueMonth: Map<string, PreparedOrder[]>;
  usageBySite: Map<string, UsageInput[]>;
  /** `${sla}|svc:${id}|${month}` or `${sla}|site:${site}|${month}` → met. */
  history: Map<string, boolean>;
  /** Catalog SLAs by basis, in catalog order. */
  slas: {
    ticket: SlaDefinition[];
    availability: SlaDefinition[];
    measured: SlaDefinition[];
    siteUsage: SlaDefinition[];
    provisioning: SlaDefinition[];
    notification: SlaDefinition[];
  };
  /** Indexes of the services each per-service monthly SLA covers (by SLA id), in input order. */
  servicesFor: Map<string, Int32Array>;
  /**
   * Per service index, side by side: the id and the tier's index. The monthly loops read these
   * instead of the service objects (scattered in memory; a read of each would cost more than the
   * work done for a service with nothing to count).
   */
  serviceIds: string[];
  serviceTiers: Uint8Array;
  /** Memo of monthly verdicts from data, `${sla}|${month}` → per service index: 0 unknown, 1 met, 2 missed. */
  verdicts: Map<string, Uint8Array>;
}

function inst(text: string | undefined | null): number | null {
  if (text === undefined || text === null) return null;
  const ms = parseInstantFast(text);
  if (ms === null) throw new Error(`not an ISO-8601 instant with an offset: ${text}`);
  return ms;
}

function need(text: string): number {
  return inst(text) as number;
}

function cents(dollars: number | undefined | null): number {
  if (dollars === undefined || dollars === null) return 0;
  const x = dollars * 100;
  // Dollars carry at most a few decimals; lift binary fractions (1.005 * 100 = 100.4999…) first.
  return Math.round(Math.abs(x) + 1e-9 * Math.max(1, Math.abs(x))) * (x < 0 ? -1 : 1);
}

export function toStopClockInput(sc: CaseStopClock): StopClockInput {
  return {
    code: sc.code,
    startMs: need(sc.start),
    endMs: need(sc.end),
    voided: sc.voided === true,
    window: sc.window ? { startMs: need(sc.window.start), endMs: need(sc.window.end) } : null,
    note: sc.note ?? null,
  };
}

/** Engine models from case-file records (for callers that hold case-file shaped data). */
export function toServiceInput(s: CaseFile['services'][number]): ServiceInput {
  return {
    id: s.id,
    type: s.type,
    tier: s.tier,
    tmrcCents: cents(s.tmrc),
    aducCents: cents(s.aduc),
    installFeeCents: cents(s.installFee),
    site: s.site ?? null,
  };
}

export function toTicketInput(t: NonNullable<CaseFile['tickets']>[number]): TicketInput {
  return {
    id: t.id,
    serviceId: t.serviceId,
    kind: t.kind,
    incidentId: t.incidentId ?? null,
    alarmAtMs: inst(t.alarmAt),
    openedAtMs: need(t.openedAt),
    restoredAtMs: inst(t.restoredAt),
    // A case file records no End-User report: its after-restoration window ends at the actual restoration.
    notRestoredAtMs: null,
    actualRestoredAtMs: inst(t.actualRestoredAt),
    closedAtMs: inst(t.closedAt),
    measuredMs: t.measuredMs ?? null,
    noticesMs: (t.notices ?? []).map(need),
    stopClocks: (t.stopClocks ?? []).map(toStopClockInput),
  };
}

/**
 * A case file's order: its `dueAt` is a date ('YYYY-MM-DD') or an instant, of which only the
 * agency date counts (CASE_FORMAT.md).
 */
export function toOrderInput(o: NonNullable<CaseFile['orders']>[number], zone: string = DEFAULT_ZONE): OrderInput {
  return {
    id: o.id,
    serviceId: o.serviceId,
    orderedAtMs: need(o.orderedAt),
    dueDate: o.dueAt === undefined || o.dueAt === null ? null : isIsoDate(o.dueAt) ? o.dueAt : ZoneClock.of(zone).dateOf(need(o.dueAt)),
    completedAtMs: inst(o.completedAt),
    stopClocks: (o.stopClocks ?? []).map(toStopClockInput),
  };
}

export interface ModelInput {
  zone?: string;
  month: string;
  asOfMs?: number | null;
  services: ServiceInput[];
  tickets?: TicketInput[];
  orders?: OrderInput[];
  usage?: UsageInput[];
  history?: HistoryInput[];
}

/** Prepare a case file (already validated by validateCase). */
export function prepareCase(input: CaseFile, catalog?: Catalog): PreparedCase {
  return prepareModel(
    {
      zone: input.timeZone ?? DEFAULT_ZONE,
      month: input.month,
      asOfMs: inst(input.asOf),
      services: input.services.map(toServiceInput),
      tickets: (input.tickets ?? []).map(toTicketInput),
      orders: (input.orders ?? []).map((o) => toOrderInput(o, input.timeZone ?? DEFAULT_ZONE)),
      usage: (input.survivability ?? []).map((u) => ({ site: u.site, startMs: need(u.start), endMs: need(u.end) })),
      history: (input.history ?? []).map((h) => ({ sla: h.sla, serviceId: h.serviceId ?? null, site: h.site ?? null, month: h.month, met: h.met })),
    },
    catalog ?? loadCatalog(input.catalog ?? 'calnet3-converged-voip'),
  );
}

/**
 * The catalog's own copy of a string read from data (SQLite and JSON give every row its own
 * copy): tier, kind and type are then keys V8 looks up from its inline caches, not by content.
 */
function canonical<T extends string>(value: T, known: readonly string[]): T {
  for (let i = 0; i < known.length; i++) if (known[i] === value) return known[i] as T;
  return value;
}

function ascending(a: number, b: number): number {
  return a - b;
}

/** The instants in order, each once (the list itself when it has one or none). */
function sortedUnique(list: number[]): number[] {
  return list.length > 1 ? Array.from(new Set(list)).sort(ascending) : list;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
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
    tier: canonical(s.tier, TIERS),
    tierIndex: TIERS.indexOf(s.tier),
    index,
    siteKey: s.site ?? s.id,
  }));
  const serviceById = new Map(services.map((s) => [s.id, s]));

  // Contractor notices belong to the outage: merge them across an incident's tickets.
  const incidentNotices = new Map<string, number[]>();
  const inputTickets = input.tickets ?? [];
  for (let i = 0; i < inputTickets.length; i++) {
    const t = inputTickets[i]!;
    if (t.incidentId && t.noticesMs && t.noticesMs.length > 0) {
      const list = incidentNotices.get(t.incidentId);
      if (list) list.push(...t.noticesMs);
      else incidentNotices.set(t.incidentId, [...t.noticesMs]);
    }
  }
  for (const [incident, list] of incidentNotices) incidentNotices.set(incident, sortedUnique(list));

  const availabilityKinds = new Set<string>(slas.availability.flatMap((s) => s.ticketKinds));
  const measuredSlaByKind = new Map<string, SlaDefinition>();
  for (const s of slas.measured) for (const k of s.ticketKinds) measuredSlaByKind.set(k, s);

  // Which duration / notification SLAs cover a (ticket kind, service type): computed once each,
  // found by the kind's place in TICKET_KINDS and the type's place in the catalog (types the
  // catalog does not know share a slot: no SLA covers them; unknown kinds are not cached).
  type Coverage = { duration: SlaDefinition[]; notification: SlaDefinition[]; availability: boolean; measured: SlaDefinition | undefined };
  const coverage: Array<Coverage | undefined> = [];
  const coverageOf = (kind: string, type: string): Coverage => {
    const key = TICKET_KINDS.indexOf(kind as never) * (typeIds.length + 1) + typeIds.indexOf(type) + 1;
    let c = coverage[key];
    if (!c) {
      const covers = (sla: SlaDefinition) => sla.ticketKinds.includes(kind as never) && sla.serviceTypes.includes(type);
      c = {
        duration: slas.ticket.filter(covers),
        notification: slas.notification.filter(covers),
        // Availability counts the kinds its SLA names; delay / jitter tickets go to their SLA.
        availability: availabilityKinds.has(kind),
        measured: measuredSlaByKind.get(kind),
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
  const closedByMonth = new Map<string, TicketsByService>();
  const measuredByMonth = new Map<string, TicketsByService>();
  (input.tickets ?? []).forEach((t, index) => {
    const service = serviceById.get(t.serviceId);
    if (!service) return; // validateCase refuses unknown services; the model skips them
    const startMs = ticketStart(t);
    const kind = canonical(t.kind, TICKET_KINDS);
    const cov = coverageOf(kind, service.type);
    const startMonth = clock.monthOf(startMs);
    const closeMonth = t.closedAtMs != null ? clock.monthOf(t.closedAtMs) : null;
    let notices = t.noticesMs ?? [];
    const ofIncident = t.incidentId ? incidentNotices.get(t.incidentId) : undefined;
    notices = ofIncident ?? sortedUnique(notices);
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
      closeMonth,
      notices,
      durationSlas: cov.duration,
      notificationSlas: cov.notification,
      remedied: undefined,
    };
    push(ticketsByStartMonth, startMonth, ct);
    if (closeMonth !== null && cov.availability) {
      let m = closedByMonth.get(closeMonth);
      if (!m) closedByMonth.set(closeMonth, (m = new TicketsByService(services.length)));
      m.add(ct);
    }
    const measured = cov.measured;
    if (measured) {
      const key = `${measured.id}|${startMonth}`;
      let m = measuredByMonth.get(key);
      if (!m) measuredByMonth.set(key, (m = new TicketsByService(services.length)));
      m.add(ct);
    }
  });

  const provisioning = slas.provisioning[0];
  const intervals = provisioning?.basis === 'provisioning' ? provisioning.committedIntervalDays : {};
  const orders: PreparedOrder[] = [];
  const ordersByDueMonth = new Map<string, PreparedOrder[]>();
  (input.orders ?? []).forEach((o, index) => {
    const service = serviceById.get(o.serviceId);
    if (!service) return;
    const po = prepareOrder(o, index, service, intervals[service.type] ?? null, clock, catalog);
    orders.push(po);
    if (po.dueMonth !== null) push(ordersByDueMonth, po.dueMonth, po);
  });

  const usageBySite = new Map<string, UsageInput[]>();
  for (const u of input.usage ?? []) push(usageBySite, u.site, u);

  const history = new Map<string, boolean>();
  for (const h of input.history ?? []) {
    const sla = catalog.sla(h.sla);
    let key: string | null = null;
    if (sla?.basis === 'site-usage') {
      if (h.site) key = `site:${h.site}`;
      else if (h.serviceId) {
        const s = serviceById.get(h.serviceId);
        if (s) key = `site:${s.siteKey}`;
      }
    } else if (h.serviceId) key = `svc:${h.serviceId}`;
    if (key !== null) history.set(`${h.sla}|${key}|${h.month}`, h.met);
  }

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
    usageBySite,
    history,
    slas,
    servicesFor,
    serviceIds: services.map((svc) => svc.id),
    serviceTiers: Uint8Array.from(services, (svc) => svc.tierIndex),
    verdicts: new Map(),
  };
}

/**
 * The due date of an order (29.4.8.10, DOMAIN.md "Provisioning"): a date of the agency's zone,
 * the negotiated one, else the order's date + the committed interval in calendar days. The order
 * is on time when completed on or before that date at any hour: the deadline is the end of the
 * date (midnight after it) extended by the counted CUSTOMER_PROVISIONING_DELAY time, and the
 * order belongs to the month of the last on-time instant (a due date of Oct 31 with no delay
 * stays in October).
 */
function prepareOrder(o: OrderInput, index: number, service: PreparedService, interval: number | null, clock: ZoneClock, catalog: Catalog): PreparedOrder {
  const negotiated = o.dueDate != null;
  const dueDate = negotiated ? (o.dueDate as string) : interval !== null ? plusDays(clock.dateOf(o.orderedAtMs), interval) : null;
  const dueDateEndMs = dueDate === null ? NaN : clock.endOfDate(dueDate);
  const completedAtMs = o.completedAtMs ?? null;
  const stops = countedStops(o.stopClocks, catalog, 'order');
  const stoppedMs = overlapMs(stops, o.orderedAtMs, completedAtMs ?? Infinity);
  const delayRunning = completedAtMs === null && stops.length > 0 && stops[stops.length - 1] === Infinity;
  const dueMs = dueDateEndMs + stoppedMs;
  return {
    id: o.id,
    serviceId: o.serviceId,
    orderedAtMs: o.orderedAtMs,
    completedAtMs,
    stopClocks: o.stopClocks ?? [],
    index,
    service,
    dueDate,
    negotiated,
    intervalDays: negotiated ? null : interval,
    dueDateEndMs,
    stoppedMs,
    delayRunning,
    dueMs,
    dueMonth: Number.isFinite(dueMs) ? clock.monthOf(dueMs - 1) : null,
    stops,
  };
}

/** Counted delay time of an order up to its completion, or up to `untilMs` while it is open (a running delay counts to there). */
export function orderDelayMs(o: PreparedOrder, untilMs: number): number {
  const to = o.completedAtMs ?? untilMs;
  return to > o.orderedAtMs ? overlapMs(o.stops, o.orderedAtMs, to) : 0;
}

/**
 * The one rule the order screens show: 'no-due' without a due date; completed before the
 * deadline (the end of the due date, extended by the delay): 'on-time', else 'late'; not
 * completed: 'late' once as-of reaches the deadline, 'pending' before (always while a delay runs).
 */
export function orderStatus(o: PreparedOrder, asOfMs: number): 'on-time' | 'late' | 'pending' | 'no-due' {
  if (o.dueDate === null) return 'no-due';
  if (o.completedAtMs !== null) return o.completedAtMs < o.dueMs ? 'on-time' : 'late';
  return asOfMs >= o.dueMs ? 'late' : 'pending';
}

/** The verdict memo of one SLA and month, indexed by service index. */
export function verdictCache(p: PreparedCase, slaId: string, month: string): Uint8Array {
  const key = `${slaId}|${month}`;
  let v = p.verdicts.get(key);
  if (!v) {
    v = new Uint8Array(p.services.length);
    p.verdicts.set(key, v);
  }
  return v;
}

/** Union of a site's usage events clipped to [from, to) (a running event counts up to `to`). */
export function usageMs(events: ReadonlyArray<UsageInput> | undefined, from: number, to: number): number {
  if (!events || events.length === 0 || !(to > from)) return 0;
  const flat: number[] = [];
  for (const u of events) {
    const s = u.startMs > from ? u.startMs : from;
    const endRaw = u.endMs ?? to;
    const e = endRaw < to ? endRaw : to;
    if (e > s) flat.push(s, e);
  }
  const merged = unionIntervals(flat);
  let sum = 0;
  for (let i = 0; i < merged.length; i += 2) sum += merged[i + 1]! - merged[i]!;
  return sum;
}
