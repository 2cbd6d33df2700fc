// What the engine says of orders' due dates (DOMAIN.md "Provisioning", 29.4.8.10): the due date
// (negotiated, else the order's date + the committed interval), the Customer Provisioning Delay
// that extends its end, on time / late / pending as of now, and the month whose Provisioning
// results hold the order. The order screens show these; none of them recomputes a rule.
import { toUtcIso } from '../../../shared/calendar/instant';
import type { OrderDue, OrderResults } from '../../../shared/ipc/sla';
import type { Order } from '../../../shared/ipc/tickets';
import { isPreparedLevels, orderDelayMs, orderStatus, type PreparedOrder } from '../../../shared/sla';
import { notFound } from '../errors';
import type { Db } from '../db/open';
import type { OrderRecord } from '../repositories/orders';
import { longestOrderInterval, prepareRows } from './prepare';
import { monthRows, totalOf } from './report';
import { FULL_DATA } from './results';
import { readOrderRows, readOrdersDueRows, readOrdersRows } from './rows';
import { agencyZone } from './zone';

/** The engine's facts of a prepared order as of `nowMs`. */
export function dueOf(o: PreparedOrder, nowMs: number): OrderDue {
  return {
    dueDate: o.dueDate,
    negotiated: o.negotiated,
    intervalDays: o.intervalDays,
    // While a delay runs it has counted up to now so far.
    delayMs: o.delayRunning ? orderDelayMs(o, nowMs) : o.stoppedMs,
    delayRunning: o.delayRunning,
    dueEndsAt: Number.isFinite(o.dueMs) ? toUtcIso(o.dueMs) : null,
    status: orderStatus(o, nowMs),
    month: o.dueMonth,
  };
}

/** The orders with the engine's facts of their due dates, in one preparation whatever their number. */
export function withDue(db: Db, orders: OrderRecord[], nowMs: number): Order[] {
  if (orders.length === 0) return [];
  const zone = agencyZone(db);
  const dues = new Map<string, OrderDue>();
  for (const g of prepareRows(readOrdersRows(db, orders.map((o) => o.id)), zone, '2000-01', FULL_DATA)) {
    if (isPreparedLevels(g.prepared)) continue; // no orders under a service-level catalog (refused when recorded)
    for (const o of g.prepared.orders) dues.set(o.id, dueOf(o, nowMs));
  }
  return orders.map((o) => {
    const due = dues.get(String(o.id));
    if (!due) throw notFound('The order');
    return { ...o, due };
  });
}

/**
 * sla:order: an order's Provisioning result with its explain lines, evaluated in the month of its
 * (extended) due date with the contractor's other orders due that month (Objective 2, the monthly
 * on-time percentage), and its due facts. No result while the due date is unknown (a delay still
 * running, or no committed interval and no negotiated date).
 */
export function orderResults(db: Db, orderId: number, nowMs: number): OrderResults {
  const zone = agencyZone(db);
  const own = readOrderRows(db, orderId);
  const service = own.services[0];
  const group = prepareRows(own, zone, '2000-01', FULL_DATA)[0];
  const prepared = group && !isPreparedLevels(group.prepared) ? group.prepared.orders[0] : undefined;
  if (!prepared || !service) throw notFound('The order');
  const due = dueOf(prepared, nowMs);
  const asOf = toUtcIso(nowMs);
  if (prepared.dueMonth === null) return { orderId, due, asOf, results: [], totalCredit: 0 };
  const month = prepared.dueMonth;
  const groups = prepareRows(readOrdersDueRows(db, month, zone, service.contractorId, longestOrderInterval()), zone, month, FULL_DATA);
  const results = monthRows(groups, month, nowMs, () => true, (r) => r.orderId === orderId);
  return { orderId, due, asOf, results, totalCredit: totalOf(results) };
}
