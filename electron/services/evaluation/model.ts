// The agency's rows as the engine's model, money already in cents. Rows are evaluated in groups
// of one catalog and one contractor: each service is under its own catalog (services.catalog_id),
// and each contractor's SLAs are its own (the monthly on-time percentage of provisioning counts
// that contractor's orders). Within a group a service is named by its Circuit ID, unique per
// contractor, so the explain lines and a case file name it as the ATR and the contractor do;
// tickets and orders are named by their row ids.
import {
  isCreditCatalog, loadCatalog, type FigureInput, type HistoryInput, type ModelInput, type NotificationInput, type OrderInput, type ServiceInput, type StopClockInput,
  type TicketInput, type UsageInput,
} from '../../../shared/sla';
import { isIsoDate } from '../../../shared/calendar/holidays';
import type { AgencyRows, FigureRow, Ms, ServiceRow, StopClockRow, TicketRow } from './rows';

/** The rows of one catalog and one contractor. */
export interface RowGroup {
  catalogId: string;
  contractorId: number;
  rows: AgencyRows;
}

/** The site keys of a group's site-survivability services (29.4.8.7 is per site): `site`, else the Circuit ID. */
function survivabilitySites(services: ServiceRow[], catalogId: string): Set<string> {
  const catalog = isCreditCatalog(catalogId) ? loadCatalog(catalogId) : null;
  const types = new Set(catalog ? catalog.slas.filter((s) => s.basis === 'site-usage').flatMap((s) => s.serviceTypes) : []);
  return new Set(services.filter((s) => types.has(s.type)).map((s) => s.site || s.circuitId));
}

/**
 * The rows split by (catalog, contractor) of their service. Usage events and site history name a
 * site, not a service: each group gets those of its own site-survivability sites, the only ones
 * its SLA counts (and all a case file of the group may hold).
 */
export function groupRows(rows: AgencyRows): RowGroup[] {
  const groups = new Map<string, RowGroup>();
  const groupOfService = new Map<number, RowGroup>();
  for (const s of rows.services) {
    const key = `${s.catalogId}|${s.contractorId}`;
    let g = groups.get(key);
    if (!g) {
      g = { catalogId: s.catalogId, contractorId: s.contractorId, rows: { services: [], tickets: [], stopClocks: [], notices: [], orders: [], usage: [], history: [], times: [], figures: [] } };
      groups.set(key, g);
    }
    g.rows.services.push(s);
    groupOfService.set(s.id, g);
  }
  const siteRows = (g: RowGroup) => {
    const sites = survivabilitySites(g.rows.services, g.catalogId);
    return { usage: rows.usage.filter((u) => sites.has(u.site)), siteHistory: rows.history.filter((h) => h.serviceId === null && h.site !== null && sites.has(h.site)) };
  };
  // One group holding every row's service: the rows are its own, uncopied. A contractor's month
  // can also hold tickets of another contractor's services (linked to the same incident): those
  // belong to no group here, as when every contractor is read, so the rows are split below.
  const allOwn = rows.tickets.every((t) => groupOfService.has(t.serviceId)) && rows.orders.every((o) => groupOfService.has(o.serviceId));
  // A service-level contract's figures are its contractor's under its catalog.
  const figuresOf = (g: RowGroup): FigureRow[] => rows.figures.filter((f) => f.catalogId === g.catalogId && f.contractorId === g.contractorId);
  if (groups.size === 1 && allOwn) {
    const only = [...groups.values()][0]!;
    const { usage, siteHistory } = siteRows(only);
    only.rows = { ...rows, services: only.rows.services, usage, history: [...rows.history.filter((h) => h.serviceId !== null), ...siteHistory], figures: figuresOf(only) };
    return [only];
  }
  const groupOfTicket = new Map<number, RowGroup>();
  const groupOfOrder = new Map<number, RowGroup>();
  for (const t of rows.tickets) {
    const g = groupOfService.get(t.serviceId);
    if (!g) continue;
    g.rows.tickets.push(t);
    groupOfTicket.set(t.id, g);
  }
  for (const o of rows.orders) {
    const g = groupOfService.get(o.serviceId);
    if (!g) continue;
    g.rows.orders.push(o);
    groupOfOrder.set(o.id, g);
  }
  for (const sc of rows.stopClocks) (sc.ticketId !== null ? groupOfTicket.get(sc.ticketId) : groupOfOrder.get(sc.orderId as number))?.rows.stopClocks.push(sc);
  for (const n of rows.notices) groupOfTicket.get(n.ticketId)?.rows.notices.push(n);
  for (const x of rows.times) groupOfTicket.get(x.ticketId)?.rows.times.push(x);
  for (const h of rows.history) if (h.serviceId !== null) groupOfService.get(h.serviceId)?.rows.history.push(h);
  for (const g of groups.values()) {
    const { usage, siteHistory } = siteRows(g);
    g.rows.usage = usage;
    g.rows.history.push(...siteHistory);
    g.rows.figures = figuresOf(g);
  }
  return [...groups.values()];
}

/** The instant of a row, refusing a stored text that is not one (the data file was edited by hand). */
function at(v: Ms, table: string, column: string, id: number): number | null {
  if (v === 'invalid') throw new Error(`The data file has a ${table}.${column} that is not an ISO-8601 instant (row ${id}).`);
  return v;
}

/** A stored agency date, refusing text that is not a real 'YYYY-MM-DD' date. */
function date(v: string | null, table: string, column: string, id: number): string | null {
  if (v !== null && !isIsoDate(v)) throw new Error(`The data file has a ${table}.${column} that is not a date written YYYY-MM-DD (row ${id}).`);
  return v;
}

function need(v: Ms, table: string, column: string, id: number): number {
  const ms = at(v, table, column, id);
  if (ms === null) throw new Error(`The data file has a ${table} row without ${column} (row ${id}).`);
  return ms;
}

function stopClock(code: string, startMs: number, endMs: number | null, voided: boolean, windowStart: number | null, windowEnd: number | null, note: string | null): StopClockInput {
  return { code, startMs, endMs, voided, window: windowStart !== null && windowEnd !== null ? { startMs: windowStart, endMs: windowEnd } : null, note };
}

/** The engine's stop clock of a row (ticket or order). */
export function stopClockInput(r: StopClockRow): StopClockInput {
  return stopClock(
    r.code,
    need(r.startMs, 'stop_clocks', 'start_at', r.id),
    at(r.endMs, 'stop_clocks', 'end_at', r.id),
    r.voided === 1,
    at(r.windowStartMs, 'stop_clocks', 'window_start', r.id),
    at(r.windowEndMs, 'stop_clocks', 'window_end', r.id),
    r.note || null,
  );
}

/**
 * The engine's ticket of a row, on the service the engine knows as `serviceId`. The contractor's
 * restoration, the End-User's report that it did not hold and the actual restoration go in as
 * recorded: the engine decides the measured restoration and where after-restoration stop clocks
 * count (29.4.7 items 2 and 3, 29.4.8.11 "adjusted to the actual restoration time").
 */
export function ticketInput(
  t: TicketRow,
  serviceId: string,
  stopClocks: StopClockInput[],
  noticesMs: number[],
  incident?: { times: Record<string, number | null>; notifications: NotificationInput[] },
): TicketInput {
  return {
    id: String(t.id),
    serviceId,
    kind: t.kind,
    incidentId: t.incidentId === null ? null : String(t.incidentId),
    alarmAtMs: at(t.alarmAtMs, 'tickets', 'alarm_at', t.id),
    openedAtMs: need(t.openedAtMs, 'tickets', 'opened_at', t.id),
    restoredAtMs: at(t.restoredAtMs, 'tickets', 'restored_at', t.id),
    notRestoredAtMs: at(t.notRestoredAtMs, 'tickets', 'not_restored_at', t.id),
    actualRestoredAtMs: at(t.actualRestoredAtMs, 'tickets', 'actual_restored_at', t.id),
    closedAtMs: at(t.closedAtMs, 'tickets', 'closed_at', t.id),
    measuredMs: t.measuredMs,
    noticesMs,
    stopClocks,
    times: incident?.times,
    notifications: incident?.notifications,
  };
}

/** A service-level incident's times and notifications from its rows (none for a CALNET ticket), by ticket id. */
export function incidentFacts(rows: Pick<AgencyRows, 'times' | 'notices'>): Map<number, { times: Record<string, number | null>; notifications: NotificationInput[] }> {
  const out = new Map<number, { times: Record<string, number | null>; notifications: NotificationInput[] }>();
  const of = (id: number) => {
    let f = out.get(id);
    if (!f) out.set(id, (f = { times: {}, notifications: [] }));
    return f;
  };
  for (const x of rows.times) of(x.ticketId).times[x.timeId] = at(x.atMs, 'ticket_times', 'at', x.ticketId);
  for (const n of rows.notices) if (n.kind !== '') of(n.ticketId).notifications.push({ kind: n.kind, atMs: need(n.atMs, 'ticket_notices', 'at', n.id) });
  return out;
}

/** The engine's figures of a group's rows, in the catalog's unit (value / 10^scale). */
export function figureInputs(rows: FigureRow[]): FigureInput[] {
  return rows.map((f) => ({ period: f.period, figure: f.figure, value: f.value / 10 ** f.scale }));
}

/** The engine's service: named by its Circuit ID within its group. */
export function engineService(s: ServiceRow, id: string = s.circuitId): ServiceInput {
  // '' (stored for a service of a catalog without tiers, the help desk) is no tier.
  return { id, type: s.type, tier: s.tier || null, tmrcCents: s.tmrcCents, aducCents: s.aducCents, installFeeCents: s.installFeeCents, site: s.site || null, seats: s.seats };
}

/** One shared, frozen empty list for the many tickets with no stop clocks or notices. */
const NONE = Object.freeze([]) as unknown as never[];

/** A group's model, and the service row behind each engine service id. */
export interface GroupModel {
  input: ModelInput;
  /** Engine service id (Circuit ID) → row. */
  services: Map<string, ServiceRow>;
}

/** The engine's model of one group's rows (see groupRows). */
export function toModelInput(rows: AgencyRows, zone: string, month: string): GroupModel {
  // Lists by row id: ids are SQLite rowids, dense from 1, so plain arrays index them (indexed
  // loops too: this runs once per evaluation over up to ~250,000 rows, before the JIT has warmed up).
  const ticketStops: StopClockInput[][] = [];
  const orderStops: StopClockInput[][] = [];
  for (let i = 0; i < rows.stopClocks.length; i++) {
    const r = rows.stopClocks[i]!;
    const map = r.ticketId !== null ? ticketStops : orderStops;
    const key = (r.ticketId ?? r.orderId) as number;
    const sc = stopClockInput(r);
    const list = map[key];
    if (list) list.push(sc);
    else map[key] = [sc];
  }
  const notices: number[][] = [];
  for (let i = 0; i < rows.notices.length; i++) {
    const n = rows.notices[i]!;
    if (n.kind !== '') continue; // a notification of a service-level catalog (incidentFacts)
    const atMs = need(n.atMs, 'ticket_notices', 'at', n.id);
    const list = notices[n.ticketId];
    if (list) list.push(atMs);
    else notices[n.ticketId] = [atMs];
  }
  // Circuit IDs are unique per contractor (case-insensitively); should two rows of a group still
  // share one, the later is told apart by its row id rather than merged.
  const byEngineId = new Map<string, ServiceRow>();
  const engineId: string[] = [];
  const services: ServiceInput[] = [];
  for (const s of rows.services) {
    const id = byEngineId.has(s.circuitId) ? `${s.circuitId} (#${s.id})` : s.circuitId;
    byEngineId.set(id, s);
    engineId[s.id] = id;
    services.push(engineService(s, id));
  }
  const tickets: TicketInput[] = [];
  const incidents = rows.times.length > 0 || rows.notices.some((n) => n.kind !== '') ? incidentFacts(rows) : null;
  for (let i = 0; i < rows.tickets.length; i++) {
    const t = rows.tickets[i]!;
    tickets.push(ticketInput(t, engineId[t.serviceId] ?? String(t.serviceId), ticketStops[t.id] ?? NONE, notices[t.id] ?? NONE, incidents?.get(t.id)));
  }
  const orders: OrderInput[] = rows.orders.map((o) => ({
    id: String(o.id),
    serviceId: engineId[o.serviceId] ?? String(o.serviceId),
    orderedAtMs: need(o.orderedAtMs, 'orders', 'ordered_at', o.id),
    dueDate: date(o.dueDate, 'orders', 'due_date', o.id),
    completedAtMs: at(o.completedAtMs, 'orders', 'completed_at', o.id),
    stopClocks: orderStops[o.id] ?? NONE,
  }));
  const usage: UsageInput[] = rows.usage.map((u) => ({ site: u.site, startMs: need(u.startMs, 'survivability_events', 'start_at', u.id), endMs: at(u.endMs, 'survivability_events', 'end_at', u.id) }));
  const history: HistoryInput[] = [];
  for (const h of rows.history) {
    const serviceId = h.serviceId === null ? null : engineId[h.serviceId];
    if (serviceId === undefined) continue; // a service outside the group
    history.push({ sla: h.sla, serviceId, site: h.site, month: h.month, met: h.met === 1 });
  }
  return { input: { zone, month, services, tickets, orders, usage, history, figures: figureInputs(rows.figures) }, services: byEngineId };
}
