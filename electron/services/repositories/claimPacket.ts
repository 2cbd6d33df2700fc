// What the claim packet reads besides the claim itself (electron/services/claimPacket.ts): the
// agency's letterhead and the ATR's signature block (migration 0060), and the records behind the
// claim's lines, fetched for all lines at once (a packet may have hundreds). SQL only.
import type { PacketOrder, PacketTicket } from '../../../shared/ipc/claims';
import type { ContractorNotice, UsageEvent } from '../../../shared/ipc/sla';
import type { StopClock, TicketEvent } from '../../../shared/ipc/tickets';
import { AppError } from '../errors';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { TICKET_SELECT, toTicket } from './tickets';

export interface PacketAgency {
  name: string;
  address: string;
  timeZone: string;
  atrName: string;
  atrTitle: string;
  atrPhone: string;
  atrEmail: string;
}

export function packetAgency(db: Db): PacketAgency {
  const r = stmt(
    db,
    `SELECT name, address, time_zone AS timeZone, atr_name AS atrName, atr_title AS atrTitle, atr_phone AS atrPhone, atr_email AS atrEmail
     FROM agency WHERE id = 1`,
  ).get() as PacketAgency | undefined;
  if (!r) throw new AppError('corrupt', 'The agency profile is missing from the data file');
  return r;
}

export interface PacketServiceRow {
  id: number;
  circuitId: string;
  serviceType: string;
  tier: string;
  site: string;
  address: string;
  tmrcCents: number;
  aducCents: number;
  installFeeCents: number;
}

const ids = (xs: readonly number[]) => JSON.stringify([...new Set(xs)]);

export function servicesByIds(db: Db, serviceIds: readonly number[]): Map<number, PacketServiceRow> {
  const rows = stmt(
    db,
    `SELECT id, circuit_id AS circuitId, service_type AS serviceType, tier, site, address, tmrc_cents AS tmrcCents, aduc_cents AS aducCents,
       install_fee_cents AS installFeeCents FROM services WHERE id IN (SELECT value FROM json_each(?))`,
  ).all(ids(serviceIds)) as PacketServiceRow[];
  return new Map(rows.map((r) => [r.id, r]));
}

/** The tickets of a service that started or closed in [from, to) (UTC instants as stored). */
export function serviceTicketIdsInMonth(db: Db, serviceIds: readonly number[], from: string, to: string): Map<number, number[]> {
  const rows = stmt(
    db,
    `SELECT id, service_id AS serviceId FROM tickets
     WHERE service_id IN (SELECT value FROM json_each(@ids))
       AND ((start_at >= @from AND start_at < @to) OR (closed_at >= @from AND closed_at < @to))
     ORDER BY start_at, id`,
  ).all({ ids: ids(serviceIds), from, to }) as Array<{ id: number; serviceId: number }>;
  const out = new Map<number, number[]>();
  for (const r of rows) out.set(r.serviceId, [...(out.get(r.serviceId) ?? []), r.id]);
  return out;
}

const EVENT_SELECT = `SELECT id, ticket_id AS ticketId, kind, at, who, level, whom, how, answer, detail, created_at AS createdAt,
  retracted_at AS retractedAt, retracted_reason AS retractedReason, retracted_by AS retractedBy, corrects_id AS correctsId,
  stop_clock_id AS stopClockId FROM ticket_events`;

const STOP_SELECT = `SELECT id, ticket_id AS ticketId, order_id AS orderId, code, start_at AS startAt, end_at AS endAt,
  window_start AS windowStart, window_end AS windowEnd, note, voided_at AS voidedAt, voided_reason AS voidedReason, voided_by AS voidedBy,
  retracted_at AS retractedAt, retracted_reason AS retractedReason, retracted_by AS retractedBy, corrects_id AS correctsId
  FROM stop_clocks`;

function groupBy<T, K>(rows: readonly T[], key: (r: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/**
 * The whole record of each ticket: the ticket, every timeline line (retracted ones too), every
 * stop clock (voided and retracted ones too), its contractor notices and its incident.
 * `title` names each stop clock's condition (the catalog's words).
 */
export function packetTickets(db: Db, ticketIds: readonly number[], title: (code: string) => string): Map<number, PacketTicket> {
  const list = ids(ticketIds);
  const tickets = (stmt(db, `${TICKET_SELECT} WHERE t.id IN (SELECT value FROM json_each(?))`).all(list) as Array<Parameters<typeof toTicket>[0]>).map(toTicket);
  const events = groupBy(stmt(db, `${EVENT_SELECT} WHERE ticket_id IN (SELECT value FROM json_each(?)) ORDER BY at, id`).all(list) as TicketEvent[], (e) => e.ticketId);
  const stops = groupBy(
    (stmt(db, `${STOP_SELECT} WHERE ticket_id IN (SELECT value FROM json_each(?)) ORDER BY start_at, id`).all(list) as Array<Omit<StopClock, 'title'>>).map((s) => ({ ...s, title: title(s.code) })),
    (s) => s.ticketId,
  );
  const notices = groupBy(
    stmt(db, 'SELECT id, ticket_id AS ticketId, at, method, note, created_at AS createdAt FROM ticket_notices WHERE ticket_id IN (SELECT value FROM json_each(?)) ORDER BY at, id').all(list) as ContractorNotice[],
    (n) => n.ticketId,
  );
  const incidents = new Map(
    (stmt(db, 'SELECT id, reference, category, description FROM incidents WHERE id IN (SELECT incident_id FROM tickets WHERE id IN (SELECT value FROM json_each(?)))').all(list) as Array<{
      id: number;
      reference: string;
      category: string;
      description: string;
    }>).map(({ id, ...rest }) => [id, rest]),
  );
  return new Map(
    tickets.map((t) => [
      t.id,
      {
        ticket: t,
        events: events.get(t.id) ?? [],
        stopClocks: stops.get(t.id) ?? [],
        notices: notices.get(t.id) ?? [],
        incident: t.incidentId === null ? null : (incidents.get(t.incidentId) ?? null),
      },
    ]),
  );
}

/** Each order with its stop clocks (Customer Provisioning Delay), voided and retracted ones too. */
export function packetOrders(db: Db, orderIds: readonly number[], title: (code: string) => string): Map<number, PacketOrder> {
  const list = ids(orderIds);
  const orders = stmt(
    db,
    `SELECT o.id, o.service_id AS serviceId, s.circuit_id AS circuitId, o.reference, o.description, o.ordered_at AS orderedAt, o.due_date AS dueDate,
       o.completed_at AS completedAt FROM orders o JOIN services s ON s.id = o.service_id WHERE o.id IN (SELECT value FROM json_each(?))`,
  ).all(list) as Array<Omit<PacketOrder, 'stopClocks'>>;
  const stops = groupBy(
    (stmt(db, `${STOP_SELECT} WHERE order_id IN (SELECT value FROM json_each(?)) ORDER BY start_at, id`).all(list) as Array<Omit<StopClock, 'title'>>).map((s) => ({ ...s, title: title(s.code) })),
    (s) => s.orderId,
  );
  return new Map(orders.map((o) => [o.id, { ...o, stopClocks: stops.get(o.id) ?? [] }]));
}

/** The usage events of the sites that touch [from, to) (an event still running touches every later month). */
export function siteUsageInMonth(db: Db, sites: readonly string[], from: string, to: string): Map<string, UsageEvent[]> {
  const rows = stmt(
    db,
    `SELECT id, site, start_at AS startAt, end_at AS endAt, note, updated_at AS updatedAt FROM survivability_events
     WHERE site IN (SELECT value FROM json_each(@sites)) AND start_at < @to AND (end_at IS NULL OR end_at > @from)
     ORDER BY start_at, id`,
  ).all({ sites: JSON.stringify([...new Set(sites)]), from, to }) as UsageEvent[];
  return groupBy(rows, (r) => r.site);
}

/** The availability verdicts recorded in the SLA history before ATR Desk, for a service, between two months. */
export function recordedAvailability(db: Db, serviceId: number, from: string, to: string): Array<{ month: string; met: boolean }> {
  return (stmt(db, "SELECT month, met FROM sla_history WHERE sla = 'availability' AND service_id = ? AND month >= ? AND month <= ? ORDER BY month").all(serviceId, from, to) as Array<{
    month: string;
    met: number;
  }>).map((r) => ({ month: r.month, met: r.met === 1 }));
}
