import { describe, expect, it } from 'vitest';
import type { Order, StopClock } from '../../../../shared/ipc/tickets';
import { delayMs, draftFromOrder, orderRequest, orderStatus, stopClockRequest, wholeDays } from '../../../../renderer/orders/model';

const LA = 'America/Los_Angeles';
const DAY = 86_400_000;

function clock(over: Partial<StopClock> = {}): StopClock {
  return {
    id: 1, ticketId: null, orderId: 1, code: 'CUSTOMER_PROVISIONING_DELAY', title: 'Customer Provisioning Delay',
    startAt: '2026-09-10T16:00:00.000Z', endAt: '2026-09-12T16:00:00.000Z', windowStart: null, windowEnd: null,
    note: '', voidedAt: null, voidedReason: '', voidedBy: '', ...over,
  };
}

function order(over: Partial<Order> = {}): Order {
  return {
    id: 1, serviceId: 1, circuitId: 'C-1', reference: 'SR-9', description: '', orderedAt: '2026-09-01T16:00:00.000Z',
    dueAt: null, effectiveDueAt: '2026-10-16T16:00:00.000Z', completedAt: null, stopClocks: [], ...over,
  };
}

const due = Date.parse('2026-10-16T16:00:00.000Z');

describe('order status against the effective due date', () => {
  it('is on time when completed by the due date (the due instant itself included), late after it', () => {
    expect(orderStatus(order({ completedAt: '2026-10-16T16:00:00.000Z' }), due + 10 * DAY)).toBe('on-time');
    expect(orderStatus(order({ completedAt: '2026-10-16T16:00:01.000Z' }), due - DAY)).toBe('late');
  });

  it('is pending while open and not yet due, late once past it', () => {
    expect(orderStatus(order(), due)).toBe('pending');
    expect(orderStatus(order(), due + 1)).toBe('late');
  });

  it('is pending while a delay runs with no due date yet; without one there is nothing to measure', () => {
    expect(orderStatus(order({ effectiveDueAt: '', stopClocks: [clock({ endAt: null })] }), due + 100 * DAY)).toBe('pending');
    expect(orderStatus(order({ effectiveDueAt: '' }), due)).toBe('no-due');
    expect(orderStatus(order({ effectiveDueAt: '', completedAt: '2026-10-01T16:00:00.000Z' }), due)).toBe('no-due');
  });
});

describe('delay time', () => {
  it('adds the delay intervals, overlaps once, voided ones and other codes left out', () => {
    expect(delayMs(order())).toBe(0);
    expect(delayMs(order({ stopClocks: [clock()] }))).toBe(2 * DAY);
    expect(delayMs(order({ stopClocks: [clock(), clock({ id: 2, startAt: '2026-09-11T16:00:00.000Z', endAt: '2026-09-13T16:00:00.000Z' })] }))).toBe(3 * DAY);
    expect(delayMs(order({ stopClocks: [clock({ voidedAt: '2026-09-20T00:00:00.000Z' })] }))).toBe(0);
    expect(delayMs(order({ stopClocks: [clock({ code: 'POWER' })] }))).toBe(0);
  });

  it('clips to order and completion, and is open-ended while one runs', () => {
    expect(delayMs(order({ stopClocks: [clock({ startAt: '2026-08-30T16:00:00.000Z' })] }))).toBe(11 * DAY);
    expect(delayMs(order({ completedAt: '2026-09-11T16:00:00.000Z', stopClocks: [clock()] }))).toBe(DAY);
    expect(delayMs(order({ stopClocks: [clock({ endAt: null })] }))).toBeNull();
    // A delay started after completion does not count.
    expect(delayMs(order({ completedAt: '2026-09-05T16:00:00.000Z', stopClocks: [clock({ endAt: null })] }))).toBe(0);
  });

  it('counts whole days for "order date + 45 days"', () => {
    expect(wholeDays('2026-09-01T16:00:00.000Z', '2026-10-16T16:00:00.000Z')).toBe(45);
    // Across the fall-back night the hour does not change the count.
    expect(wholeDays('2026-10-20T16:00:00.000Z', '2026-12-04T17:00:00.000Z')).toBe(45);
  });
});

describe('order form', () => {
  it('sends agency-time dates as instants with their offset', () => {
    const r = orderRequest({ serviceId: '3', reference: 'SR-9', description: 'Move', orderedAt: '2026-09-01T09:00', dueAt: '', completedAt: '2026-12-01T09:00' }, LA);
    expect(r).toEqual({
      ok: true,
      request: { serviceId: 3, reference: 'SR-9', description: 'Move', orderedAt: '2026-09-01T09:00:00-07:00', dueAt: null, completedAt: '2026-12-01T09:00:00-08:00' },
    });
  });

  it('names every field it can check before asking', () => {
    const r = orderRequest({ serviceId: '', reference: '', description: '', orderedAt: '', dueAt: 'soon', completedAt: '2026-03-08T02:30' }, LA);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.fields).toEqual({
      serviceId: 'Service is required',
      orderedAt: 'Ordered is required',
      dueAt: expect.stringMatching(/^Negotiated due date must be a date and time/),
      completedAt: expect.stringMatching(/^Completed falls in the hour skipped/),
    });
  });

  it('round-trips an order through the form', () => {
    const o = order({ dueAt: '2026-09-21T00:00:00.000Z', completedAt: '2026-09-20T16:00:00.000Z' });
    const d = draftFromOrder(o, LA);
    expect(d).toEqual({ serviceId: '1', reference: 'SR-9', description: '', orderedAt: '2026-09-01T09:00', dueAt: '2026-09-20T17:00', completedAt: '2026-09-20T09:00' });
    const r = orderRequest(d, LA);
    expect(r.ok && r.request.dueAt !== null && Date.parse(r.request.dueAt)).toBe(Date.parse('2026-09-21T00:00:00.000Z'));
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
