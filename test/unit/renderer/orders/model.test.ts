import { describe, expect, it } from 'vitest';
import type { Order } from '../../../../shared/ipc/tickets';
import { draftFromOrder, formatDay, lastOnTimeDay, orderRequest, stopClockRequest } from '../../../../renderer/orders/model';
import { formatDate } from '../../../../renderer/ui/datetime';

const LA = 'America/Los_Angeles';

function order(over: Partial<Order> = {}): Order {
  return {
    id: 1, serviceId: 1, circuitId: 'C-1', reference: 'SR-9', description: '', orderedAt: '2026-09-01T16:00:00.000Z', dueDate: null,
    due: { dueDate: '2026-10-16', negotiated: false, intervalDays: 45, delayMs: 0, delayRunning: false, dueEndsAt: '2026-10-17T07:00:00.000Z', status: 'pending', month: '2026-10' },
    completedAt: null, stopClocks: [], ...over,
  };
}

// The rule (due date, delay, on time or late) is the engine's (test/unit/sla/provisioning.test.ts);
// the screen shows order.due as the engine gives it.
describe('the engine\'s due date on screen', () => {
  it('names the last on-time day: the day before the extended end of the due date', () => {
    // Due 2026-10-16: on time until Oct 17 00:00 PDT, so Oct 16 is the last day.
    expect(formatDate(lastOnTimeDay(order().due), LA)).toBe('Oct 16, 2026');
    // Two days of delay push the end to Oct 19 00:00 PDT: Oct 18 is the last day.
    expect(formatDate(lastOnTimeDay({ ...order().due, delayMs: 2 * 86_400_000, dueEndsAt: '2026-10-19T07:00:00.000Z' }), LA)).toBe('Oct 18, 2026');
    expect(lastOnTimeDay({ ...order().due, delayRunning: true, dueEndsAt: null })).toBeNull();
  });

  it('writes an agency date as it is, whatever the zone', () => {
    expect(formatDay('2026-10-16')).toBe('Oct 16, 2026');
    expect(formatDay(null)).toBe('');
  });
});

describe('order form', () => {
  it('sends agency-time dates as instants with their offset', () => {
    const r = orderRequest({ serviceId: '3', reference: 'SR-9', description: 'Move', orderedAt: '2026-09-01T09:00', dueDate: '', completedAt: '2026-12-01T09:00' }, LA);
    expect(r).toEqual({
      ok: true,
      request: { serviceId: 3, reference: 'SR-9', description: 'Move', orderedAt: '2026-09-01T09:00:00-07:00', dueDate: null, completedAt: '2026-12-01T09:00:00-08:00' },
    });
  });

  it('names every field it can check before asking', () => {
    const r = orderRequest({ serviceId: '', reference: '', description: '', orderedAt: '', dueDate: 'soon', completedAt: '2026-03-08T02:30' }, LA);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.fields).toEqual({
      serviceId: 'Service is required',
      orderedAt: 'Ordered is required',
      dueDate: 'Negotiated due date must be a date like 2026-10-31',
      completedAt: expect.stringMatching(/^Completed falls in the hour skipped/),
    });
  });

  it('round-trips an order through the form', () => {
    const o = order({ dueDate: '2026-09-20', completedAt: '2026-09-20T16:00:00.000Z' });
    const d = draftFromOrder(o, LA);
    expect(d).toEqual({ serviceId: '1', reference: 'SR-9', description: '', orderedAt: '2026-09-01T09:00', dueDate: '2026-09-20', completedAt: '2026-09-20T09:00' });
    const r = orderRequest(d, LA);
    expect(r.ok && r.request.dueDate).toBe('2026-09-20');
  });

  it('builds a stop clock request, end optional', () => {
    expect(stopClockRequest(7, { code: 'CUSTOMER_PROVISIONING_DELAY', startAt: '2026-09-10T09:00', endAt: '', note: 'No conduit' }, LA)).toEqual({
      ok: true,
      request: { orderId: 7, code: 'CUSTOMER_PROVISIONING_DELAY', startAt: '2026-09-10T09:00:00-07:00', endAt: null, note: 'No conduit' },
    });
    const bad = stopClockRequest(7, { code: 'POWER', startAt: '', endAt: '', note: '' }, LA);
    expect(bad.ok === false && bad.errors.fields).toEqual({ startAt: 'Start is required' });
  });
});
