// Service requests (orders) with their due dates and CUSTOMER_PROVISIONING_DELAY stop clocks
// (29.4.8.10 Provisioning).
import { instant, monthOf, toUtcIso } from '../../../shared/calendar/instant';
import type { Order } from '../../../shared/ipc/tickets';
import { prepareModel } from '../../../shared/sla/prepare';
import type { StopClockInput } from '../../../shared/sla/model';
import { AppError, notFound } from '../errors';
import { audit } from '../db/audit';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { checkInService } from './services';
import { orderStopClocks } from './stopClocks';
import { utc } from './tickets';

export interface OrderDraft {
  serviceId: number;
  reference: string;
  description: string;
  orderedAt: string;
  dueAt: string | null;
  completedAt: string | null;
}

interface OrderRow {
  id: number;
  serviceId: number;
  circuitId: string;
  serviceType: string;
  tier: 'basic' | 'standard' | 'premier';
  reference: string;
  description: string;
  orderedAt: string;
  dueAt: string | null;
  completedAt: string | null;
}

const SELECT = `SELECT o.id, o.service_id AS serviceId, s.circuit_id AS circuitId, s.service_type AS serviceType, s.tier,
  o.reference, o.description, o.ordered_at AS orderedAt, o.due_at AS dueAt, o.completed_at AS completedAt
  FROM orders o JOIN services s ON s.id = o.service_id`;

/** The due date the SLA measures against, from the engine: negotiated or committed interval, plus delays. */
function effectiveDue(row: OrderRow, stops: StopClockInput[], zone: string): string {
  const orderedAtMs = instant(row.orderedAt);
  const p = prepareModel({
    zone,
    month: monthOf(orderedAtMs, zone),
    services: [{ id: String(row.serviceId), type: row.serviceType, tier: row.tier, tmrcCents: 0 }],
    orders: [{ id: String(row.id), serviceId: String(row.serviceId), orderedAtMs, dueAtMs: row.dueAt ? instant(row.dueAt) : null, completedAtMs: row.completedAt ? instant(row.completedAt) : null, stopClocks: stops }],
  });
  const due = p.orders[0]?.dueMs ?? NaN;
  return Number.isFinite(due) ? toUtcIso(due) : '';
}

function zoneOf(db: Db): string {
  return (stmt(db, 'SELECT time_zone AS z FROM agency WHERE id = 1').get() as { z: string }).z;
}

function toOrder(db: Db, r: OrderRow): Order {
  const stopClocks = orderStopClocks(db, r.id);
  const inputs: StopClockInput[] = stopClocks.map((s) => ({
    code: s.code, startMs: instant(s.startAt), endMs: s.endAt ? instant(s.endAt) : null, voided: s.voidedAt !== null,
  }));
  return {
    id: r.id, serviceId: r.serviceId, circuitId: r.circuitId, reference: r.reference, description: r.description,
    orderedAt: r.orderedAt, dueAt: r.dueAt, completedAt: r.completedAt, effectiveDueAt: effectiveDue(r, inputs, zoneOf(db)), stopClocks,
  };
}

export function getOrder(db: Db, id: number): Order {
  const r = stmt(db, `${SELECT} WHERE o.id = ?`).get(id) as OrderRow | undefined;
  if (!r) throw notFound('The order');
  return toOrder(db, r);
}

export function listOrders(db: Db, serviceId?: number): Order[] {
  const rows = (serviceId === undefined
    ? stmt(db, `${SELECT} ORDER BY o.ordered_at DESC LIMIT 2000`).all()
    : stmt(db, `${SELECT} WHERE o.service_id = ? ORDER BY o.ordered_at DESC`).all(serviceId)) as OrderRow[];
  return rows.map((r) => toOrder(db, r));
}

function normalize(db: Db, d: OrderDraft): OrderDraft {
  if (!stmt(db, 'SELECT 1 FROM services WHERE id = ?').get(d.serviceId)) throw new AppError('invalid', 'Service is not in this agency\'s list', '/serviceId');
  const n = { ...d, orderedAt: utc(d.orderedAt), dueAt: d.dueAt === null ? null : utc(d.dueAt), completedAt: d.completedAt === null ? null : utc(d.completedAt) };
  checkInService(db, n.serviceId, n.orderedAt, 'order');
  if (n.dueAt !== null && n.dueAt < n.orderedAt) throw new AppError('invalid', 'The due date cannot be before the order date', '/dueAt');
  if (n.completedAt !== null && n.completedAt < n.orderedAt) throw new AppError('invalid', 'Completion cannot be before the order date', '/completedAt');
  return n;
}

export function createOrder(db: Db, d: OrderDraft, now: string): Order {
  return db.transaction(() => {
    const n = normalize(db, d);
    const id = Number(
      stmt(
        db,
        `INSERT INTO orders (service_id, reference, description, ordered_at, due_at, completed_at, created_at, updated_at)
         VALUES (@serviceId, @reference, @description, @orderedAt, @dueAt, @completedAt, @now, @now)`,
      ).run({ ...n, now }).lastInsertRowid,
    );
    const created = getOrder(db, id);
    audit(db, now, 'orders', id, 'insert', null, created);
    return created;
  })();
}

export function updateOrder(db: Db, id: number, d: OrderDraft, now: string): Order {
  return db.transaction(() => {
    const before = getOrder(db, id);
    const n = normalize(db, d);
    stmt(
      db,
      `UPDATE orders SET service_id = @serviceId, reference = @reference, description = @description, ordered_at = @orderedAt,
         due_at = @dueAt, completed_at = @completedAt, updated_at = @now WHERE id = @id`,
    ).run({ ...n, id, now });
    const after = getOrder(db, id);
    audit(db, now, 'orders', id, 'update', before, after);
    return after;
  })();
}
