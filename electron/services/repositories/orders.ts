// Service requests (orders) with their negotiated due dates and CUSTOMER_PROVISIONING_DELAY stop
// clocks (29.4.8.10 Provisioning). What the due date comes to (the committed interval, the delay,
// on time or late) is the engine's, through electron/services/evaluation/orders.ts.
import type { Order } from '../../../shared/ipc/tickets';
import { AppError, notFound } from '../errors';
import { audit } from '../db/audit';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { agencyDate } from '../evaluation/zone';
import { checkInService } from './services';
import { catalogTitle, isCreditCatalog } from '../../../shared/sla/catalog';
import { orderStopClocks } from './stopClocks';
import { utc } from './tickets';
import { notInFuture } from './timeRules';

export interface OrderDraft {
  serviceId: number;
  reference: string;
  description: string;
  orderedAt: string;
  /** The negotiated due date, an agency date 'YYYY-MM-DD'. */
  dueDate: string | null;
  completedAt: string | null;
}

/** An order as stored, without the engine's facts of its due date. */
export type OrderRecord = Omit<Order, 'due'>;

type OrderRow = Omit<OrderRecord, 'stopClocks'>;

// due_at keeps the instant typed before v4 (migration 0040); the due date is due_date.
const SELECT = `SELECT o.id, o.service_id AS serviceId, s.circuit_id AS circuitId, o.reference, o.description, o.ordered_at AS orderedAt,
  o.due_date AS dueDate, o.completed_at AS completedAt FROM orders o JOIN services s ON s.id = o.service_id`;

function toOrder(db: Db, r: OrderRow): OrderRecord {
  return { ...r, stopClocks: orderStopClocks(db, r.id) };
}

export function getOrder(db: Db, id: number): OrderRecord {
  const r = stmt(db, `${SELECT} WHERE o.id = ?`).get(id) as OrderRow | undefined;
  if (!r) throw notFound('The order');
  return toOrder(db, r);
}

export function listOrders(db: Db, serviceId?: number): OrderRecord[] {
  const rows = (serviceId === undefined
    ? stmt(db, `${SELECT} ORDER BY o.ordered_at DESC LIMIT 2000`).all()
    : stmt(db, `${SELECT} WHERE o.service_id = ? ORDER BY o.ordered_at DESC`).all(serviceId)) as OrderRow[];
  return rows.map((r) => toOrder(db, r));
}

function normalize(db: Db, d: OrderDraft, now: string): OrderDraft {
  const svc = stmt(db, 'SELECT circuit_id AS circuitId, catalog_id AS catalogId FROM services WHERE id = ?').get(d.serviceId) as { circuitId: string; catalogId: string } | undefined;
  if (!svc) throw new AppError('not_found', 'Service is not in this agency\'s list', '/serviceId');
  // Orders are measured by a credit catalog's Provisioning SLA; a service-level contract (the help desk) has none.
  if (!isCreditCatalog(svc.catalogId)) throw new AppError('refused', `${svc.circuitId} is under ${catalogTitle(svc.catalogId)}, which has no provisioning SLA: record orders on a CALNET service`, '/serviceId');
  const n = { ...d, orderedAt: utc(d.orderedAt), completedAt: d.completedAt === null ? null : utc(d.completedAt) };
  // The order was placed and completed already; only the due date lies ahead.
  notInFuture(db, n.orderedAt, now, 'The order date', '/orderedAt');
  notInFuture(db, n.completedAt, now, 'The completion', '/completedAt');
  checkInService(db, n.serviceId, n.orderedAt, 'order');
  // Both are dates of the agency's zone: a due date on the order's own date is allowed, the day before is not.
  const orderedOn = agencyDate(db, Date.parse(n.orderedAt));
  if (n.dueDate !== null && n.dueDate < orderedOn) throw new AppError('invalid', `The due date cannot be before the order's date (${orderedOn})`, '/dueDate');
  if (n.completedAt !== null && n.completedAt < n.orderedAt) throw new AppError('invalid', 'Completion cannot be before the order date', '/completedAt');
  return n;
}

export function createOrder(db: Db, d: OrderDraft, now: string): OrderRecord {
  return db.transaction(() => {
    const n = normalize(db, d, now);
    const id = Number(
      stmt(
        db,
        `INSERT INTO orders (service_id, reference, description, ordered_at, due_date, completed_at, created_at, updated_at)
         VALUES (@serviceId, @reference, @description, @orderedAt, @dueDate, @completedAt, @now, @now)`,
      ).run({ ...n, now }).lastInsertRowid,
    );
    const created = getOrder(db, id);
    audit(db, now, 'orders', id, 'insert', null, created);
    return created;
  })();
}

export function updateOrder(db: Db, id: number, d: OrderDraft, now: string): OrderRecord {
  return db.transaction(() => {
    const before = getOrder(db, id);
    const n = normalize(db, d, now);
    stmt(
      db,
      `UPDATE orders SET service_id = @serviceId, reference = @reference, description = @description, ordered_at = @orderedAt,
         due_date = @dueDate, completed_at = @completedAt, updated_at = @now WHERE id = @id`,
    ).run({ ...n, id, now });
    const after = getOrder(db, id);
    audit(db, now, 'orders', id, 'update', before, after);
    return after;
  })();
}

/** The order of a service with this reference (letter case ignored), or null: an import does not record it twice. */
export function orderIdByReference(db: Db, serviceId: number, reference: string): number | null {
  const r = stmt(db, 'SELECT id FROM orders WHERE service_id = ? AND reference = ? COLLATE NOCASE ORDER BY id LIMIT 1').get(serviceId, reference) as { id: number } | undefined;
  return r?.id ?? null;
}

/** Order references by order id, for the given ids (a case file names orders by them). */
export function orderReferencesOf(db: Db, ids: readonly number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows = stmt(db, 'SELECT id, reference AS ref FROM orders WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as Array<{ id: number; ref: string }>;
  return new Map(rows.map((r) => [r.id, r.ref]));
}
