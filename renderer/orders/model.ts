// Pure helpers of the Orders screen: an order's status against the due date the SLA measures
// (29.4.8.10), what makes up that date, and the form's draft to and from the contract.
import type { Order, StopClock } from '../../shared/ipc/tickets';
import { localProblemMessage, parseLocal, toLocalInput } from '../ui/datetime';
import type { FormErrors } from '../ui/fieldErrors';

export const DELAY_CODE = 'CUSTOMER_PROVISIONING_DELAY';

export type OrderStatus = 'pending' | 'on-time' | 'late' | 'no-due';

export const STATUS_LABELS: Record<OrderStatus, string> = {
  pending: 'Pending',
  'on-time': 'On time',
  late: 'Late',
  'no-due': 'No due date',
};

type StatusInput = Pick<Order, 'effectiveDueAt' | 'completedAt' | 'stopClocks'>;

/** A delay stop clock still running (no end, not voided): the due date moves until it ends. */
export function runningDelay(order: Pick<Order, 'stopClocks'>): StopClock | undefined {
  return order.stopClocks.find((s) => s.code === DELAY_CODE && s.endAt === null && s.voidedAt === null);
}

/**
 * Late = completed after the effective due date, or not completed and already past it.
 * With no due date (a delay still running, or no committed interval and no negotiated date)
 * an open order is pending while the delay runs, else it has no due date to be measured by.
 */
export function orderStatus(order: StatusInput, nowMs: number): OrderStatus {
  const due = order.effectiveDueAt ? Date.parse(order.effectiveDueAt) : NaN;
  if (Number.isNaN(due)) {
    if (order.completedAt === null && runningDelay(order)) return 'pending';
    return 'no-due';
  }
  if (order.completedAt !== null) return Date.parse(order.completedAt) <= due ? 'on-time' : 'late';
  return nowMs > due ? 'late' : 'pending';
}

/**
 * Delay time that counts: non-voided Customer Provisioning Delay intervals, overlaps once,
 * clipped to order → completion. Null while one is still running (open-ended).
 */
export function delayMs(order: Pick<Order, 'orderedAt' | 'completedAt' | 'stopClocks'>): number | null {
  const from = Date.parse(order.orderedAt);
  const to = order.completedAt ? Date.parse(order.completedAt) : Infinity;
  const spans: Array<[number, number]> = [];
  for (const s of order.stopClocks) {
    if (s.code !== DELAY_CODE || s.voidedAt !== null) continue;
    if (s.endAt === null) {
      if (Date.parse(s.startAt) < to) return null;
      continue;
    }
    const a = Math.max(Date.parse(s.startAt), from);
    const b = Math.min(Date.parse(s.endAt), to);
    if (b > a) spans.push([a, b]);
  }
  spans.sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of spans) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

/** The form as typed: datetime-local values in the agency's zone, '' when empty. */
export interface OrderDraft {
  serviceId: string;
  reference: string;
  description: string;
  orderedAt: string;
  dueAt: string;
  completedAt: string;
}

export type OrderField = keyof OrderDraft;

export const ORDER_FIELD_LABELS: Record<OrderField, string> = {
  serviceId: 'Service',
  reference: 'Order reference',
  description: 'Description',
  orderedAt: 'Ordered',
  dueAt: 'Negotiated due date',
  completedAt: 'Completed',
};

export function emptyOrderDraft(): OrderDraft {
  return { serviceId: '', reference: '', description: '', orderedAt: '', dueAt: '', completedAt: '' };
}

export function draftFromOrder(o: Order, zone: string): OrderDraft {
  return {
    serviceId: String(o.serviceId),
    reference: o.reference,
    description: o.description,
    orderedAt: toLocalInput(o.orderedAt, zone),
    dueAt: toLocalInput(o.dueAt, zone),
    completedAt: toLocalInput(o.completedAt, zone),
  };
}

export interface OrderRequest {
  serviceId: number;
  reference: string;
  description: string;
  orderedAt: string;
  dueAt: string | null;
  completedAt: string | null;
}

export type Converted<R, F extends string> = { ok: true; request: R } | { ok: false; errors: FormErrors<F> };

/** Reads one datetime-local field: null when empty and optional; a message naming the field otherwise. */
function readTime<F extends string>(value: string, field: F, label: string, zone: string, required: boolean, errors: Partial<Record<F, string>>): string | null {
  const p = parseLocal(value, zone);
  if (p.ok) return p.iso;
  if (p.problem === 'empty' && !required) return null;
  errors[field] = localProblemMessage(label, p.problem, zone);
  return null;
}

/** The request, or the problems the form can tell before asking (dates, a service chosen). */
export function orderRequest(d: OrderDraft, zone: string): Converted<OrderRequest, OrderField> {
  const fields: Partial<Record<OrderField, string>> = {};
  const orderedAt = readTime(d.orderedAt, 'orderedAt', ORDER_FIELD_LABELS.orderedAt, zone, true, fields);
  const dueAt = readTime(d.dueAt, 'dueAt', ORDER_FIELD_LABELS.dueAt, zone, false, fields);
  const completedAt = readTime(d.completedAt, 'completedAt', ORDER_FIELD_LABELS.completedAt, zone, false, fields);
  if (!/^\d+$/.test(d.serviceId)) fields.serviceId = 'Service is required';
  if (Object.keys(fields).length > 0 || orderedAt === null) return { ok: false, errors: { fields, form: [] } };
  return { ok: true, request: { serviceId: Number(d.serviceId), reference: d.reference, description: d.description, orderedAt, dueAt, completedAt } };
}

/** The stop-clock form as typed. */
export interface StopClockDraft {
  code: string;
  startAt: string;
  endAt: string;
  note: string;
}

export type StopClockField = keyof StopClockDraft;

export const STOP_CLOCK_FIELD_LABELS: Record<StopClockField, string> = { code: 'Condition', startAt: 'Start', endAt: 'End', note: 'Note' };

export interface StopClockRequest {
  orderId: number;
  code: string;
  startAt: string;
  endAt: string | null;
  note: string;
}

export function stopClockRequest(orderId: number, d: StopClockDraft, zone: string): Converted<StopClockRequest, StopClockField> {
  const fields: Partial<Record<StopClockField, string>> = {};
  const startAt = readTime(d.startAt, 'startAt', STOP_CLOCK_FIELD_LABELS.startAt, zone, true, fields);
  const endAt = readTime(d.endAt, 'endAt', STOP_CLOCK_FIELD_LABELS.endAt, zone, false, fields);
  if (Object.keys(fields).length > 0 || startAt === null) return { ok: false, errors: { fields, form: [] } };
  return { ok: true, request: { orderId, code: d.code, startAt, endAt, note: d.note } };
}

/** Whole days between two instants, for "order date + 45 days" (display only). */
export function wholeDays(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 86_400_000);
}
