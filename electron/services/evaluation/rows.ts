// The rows the engine needs, straight from SQLite, for a scope: the whole agency (the bench, a
// year's export), the months a month's report depends on, one ticket, one service. Each table is
// read in one query whatever the number of rows. Instants come out of SQLite as epoch ms
// (unixepoch): on an agency-year that costs the read ~40 ms more than handing JavaScript the text
// (measured), and spares the engine ~600,000 strings to make, parse and collect (~100 ms).
import { monthBounds, shiftMonth, toUtcIso } from '../../../shared/calendar/instant';
import { isServiceLevelCatalog, type ServiceInput, type TicketInput } from '../../../shared/sla';
import type { Db } from '../db/open';
import { rowsMade, stmt } from '../db/statements';

/** Epoch ms of a stored instant; null for NULL, the text 'invalid' when it is not an instant. */
export type Ms = number | null | 'invalid';

export interface ServiceRow {
  id: number;
  circuitId: string;
  contractorId: number;
  catalogId: string;
  type: string;
  tier: ServiceInput['tier'];
  tmrcCents: number;
  aducCents: number;
  installFeeCents: number;
  site: string;
  seats: number;
}

export interface TicketRow {
  id: number;
  serviceId: number;
  kind: TicketInput['kind'];
  incidentId: number | null;
  alarmAtMs: Ms;
  openedAtMs: Ms;
  restoredAtMs: Ms;
  notRestoredAtMs: Ms;
  actualRestoredAtMs: Ms;
  closedAtMs: Ms;
  measuredMs: number | null;
  /** The contractor's ticket number (what the ATR and the contractor call it). */
  reference: string;
}

export interface StopClockRow {
  id: number;
  ticketId: number | null;
  orderId: number | null;
  code: string;
  startMs: Ms;
  endMs: Ms;
  voided: number;
  windowStartMs: Ms;
  windowEndMs: Ms;
  note: string;
}

export interface OrderRow {
  id: number;
  serviceId: number;
  orderedAtMs: Ms;
  /** The negotiated due date, an agency calendar date (29.4.8.10 "on or before the due date"). */
  dueDate: string | null;
  completedAtMs: Ms;
  /** The order's reference (service request number). */
  reference: string;
}

/** A notice (CALNET, kind '') or a notification received (a service-level catalog's kind). */
export interface NoticeRow {
  id: number;
  ticketId: number;
  atMs: Ms;
  kind: string;
}

/** An instant a service-level catalog's incident records (severityAssigned, referred, acknowledged). */
export interface TimeRow {
  ticketId: number;
  timeId: string;
  atMs: Ms;
}

/** A figure of a service-level contract's report: `value` / 10^`scale` in the catalog's unit. */
export interface FigureRow {
  contractorId: number;
  catalogId: string;
  period: string;
  figure: string;
  value: number;
  scale: number;
}

export interface AgencyRows {
  services: ServiceRow[];
  tickets: TicketRow[];
  stopClocks: StopClockRow[];
  notices: NoticeRow[];
  orders: OrderRow[];
  usage: Array<{ id: number; site: string; startMs: Ms; endMs: Ms }>;
  history: Array<{ sla: string; serviceId: number | null; site: string | null; month: string; met: number }>;
  /** Service-level catalogs (the help desk): incident times and the contract's figures. */
  times: TimeRow[];
  figures: FigureRow[];
}

/** No rows of a kind the scope does not read. */
export const NO_ROWS = Object.freeze([]) as unknown as never[];

/** SQL for an instant column as epoch ms (see Ms). */
function msOf(column: string, as: string): string {
  return `iif(${column} IS NULL, NULL, coalesce(round(unixepoch(${column}, 'subsec') * 1000), 'invalid')) AS ${as}`;
}

const SERVICES = `SELECT s.id, s.circuit_id AS circuitId, s.contractor_id AS contractorId, s.catalog_id AS catalogId, s.service_type AS type, s.tier,
  s.tmrc_cents AS tmrcCents, s.aduc_cents AS aducCents, s.install_fee_cents AS installFeeCents, s.site, s.seats FROM services s`;
const TICKETS = `SELECT t.id, t.service_id AS serviceId, t.kind, t.incident_id AS incidentId, ${msOf('t.alarm_at', 'alarmAtMs')}, ${msOf('t.opened_at', 'openedAtMs')},
  ${msOf('t.restored_at', 'restoredAtMs')}, ${msOf('t.not_restored_at', 'notRestoredAtMs')}, ${msOf('t.actual_restored_at', 'actualRestoredAtMs')},
  ${msOf('t.closed_at', 'closedAtMs')}, t.measured_ms AS measuredMs, t.contractor_ticket AS reference FROM tickets t`;
const STOP_CLOCKS = `SELECT id, ticket_id AS ticketId, order_id AS orderId, code, ${msOf('start_at', 'startMs')}, ${msOf('end_at', 'endMs')}, voided_at IS NOT NULL AS voided,
  ${msOf('window_start', 'windowStartMs')}, ${msOf('window_end', 'windowEndMs')}, note FROM stop_clocks
  WHERE retracted_at IS NULL`; // a retracted stop clock was entered in error: it never happened as recorded
const NOTICES = `SELECT id, ticket_id AS ticketId, ${msOf('at', 'atMs')}, kind FROM ticket_notices`;
const TIMES = `SELECT ticket_id AS ticketId, time_id AS timeId, ${msOf('at', 'atMs')} FROM ticket_times`;
const FIGURES = 'SELECT contractor_id AS contractorId, catalog_id AS catalogId, period, figure, value, scale FROM contract_figures';
const ORDERS = `SELECT o.id, o.service_id AS serviceId, ${msOf('o.ordered_at', 'orderedAtMs')}, o.due_date AS dueDate,
  ${msOf('o.completed_at', 'completedAtMs')}, o.reference AS reference FROM orders o`;
const USAGE = `SELECT id, site, ${msOf('start_at', 'startMs')}, ${msOf('end_at', 'endMs')} FROM survivability_events`;
const HISTORY = 'SELECT sla, service_id AS serviceId, site, month, met FROM sla_history';

// Tickets and stop clocks, the rows read by the thousand, come out of SQLite as arrays (rowsMade)
// and are made objects here by a literal: a reconciliation's 35,000 tickets and 75,000 stop clocks.

const TICKET_COLUMNS = 'id,serviceId,kind,incidentId,alarmAtMs,openedAtMs,restoredAtMs,notRestoredAtMs,actualRestoredAtMs,closedAtMs,measuredMs,reference';

/** Rows of a query on TICKETS (see rowsMade). */
function ticketRows(db: Db, sql: string, ...params: unknown[]): TicketRow[] {
  return rowsMade(db, sql, TICKET_COLUMNS, params, (r) => ({
    id: r[0] as number, serviceId: r[1] as number, kind: r[2] as TicketRow['kind'], incidentId: r[3] as number | null, alarmAtMs: r[4] as Ms, openedAtMs: r[5] as Ms,
    restoredAtMs: r[6] as Ms, notRestoredAtMs: r[7] as Ms, actualRestoredAtMs: r[8] as Ms, closedAtMs: r[9] as Ms, measuredMs: r[10] as number | null, reference: r[11] as string,
  }));
}

const STOP_CLOCK_COLUMNS = 'id,ticketId,orderId,code,startMs,endMs,voided,windowStartMs,windowEndMs,note';

/** Rows of a query on STOP_CLOCKS (see rowsMade). */
function stopClockRows(db: Db, sql: string, ...params: unknown[]): StopClockRow[] {
  return rowsMade(db, sql, STOP_CLOCK_COLUMNS, params, (r) => ({
    id: r[0] as number, ticketId: r[1] as number | null, orderId: r[2] as number | null, code: r[3] as string, startMs: r[4] as Ms, endMs: r[5] as Ms,
    voided: r[6] as number, windowStartMs: r[7] as Ms, windowEndMs: r[8] as Ms, note: r[9] as string,
  }));
}

/** A list of row ids as one bound parameter (json_each), so each query's text stays the same. */
const IDS = 'SELECT value FROM json_each(?)';
const ids = (list: Iterable<number>): string => JSON.stringify([...new Set(list)]);

// The ids of a list of tickets, written once for the three queries that read by them (stop
// clocks, notices, incident times): a reconciliation's list holds 35,000.
const ticketIdsOf = new WeakMap<readonly TicketRow[], string>();
function ticketIds(tickets: readonly TicketRow[]): string {
  let text = ticketIdsOf.get(tickets);
  if (text === undefined) ticketIdsOf.set(tickets, (text = ids(tickets.map((t) => t.id))));
  return text;
}

/**
 * Rows in the order of their ids, whatever index a query walked: the engine lists tickets, and a
 * ticket's stop clocks, in input order, so every scope gives the same explain lines.
 */
function byId<T extends { id: number }>(rows: T[]): T[] {
  return rows.sort((a, b) => a.id - b.id);
}

/** Every row of the agency (the bench's year, exports of the whole file). */
export function readAgencyRows(db: Db): AgencyRows {
  return {
    services: stmt(db, SERVICES).all() as ServiceRow[],
    tickets: ticketRows(db, TICKETS),
    stopClocks: stopClockRows(db, STOP_CLOCKS),
    notices: stmt(db, NOTICES).all() as AgencyRows['notices'],
    orders: stmt(db, ORDERS).all() as OrderRow[],
    usage: stmt(db, USAGE).all() as AgencyRows['usage'],
    history: stmt(db, HISTORY).all() as AgencyRows['history'],
    times: stmt(db, `${TIMES} ORDER BY ticket_id, time_id`).all() as TimeRow[],
    figures: stmt(db, `${FIGURES} ORDER BY id`).all() as FigureRow[],
  };
}

/**
 * The tickets given and the other tickets of their incidents: notices to CALNET belong to the
 * outage, so the engine pools them across an incident's tickets (29.4.8.9).
 */
function withIncidents(db: Db, tickets: TicketRow[]): TicketRow[] {
  const incidents = new Set<number>();
  for (const t of tickets) if (t.incidentId !== null) incidents.add(t.incidentId);
  if (incidents.size === 0) return tickets;
  const have = new Set(tickets.map((t) => t.id));
  const more = ticketRows(db, `${TICKETS} WHERE t.incident_id IN (${IDS})`, ids(incidents)).filter((t) => !have.has(t.id));
  return more.length === 0 ? tickets : byId([...tickets, ...more]);
}

function stopClocksOf(db: Db, tickets: TicketRow[], orders: OrderRow[]): StopClockRow[] {
  const forTickets = tickets.length ? stopClockRows(db, `${STOP_CLOCKS} AND ticket_id IN (${IDS})`, ticketIds(tickets)) : [];
  const forOrders = orders.length ? stopClockRows(db, `${STOP_CLOCKS} AND order_id IN (${IDS})`, ids(orders.map((o) => o.id))) : [];
  return byId(forOrders.length ? [...forTickets, ...forOrders] : forTickets);
}

function noticesOf(db: Db, tickets: TicketRow[]): AgencyRows['notices'] {
  return tickets.length ? (stmt(db, `${NOTICES} WHERE ticket_id IN (${IDS})`).all(ticketIds(tickets)) as AgencyRows['notices']) : [];
}

/** The incident times of these tickets (only incidents of a service-level catalog have any). */
function timesOf(db: Db, tickets: TicketRow[]): TimeRow[] {
  return tickets.length ? (stmt(db, `${TIMES} WHERE ticket_id IN (${IDS}) ORDER BY ticket_id, time_id`).all(ticketIds(tickets)) as TimeRow[]) : [];
}

/** The figures of some periods (months '2026-10', years '2026'), of one contractor or all. */
export function readFigures(db: Db, periods: readonly string[], contractorId: number | null): FigureRow[] {
  return stmt(db, `${FIGURES} WHERE period IN (${IDS}) AND (@contractor IS NULL OR contractor_id = @contractor) ORDER BY id`).all(JSON.stringify(periods), { contractor: contractorId }) as FigureRow[];
}

function servicesById(db: Db, list: Iterable<number>): ServiceRow[] {
  return byId(stmt(db, `${SERVICES} WHERE s.id IN (${IDS})`).all(ids(list)) as ServiceRow[]);
}

/** The first and last instants of a span of months, agency time, as stored text (UTC ISO-8601). */
function span(first: string, last: string, zone: string): { from: string; to: string; fromMs: number; toMs: number } {
  const fromMs = monthBounds(first, zone).start;
  const toMs = monthBounds(last, zone).end;
  return { from: toUtcIso(fromMs), to: toUtcIso(toMs), fromMs, toMs };
}

/** Farthest a committed interval reaches (days), with a margin for the zone's offsets. */
const ORDER_REACH_DAYS = 2;

/**
 * Orders whose due month can fall in [first, last]: ordered before the span ends, and due in it or
 * later: a negotiated due date from the day before the span (its end is the next midnight), an
 * order date from `intervalDays` (+ margin) before the span when the committed interval decides,
 * or any order with a Customer Provisioning Delay, which extends the due date by its length.
 */
function ordersDueIn(db: Db, first: string, last: string, zone: string, intervalDays: number, contractorId: number | null): OrderRow[] {
  const { to, fromMs } = span(first, last, zone);
  const dayBefore = toUtcIso(fromMs - 86_400_000).slice(0, 10);
  const orderedFrom = toUtcIso(fromMs - (intervalDays + ORDER_REACH_DAYS) * 86_400_000);
  return stmt(
    db,
    `${ORDERS} JOIN services s ON s.id = o.service_id
     WHERE o.ordered_at < @to AND (@contractor IS NULL OR s.contractor_id = @contractor)
       AND (o.due_date >= @dayBefore OR (o.due_date IS NULL AND o.ordered_at >= @orderedFrom)
            OR EXISTS (SELECT 1 FROM stop_clocks sc WHERE sc.order_id = o.id AND sc.voided_at IS NULL AND sc.retracted_at IS NULL))
     ORDER BY o.id`,
  ).all({ to, dayBefore, orderedFrom, contractor: contractorId }) as OrderRow[];
}

export interface MonthScope {
  /** The month reported. */
  month: string;
  zone: string;
  contractorId?: number | null;
  /** The longest committed interval of the catalogs (days), to find the orders due in the month. */
  orderIntervalDays: number;
}

/** How many months before the reported one count for consecutive-miss steps (1 / 2 / 3 or more). */
export const MONTHS_BEFORE = 2;

/**
 * The rows of the month itself, not the whole history: tickets that started or closed in the
 * month (with their incidents' other tickets, for pooled notices), their stop clocks and notices;
 * the orders that can be due in the month; usage events overlapping the month and the two before
 * it (consecutive-miss steps of site survivability; they are few); the recorded history; the
 * services of the contractor still in service at the start of the month (a retired service keeps
 * its results up to the month it was disconnected in), and every service those rows name. The
 * two months before, for the services that missed a monthly SLA: readEarlierRows.
 */
export function readMonthRows(db: Db, scope: MonthScope): AgencyRows {
  const { from, to } = span(scope.month, scope.month, scope.zone);
  const contractor = scope.contractorId ?? null;
  const inMonth = withIncidents(
    db,
    byId(ticketRows(
      db,
      `${TICKETS} JOIN services s ON s.id = t.service_id
       WHERE ((t.start_at >= @from AND t.start_at < @to) OR (t.closed_at >= @from AND t.closed_at < @to))
         AND (@contractor IS NULL OR s.contractor_id = @contractor)`,
      { from, to, contractor },
    )),
  );
  const orders = ordersDueIn(db, scope.month, scope.month, scope.zone, scope.orderIntervalDays, contractor);
  const named = [...inMonth.map((t) => t.serviceId), ...orders.map((o) => o.serviceId)];
  const services = stmt(
    db,
    `${SERVICES} WHERE (@contractor IS NULL OR s.contractor_id = @contractor)
       AND (s.retired_on IS NULL OR s.retired_on >= @firstDay OR s.id IN (SELECT value FROM json_each(@named)))`,
  ).all({ contractor, firstDay: `${scope.month}-01`, named: ids(named) }) as ServiceRow[];
  const usageSpan = span(shiftMonth(scope.month, MONTHS_BEFORE), scope.month, scope.zone);
  return {
    services,
    tickets: inMonth,
    stopClocks: stopClocksOf(db, inMonth, orders),
    notices: noticesOf(db, inMonth),
    orders,
    usage: stmt(db, `${USAGE} WHERE start_at < @to AND (end_at IS NULL OR end_at > @from) ORDER BY id`).all({ from: usageSpan.from, to: usageSpan.to }) as AgencyRows['usage'],
    history: stmt(db, `${HISTORY} WHERE month <= ?`).all(scope.month) as AgencyRows['history'],
    times: timesOf(db, inMonth),
    // A service-level contract's month is scored from its figures of the month, and of its year.
    figures: readFigures(db, [scope.month, scope.month.slice(0, 4)], contractor),
  };
}

/**
 * The tickets of the given services that started or closed in the two months before `month`, with
 * their stop clocks and notices: what decides those months' availability, delay and jitter from
 * the data when the month missed (its consecutive-miss step).
 */
export function readEarlierRows(db: Db, serviceIds: number[], month: string, zone: string): Pick<AgencyRows, 'tickets' | 'stopClocks' | 'notices'> {
  const { from, to } = span(shiftMonth(month, MONTHS_BEFORE), shiftMonth(month, 1), zone);
  const tickets = ticketRows(
    db,
    `${TICKETS} WHERE t.service_id IN (SELECT value FROM json_each(@services))
       AND ((t.start_at >= @from AND t.start_at < @to) OR (t.closed_at >= @from AND t.closed_at < @to))`,
    { services: ids(serviceIds), from, to },
  );
  return { tickets, stopClocks: stopClocksOf(db, tickets, []), notices: noticesOf(db, tickets) };
}

/** Rows and more rows, each row once. */
export function mergeRows(rows: AgencyRows, more: Partial<AgencyRows>): AgencyRows {
  const add = <T extends { id: number }>(a: T[], b: T[] | undefined): T[] => {
    if (!b || b.length === 0) return a;
    const have = new Set(a.map((x) => x.id));
    return byId([...a, ...b.filter((x) => !have.has(x.id))]);
  };
  return {
    ...rows,
    services: add(rows.services, more.services),
    tickets: add(rows.tickets, more.tickets),
    stopClocks: add(rows.stopClocks, more.stopClocks),
    notices: add(rows.notices, more.notices),
    times: more.times && more.times.length ? [...rows.times, ...more.times.filter((x) => !rows.times.some((y) => y.ticketId === x.ticketId && y.timeId === x.timeId))] : rows.times,
  };
}

/** One ticket with the other tickets of its incident and their services (the ticket's own SLAs). */
export function readTicketRows(db: Db, ticketId: number): AgencyRows {
  const tickets = withIncidents(db, ticketRows(db, `${TICKETS} WHERE t.id = ?`, ticketId));
  return {
    services: servicesById(db, tickets.map((t) => t.serviceId)),
    tickets,
    stopClocks: stopClocksOf(db, tickets, []),
    notices: noticesOf(db, tickets),
    orders: [],
    usage: [],
    history: [],
    times: timesOf(db, tickets),
    figures: NO_ROWS,
  };
}

/**
 * One service's rows for the months [first, last]: all its tickets (a service has few; its
 * consecutive misses then come from all of its data), the orders due in those months of its
 * contractor (the monthly on-time percentage counts every order of the service type), its site's
 * usage from two months before `first` (consecutive-miss steps), its history.
 */
export function readServiceRows(db: Db, serviceId: number, first: string, last: string, zone: string, orderIntervalDays: number): AgencyRows {
  const [service] = servicesById(db, [serviceId]);
  if (!service) return { services: [], tickets: [], stopClocks: [], notices: [], orders: [], usage: [], history: [], times: [], figures: [] };
  const tickets = withIncidents(db, byId(ticketRows(db, `${TICKETS} WHERE t.service_id = ?`, serviceId)));
  const orders = ordersDueIn(db, first, last, zone, orderIntervalDays, service.contractorId);
  const site = service.site || service.circuitId;
  const { from, to } = span(shiftMonth(first, MONTHS_BEFORE), last, zone);
  const others = servicesById(db, [...tickets.map((t) => t.serviceId), ...orders.map((o) => o.serviceId)]).filter((s) => s.id !== serviceId);
  return {
    services: [service, ...others],
    tickets,
    stopClocks: stopClocksOf(db, tickets, orders),
    notices: noticesOf(db, tickets),
    orders,
    usage: stmt(db, `${USAGE} WHERE site = @site AND start_at < @to AND (end_at IS NULL OR end_at > @from) ORDER BY id`).all({ site, from, to }) as AgencyRows['usage'],
    history: stmt(db, `${HISTORY} WHERE service_id = @id OR site = @site`).all({ id: serviceId, site }) as AgencyRows['history'],
    times: timesOf(db, tickets),
    figures: NO_ROWS,
  };
}

/** One order with its service and stop clocks (its due date before its month is known). */
export function readOrderRows(db: Db, orderId: number): AgencyRows {
  const orders = stmt(db, `${ORDERS} WHERE o.id = ?`).all(orderId) as OrderRow[];
  return {
    services: servicesById(db, orders.map((o) => o.serviceId)),
    tickets: [],
    stopClocks: stopClocksOf(db, [], orders),
    notices: [],
    orders,
    usage: [],
    history: [],
    times: NO_ROWS,
    figures: NO_ROWS,
  };
}

/** The orders due in a month of one contractor (the monthly on-time percentage), with their services. */
export function readOrdersDueRows(db: Db, month: string, zone: string, contractorId: number, orderIntervalDays: number): AgencyRows {
  const orders = ordersDueIn(db, month, month, zone, orderIntervalDays, contractorId);
  return {
    services: servicesById(db, orders.map((o) => o.serviceId)),
    tickets: [],
    stopClocks: stopClocksOf(db, [], orders),
    notices: [],
    orders,
    usage: [],
    history: [],
    times: NO_ROWS,
    figures: NO_ROWS,
  };
}

/** Orders by id with their services and stop clocks (the orders list's due dates). */
export function readOrdersRows(db: Db, orderIds: number[]): AgencyRows {
  const orders = orderIds.length ? byId(stmt(db, `${ORDERS} WHERE o.id IN (${IDS})`).all(ids(orderIds)) as OrderRow[]) : [];
  return {
    services: servicesById(db, orders.map((o) => o.serviceId)),
    tickets: [],
    stopClocks: stopClocksOf(db, [], orders),
    notices: [],
    orders,
    usage: [],
    history: [],
    times: NO_ROWS,
    figures: NO_ROWS,
  };
}

/**
 * Tickets by id with their stop clocks, services and incident times (the live countdowns of open
 * tickets), and the notifications of those an incident schedule counts down (a service-level
 * catalog's: what falls due next depends on what was received).
 */
export function readLiveRows(db: Db, ticketIds: number[]): Pick<AgencyRows, 'services' | 'tickets' | 'stopClocks' | 'times' | 'notices'> {
  const tickets = ticketIds.length ? ticketRows(db, `${TICKETS} WHERE t.id IN (${IDS})`, ids(ticketIds)) : [];
  const times = timesOf(db, tickets);
  const services = tickets.length ? servicesById(db, tickets.map((t) => t.serviceId)) : [];
  const levels = new Set(services.filter((s) => isServiceLevelCatalog(s.catalogId)).map((s) => s.id));
  const incidents = levels.size ? tickets.filter((t) => levels.has(t.serviceId)) : [];
  return { services, tickets, stopClocks: stopClocksOf(db, tickets, []), times, notices: noticesOf(db, incidents) };
}

/**
 * A contractor's tickets that started or closed in [first, last] and the two months before it
 * (what matching a contractor's ticket report and weighing its differences read: the tickets,
 * their stop clocks and notices, every service of the contractor, and the services' history).
 * A ticket's notices are its own: not pooled across its incident.
 */
export function readContractorTicketRows(db: Db, contractorId: number, first: string, last: string, zone: string): AgencyRows {
  const { from, to } = span(shiftMonth(first, MONTHS_BEFORE), last, zone);
  // Each ticket with its own notices: pooling them across an incident (29.4.8.9) changes only a
  // Notification verdict, which carries no money, and would read every linked ticket besides.
  const tickets = byId(ticketRows(
    db,
    `${TICKETS} JOIN services s ON s.id = t.service_id
     WHERE s.contractor_id = @contractor AND ((t.start_at >= @from AND t.start_at < @to) OR (t.closed_at >= @from AND t.closed_at < @to))`,
    { contractor: contractorId, from, to },
  ));
  const services = stmt(db, `${SERVICES} WHERE s.contractor_id = ? ORDER BY s.id`).all(contractorId) as ServiceRow[];
  return {
    services,
    tickets,
    stopClocks: stopClocksOf(db, tickets, []),
    notices: noticesOf(db, tickets),
    orders: [],
    usage: [],
    history: stmt(db, `${HISTORY} WHERE service_id IN (SELECT id FROM services WHERE contractor_id = ?)`).all(contractorId) as AgencyRows['history'],
    times: timesOf(db, tickets),
    figures: NO_ROWS,
  };
}
