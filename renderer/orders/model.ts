// Pure helpers of the Orders screen: labels for the engine's facts of an order's due date
// (order.due, 29.4.8.10: the screen shows them, it does not work them out), and the form's
// draft to and from the contract.
import type { OrderDue } from '../../shared/ipc/sla';
import type { Order } from '../../shared/ipc/tickets';
import { formatDate, localProblemMessage, parseLocal, toLocalInput } from '../ui/datetime';
import type { FormErrors } from '../ui/fieldErrors';

export type OrderStatus = OrderDue['status'];

export const STATUS_LABELS: Record<OrderStatus, string> = {
  pending: 'Pending',
  'on-time': 'On time',
  late: 'Late',
  'no-due': 'No due date',
};

/**
 * The last day an order is on time, as the engine extended it (order.due, 29.4.8.10): the day of
 * the last instant before the extended end of the due date; null while unknown.
 */
export function lastOnTimeDay(due: OrderDue): string | null {
  return due.dueEndsAt === null ? null : new Date(Date.parse(due.dueEndsAt) - 1).toISOString();
}

/** "Oct 16, 2026" for an agency date 'YYYY-MM-DD' (a date has no zone: read at noon UTC). */
export function formatDay(date: string | null): string {
  return date ? formatDate(`${date}T12:00:00Z`, 'UTC') : '';
}

/** The form as typed: datetime-local values in the agency's zone, the due date a date input's 'YYYY-MM-DD'; '' when empty. */
export interface OrderDraft {
  serviceId: string;
  reference: string;
  description: string;
  orderedAt: string;
  dueDate: string;
  completedAt: string;
}

export type OrderField = keyof OrderDraft;

export const ORDER_FIELD_LABELS: Record<OrderField, string> = {
  serviceId: 'Service',
  reference: 'Order reference',
  description: 'Description',
  orderedAt: 'Ordered',
  dueDate: 'Negotiated due date',
  completedAt: 'Completed',
};

export function emptyOrderDraft(): OrderDraft {
  return { serviceId: '', reference: '', description: '', orderedAt: '', dueDate: '', completedAt: '' };
}

export function draftFromOrder(o: Order, zone: string): OrderDraft {
  return {
    serviceId: String(o.serviceId),
    reference: o.reference,
    description: o.description,
    orderedAt: toLocalInput(o.orderedAt, zone),
    dueDate: o.dueDate ?? '',
    completedAt: toLocalInput(o.completedAt, zone),
  };
}

export interface OrderRequest {
  serviceId: number;
  reference: string;
  description: string;
  orderedAt: string;
  dueDate: string | null;
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
  const dueDate = d.dueDate.trim() === '' ? null : d.dueDate.trim();
  if (dueDate !== null && !/^\d{4}-\d{2}-\d{2}$/.test(dueDate)) fields.dueDate = `${ORDER_FIELD_LABELS.dueDate} must be a date like 2026-10-31`;
  const completedAt = readTime(d.completedAt, 'completedAt', ORDER_FIELD_LABELS.completedAt, zone, false, fields);
  if (!/^\d+$/.test(d.serviceId)) fields.serviceId = 'Service is required';
  if (Object.keys(fields).length > 0 || orderedAt === null) return { ok: false, errors: { fields, form: [] } };
  return { ok: true, request: { serviceId: Number(d.serviceId), reference: d.reference, description: d.description, orderedAt, dueDate, completedAt } };
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
