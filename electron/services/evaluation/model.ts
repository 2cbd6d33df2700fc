// The agency's data as the engine's model: read the rows (one query per table, whatever their
// number) and map them, money already in cents. Instants come out of SQLite as epoch ms
// (unixepoch): on an agency-year that costs the read ~40 ms more than handing JavaScript the text
// (measured), and spares the engine ~600,000 strings to make, parse and collect (~100 ms).
import type { HistoryInput, ModelInput, OrderInput, ServiceInput, StopClockInput, TicketInput, UsageInput } from '../../../shared/sla';
import { parseInstantFast } from '../../../shared/calendar/zoneClock';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';

/** Epoch ms of a stored instant; null for NULL, the text 'invalid' when it is not an instant. */
type Ms = number | null | 'invalid';

export interface AgencyRows {
  services: Array<{ id: number; type: string; tier: ServiceInput['tier']; tmrcCents: number; aducCents: number; installFeeCents: number; site: string }>;
  tickets: Array<{
    id: number; serviceId: number; kind: TicketInput['kind']; incidentId: number | null; alarmAtMs: Ms; openedAtMs: Ms;
    restoredAtMs: Ms; notRestoredAtMs: Ms; actualRestoredAtMs: Ms; closedAtMs: Ms; measuredMs: number | null;
  }>;
  stopClocks: Array<{ id: number; ticketId: number | null; orderId: number | null; code: string; startMs: Ms; endMs: Ms; voided: number; windowStartMs: Ms; windowEndMs: Ms }>;
  notices: Array<{ id: number; ticketId: number; atMs: Ms }>;
  orders: Array<{ id: number; serviceId: number; orderedAtMs: Ms; dueAtMs: Ms; completedAtMs: Ms }>;
  usage: Array<{ id: number; site: string; startMs: Ms; endMs: Ms }>;
  history: Array<{ sla: string; serviceId: number | null; site: string | null; month: string; met: number }>;
}

/** SQL for an instant column as epoch ms (see Ms). */
function msOf(column: string, as: string): string {
  return `iif(${column} IS NULL, NULL, coalesce(round(unixepoch(${column}, 'subsec') * 1000), 'invalid')) AS ${as}`;
}

/** Every row the engine needs, straight from SQLite. */
export function readAgencyRows(db: Db): AgencyRows {
  return {
    services: stmt(db, 'SELECT id, service_type AS type, tier, tmrc_cents AS tmrcCents, aduc_cents AS aducCents, install_fee_cents AS installFeeCents, site FROM services').all() as AgencyRows['services'],
    tickets: stmt(
      db,
      `SELECT id, service_id AS serviceId, kind, incident_id AS incidentId, ${msOf('alarm_at', 'alarmAtMs')}, ${msOf('opened_at', 'openedAtMs')},
              ${msOf('restored_at', 'restoredAtMs')}, ${msOf('not_restored_at', 'notRestoredAtMs')}, ${msOf('actual_restored_at', 'actualRestoredAtMs')},
              ${msOf('closed_at', 'closedAtMs')}, measured_ms AS measuredMs FROM tickets`,
    ).all() as AgencyRows['tickets'],
    stopClocks: stmt(
      db,
      `SELECT id, ticket_id AS ticketId, order_id AS orderId, code, ${msOf('start_at', 'startMs')}, ${msOf('end_at', 'endMs')}, voided_at IS NOT NULL AS voided,
              ${msOf('window_start', 'windowStartMs')}, ${msOf('window_end', 'windowEndMs')} FROM stop_clocks`,
    ).all() as AgencyRows['stopClocks'],
    notices: stmt(db, `SELECT id, ticket_id AS ticketId, ${msOf('at', 'atMs')} FROM ticket_notices`).all() as AgencyRows['notices'],
    orders: stmt(db, `SELECT id, service_id AS serviceId, ${msOf('ordered_at', 'orderedAtMs')}, ${msOf('due_at', 'dueAtMs')}, ${msOf('completed_at', 'completedAtMs')} FROM orders`).all() as AgencyRows['orders'],
    usage: stmt(db, `SELECT id, site, ${msOf('start_at', 'startMs')}, ${msOf('end_at', 'endMs')} FROM survivability_events`).all() as AgencyRows['usage'],
    history: stmt(db, 'SELECT sla, service_id AS serviceId, site, month, met FROM sla_history').all() as AgencyRows['history'],
  };
}

/** The instant of a row, refusing a stored text that is not one (the data file was edited by hand). */
function at(v: Ms, table: string, column: string, id: number): number | null {
  if (v === 'invalid') throw new Error(`The data file has a ${table}.${column} that is not an ISO-8601 instant (row ${id}).`);
  return v;
}

function need(v: Ms, table: string, column: string, id: number): number {
  const ms = at(v, table, column, id);
  if (ms === null) throw new Error(`The data file has a ${table} row without ${column} (row ${id}).`);
  return ms;
}

/**
 * The contractor's restoration as the engine counts it: after the End-User reports the service
 * not restored, the outage runs on until the actual restoration (29.4.8.11: "adjusted to the
 * actual restoration time"), so the contractor's restoration no longer ends it.
 */
function countedRestoration(restored: number | null, notRestored: number | null, actualRestored: number | null): number | null {
  return notRestored !== null && actualRestored === null ? null : restored;
}

// Live countdowns map a few open tickets whose instants they hold as text (UTC ISO-8601 the app
// wrote): the same mapping from text.
const ms = (iso: string): number => parseInstantFast(iso) ?? Date.parse(iso);
const msOrNull = (iso: string | null): number | null => (iso === null ? null : ms(iso));

/** A stop clock row with its instants as text. */
export interface StopClockText {
  code: string;
  startAt: string;
  endAt: string | null;
  voidedAt: string | null;
  windowStart: string | null;
  windowEnd: string | null;
}

export function toStop(r: StopClockText): StopClockInput {
  return stopClock(r.code, ms(r.startAt), msOrNull(r.endAt), r.voidedAt !== null, msOrNull(r.windowStart), msOrNull(r.windowEnd));
}

function stopClock(code: string, startMs: number, endMs: number | null, voided: boolean, windowStart: number | null, windowEnd: number | null): StopClockInput {
  return { code, startMs, endMs, voided, window: windowStart !== null && windowEnd !== null ? { startMs: windowStart, endMs: windowEnd } : null };
}

/** A ticket with its instants as text. */
export interface TicketText {
  id: number;
  serviceId: number;
  kind: TicketInput['kind'];
  incidentId: number | null;
  alarmAt: string | null;
  openedAt: string;
  restoredAt: string | null;
  notRestoredAt: string | null;
  actualRestoredAt: string | null;
  closedAt: string | null;
  measuredMs: number | null;
}

/** The engine's view of a ticket held as text. */
export function toEngineTicket(t: TicketText, stopClocks: StopClockInput[], noticesMs: number[] = []): TicketInput {
  const actual = msOrNull(t.actualRestoredAt);
  return engineTicket(t, String(t.serviceId), msOrNull(t.alarmAt), ms(t.openedAt), countedRestoration(msOrNull(t.restoredAt), msOrNull(t.notRestoredAt), actual), actual, msOrNull(t.closedAt), stopClocks, noticesMs);
}

function engineTicket(
  t: { id: number; kind: TicketInput['kind']; incidentId: number | null; measuredMs: number | null },
  serviceId: string,
  alarmAtMs: number | null,
  openedAtMs: number,
  restoredAtMs: number | null,
  actualRestoredAtMs: number | null,
  closedAtMs: number | null,
  stopClocks: StopClockInput[],
  noticesMs: number[],
): TicketInput {
  return {
    id: String(t.id),
    serviceId,
    kind: t.kind,
    incidentId: t.incidentId === null ? null : String(t.incidentId),
    alarmAtMs,
    openedAtMs,
    restoredAtMs,
    actualRestoredAtMs,
    closedAtMs,
    measuredMs: t.measuredMs,
    noticesMs,
    stopClocks,
  };
}

/** One shared, frozen empty list for the many tickets with no stop clocks or notices. */
const NONE = Object.freeze([]) as unknown as never[];

/** The engine's model of the rows. */
export function toModelInput(rows: AgencyRows, zone: string, month: string): ModelInput {
  // Lists by row id: ids are SQLite rowids, dense from 1, so plain arrays index them (indexed
  // loops too: this runs once per evaluation over ~250,000 rows, before the JIT has warmed up).
  const ticketStops: StopClockInput[][] = [];
  const orderStops: StopClockInput[][] = [];
  for (let i = 0; i < rows.stopClocks.length; i++) {
    const r = rows.stopClocks[i]!;
    const map = r.ticketId !== null ? ticketStops : orderStops;
    const key = (r.ticketId ?? r.orderId) as number;
    const sc = stopClock(
      r.code,
      need(r.startMs, 'stop_clocks', 'start_at', r.id),
      at(r.endMs, 'stop_clocks', 'end_at', r.id),
      r.voided === 1,
      at(r.windowStartMs, 'stop_clocks', 'window_start', r.id),
      at(r.windowEndMs, 'stop_clocks', 'window_end', r.id),
    );
    const list = map[key];
    if (list) list.push(sc);
    else map[key] = [sc];
  }
  const notices: number[][] = [];
  for (let i = 0; i < rows.notices.length; i++) {
    const n = rows.notices[i]!;
    const atMs = need(n.atMs, 'ticket_notices', 'at', n.id);
    const list = notices[n.ticketId];
    if (list) list.push(atMs);
    else notices[n.ticketId] = [atMs];
  }
  const services: ServiceInput[] = rows.services.map((s) => ({
    id: String(s.id), type: s.type, tier: s.tier, tmrcCents: s.tmrcCents, aducCents: s.aducCents, installFeeCents: s.installFeeCents, site: s.site || null,
  }));
  // Each ticket names its service with the service's own id string (one string per service).
  const serviceIds = new Map(services.map((s, i) => [rows.services[i]!.id, s.id]));
  const tickets: TicketInput[] = [];
  for (let i = 0; i < rows.tickets.length; i++) {
    const t = rows.tickets[i]!;
    const actual = at(t.actualRestoredAtMs, 'tickets', 'actual_restored_at', t.id);
    const restored = countedRestoration(at(t.restoredAtMs, 'tickets', 'restored_at', t.id), at(t.notRestoredAtMs, 'tickets', 'not_restored_at', t.id), actual);
    tickets.push(
      engineTicket(
        t,
        serviceIds.get(t.serviceId) ?? String(t.serviceId),
        at(t.alarmAtMs, 'tickets', 'alarm_at', t.id),
        need(t.openedAtMs, 'tickets', 'opened_at', t.id),
        restored,
        actual,
        at(t.closedAtMs, 'tickets', 'closed_at', t.id),
        ticketStops[t.id] ?? NONE,
        notices[t.id] ?? NONE,
      ),
    );
  }
  const orders: OrderInput[] = rows.orders.map((o) => ({
    id: String(o.id),
    serviceId: String(o.serviceId),
    orderedAtMs: need(o.orderedAtMs, 'orders', 'ordered_at', o.id),
    dueAtMs: at(o.dueAtMs, 'orders', 'due_at', o.id),
    completedAtMs: at(o.completedAtMs, 'orders', 'completed_at', o.id),
    stopClocks: orderStops[o.id] ?? NONE,
  }));
  const usage: UsageInput[] = rows.usage.map((u) => ({ site: u.site, startMs: need(u.startMs, 'survivability_events', 'start_at', u.id), endMs: at(u.endMs, 'survivability_events', 'end_at', u.id) }));
  const history: HistoryInput[] = rows.history.map((h) => ({ sla: h.sla, serviceId: h.serviceId === null ? null : String(h.serviceId), site: h.site, month: h.month, met: h.met === 1 }));
  return { zone, month, services, tickets, orders, usage, history };
}
