// The agency's data as the engine's model: read the rows (one query per table, whatever their
// number) and map them, instants parsed once, money already in cents.
import type { HistoryInput, ModelInput, OrderInput, ServiceInput, StopClockInput, TicketInput, UsageInput } from '../../../shared/sla';
import { parseInstantFast } from '../../../shared/calendar/zoneClock';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';

export interface AgencyRows {
  services: Array<{ id: number; type: string; tier: ServiceInput['tier']; tmrcCents: number; aducCents: number; installFeeCents: number; site: string }>;
  tickets: Array<{
    id: number; serviceId: number; kind: TicketInput['kind']; incidentId: number | null; alarmAt: string | null; openedAt: string;
    restoredAt: string | null; notRestoredAt: string | null; actualRestoredAt: string | null; closedAt: string | null; measuredMs: number | null;
  }>;
  stopClocks: Array<{ ticketId: number | null; orderId: number | null; code: string; startAt: string; endAt: string | null; voidedAt: string | null; windowStart: string | null; windowEnd: string | null }>;
  notices: Array<{ ticketId: number; at: string }>;
  orders: Array<{ id: number; serviceId: number; orderedAt: string; dueAt: string | null; completedAt: string | null }>;
  usage: Array<{ site: string; startAt: string; endAt: string | null }>;
  history: Array<{ sla: string; serviceId: number | null; site: string | null; month: string; met: number }>;
}

/** Every row the engine needs, straight from SQLite. */
export function readAgencyRows(db: Db): AgencyRows {
  return {
    services: stmt(db, 'SELECT id, service_type AS type, tier, tmrc_cents AS tmrcCents, aduc_cents AS aducCents, install_fee_cents AS installFeeCents, site FROM services').all() as AgencyRows['services'],
    tickets: stmt(
      db,
      `SELECT id, service_id AS serviceId, kind, incident_id AS incidentId, alarm_at AS alarmAt, opened_at AS openedAt, restored_at AS restoredAt,
              not_restored_at AS notRestoredAt, actual_restored_at AS actualRestoredAt, closed_at AS closedAt, measured_ms AS measuredMs FROM tickets`,
    ).all() as AgencyRows['tickets'],
    stopClocks: stmt(
      db,
      `SELECT ticket_id AS ticketId, order_id AS orderId, code, start_at AS startAt, end_at AS endAt, voided_at AS voidedAt,
              window_start AS windowStart, window_end AS windowEnd FROM stop_clocks`,
    ).all() as AgencyRows['stopClocks'],
    notices: stmt(db, 'SELECT ticket_id AS ticketId, at FROM ticket_notices').all() as AgencyRows['notices'],
    orders: stmt(db, 'SELECT id, service_id AS serviceId, ordered_at AS orderedAt, due_at AS dueAt, completed_at AS completedAt FROM orders').all() as AgencyRows['orders'],
    usage: stmt(db, 'SELECT site, start_at AS startAt, end_at AS endAt FROM survivability_events').all() as AgencyRows['usage'],
    history: stmt(db, 'SELECT sla, service_id AS serviceId, site, month, met FROM sla_history').all() as AgencyRows['history'],
  };
}

// Stored instants are UTC ISO-8601 written by the app itself: the engine's allocation-free
// reader gives Date.parse's answer several times faster (an agency-year holds ~600,000 of them).
const ms = (iso: string): number => parseInstantFast(iso) ?? Date.parse(iso);
const msOrNull = (iso: string | null): number | null => (iso === null ? null : ms(iso));

export function toStop(r: Omit<AgencyRows['stopClocks'][number], 'orderId' | 'ticketId'>): StopClockInput {
  return {
    code: r.code,
    startMs: ms(r.startAt),
    endMs: msOrNull(r.endAt),
    voided: r.voidedAt !== null,
    window: r.windowStart !== null && r.windowEnd !== null ? { startMs: ms(r.windowStart), endMs: ms(r.windowEnd) } : null,
  };
}

type TicketRow = AgencyRows['tickets'][number];

/**
 * The engine's view of a ticket row. After the End-User reports the service not restored, the
 * outage runs on until the actual restoration (29.4.8.11: "adjusted to the actual restoration time").
 */
export function toEngineTicket(t: TicketRow, stopClocks: StopClockInput[], noticesMs: number[] = [], serviceId = String(t.serviceId)): TicketInput {
  return {
    id: String(t.id),
    serviceId,
    kind: t.kind,
    incidentId: t.incidentId === null ? null : String(t.incidentId),
    alarmAtMs: msOrNull(t.alarmAt),
    openedAtMs: ms(t.openedAt),
    restoredAtMs: t.notRestoredAt !== null && t.actualRestoredAt === null ? null : msOrNull(t.restoredAt),
    actualRestoredAtMs: msOrNull(t.actualRestoredAt),
    closedAtMs: msOrNull(t.closedAt),
    measuredMs: t.measuredMs,
    noticesMs,
    stopClocks,
  };
}

/** One shared, frozen empty list for the many tickets with no stop clocks or notices. */
const NONE = Object.freeze([]) as unknown as never[];

/** The engine's model of the rows. */
export function toModelInput(rows: AgencyRows, zone: string, month: string): ModelInput {
  const ticketStops = new Map<number, StopClockInput[]>();
  const orderStops = new Map<number, StopClockInput[]>();
  for (const r of rows.stopClocks) {
    const map = r.ticketId !== null ? ticketStops : orderStops;
    const key = (r.ticketId ?? r.orderId) as number;
    const list = map.get(key);
    if (list) list.push(toStop(r));
    else map.set(key, [toStop(r)]);
  }
  const notices = new Map<number, number[]>();
  for (const n of rows.notices) {
    const list = notices.get(n.ticketId);
    if (list) list.push(ms(n.at));
    else notices.set(n.ticketId, [ms(n.at)]);
  }
  const services: ServiceInput[] = rows.services.map((s) => ({
    id: String(s.id), type: s.type, tier: s.tier, tmrcCents: s.tmrcCents, aducCents: s.aducCents, installFeeCents: s.installFeeCents, site: s.site || null,
  }));
  // Each ticket names its service with the service's own id string (one string per service).
  const serviceIds = new Map(services.map((s, i) => [rows.services[i]!.id, s.id]));
  const tickets: TicketInput[] = rows.tickets.map((t) => toEngineTicket(t, ticketStops.get(t.id) ?? NONE, notices.get(t.id) ?? NONE, serviceIds.get(t.serviceId)));
  const orders: OrderInput[] = rows.orders.map((o) => ({
    id: String(o.id), serviceId: String(o.serviceId), orderedAtMs: ms(o.orderedAt), dueAtMs: msOrNull(o.dueAt), completedAtMs: msOrNull(o.completedAt), stopClocks: orderStops.get(o.id) ?? NONE,
  }));
  const usage: UsageInput[] = rows.usage.map((u) => ({ site: u.site, startMs: ms(u.startAt), endMs: msOrNull(u.endAt) }));
  const history: HistoryInput[] = rows.history.map((h) => ({ sla: h.sla, serviceId: h.serviceId === null ? null : String(h.serviceId), site: h.site, month: h.month, met: h.met === 1 }));
  return { zone, month, services, tickets, orders, usage, history };
}
