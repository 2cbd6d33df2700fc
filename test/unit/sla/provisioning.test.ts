// 29.4.8.10 Provisioning. Premier Converged VoIP, installation fee $250.00.
// The due date is a DATE of the agency's zone (DOMAIN.md "Provisioning"): ordered 2026-09-01
// 10:00 PDT + the committed interval of 45 calendar days = due date 2026-10-16; on time when
// completed on or before it at any hour, i.e. before its end, 2026-10-17 00:00 PDT.
// Allowed (objective minutes): 2026-09-01 10:00 to 2026-10-17 00:00 = 45 days 14 h
// = 64,800 + 840 = 65,640 min.
import { describe, expect, it } from 'vitest';
import type { CaseOrder } from '../../../shared/case/types';
import { loadCatalog, orderStatus, prepareModel } from '../../../shared/sla';
import type { OrderInput, StopClockInput } from '../../../shared/sla';
import { all, caseFile, evaluate, find, voip } from './helpers';

const order = (id: string, completedAt: string | undefined, over: Partial<CaseOrder> = {}): CaseOrder => ({
  id,
  serviceId: 'CKT-1',
  orderedAt: '2026-09-01T10:00:00-07:00',
  ...(completedAt === undefined ? {} : { completedAt }),
  ...over,
});
const ON_TIME = '2026-10-16T23:30:00-07:00'; // 23:30 on the due date
const LATE = '2026-10-17T00:30:00-07:00'; // 00:30 the day after

describe('provisioning: the due date is a date', () => {
  it('is on time when completed at 23:30 on the due date', () => {
    const r = find(evaluate(caseFile({ orders: [order('O', ON_TIME)] })), 'provisioning');
    // taken: 2026-09-01 10:00 to 2026-10-16 23:30 = 45 days 13 h 30 min = 64,800 + 810 = 65,610 min
    expect(r).toMatchObject({ orderId: 'O', serviceId: 'CKT-1', met: true, measure: { minutes: 65_610, percent: 100 }, objective: { minutes: 65_640, percent: 95 } });
    expect(r.explain[0]).toMatch(/^29\.4\.8\.10 Provisioning/);
    expect(r.explain[1]).toBe(
      "Due date 2026-10-16: the order's date 2026-09-01 + the committed interval of 45 calendar days; on time when completed by the end of that day, 2026-10-17T00:00:00-07:00.",
    );
    expect(r.explain[2]).toBe('Completed 2026-10-16T23:30:00-07:00, on or before the due date 2026-10-16: Objective 1 met.');
  });

  it('is late when completed at 00:30 the next day; one late order alone is 0% on time, below 95%: 100% of the fee (250.00)', () => {
    const r = find(evaluate(caseFile({ orders: [order('O', LATE)] })), 'provisioning');
    // taken: 45 days 14 h 30 min = 65,670 min, 30 min past the end of the due date
    expect(r).toMatchObject({ met: false, measure: { minutes: 65_670, percent: 0 }, credit: { installFeePercent: 100, tmrcPercent: 0, aducDays: 0, amount: 250 } });
    expect(r.explain[2]).toBe('Completed 2026-10-17T00:30:00-07:00, after the due date 2026-10-16 (30 min past its end, 2026-10-17T00:00:00-07:00): late.');
  });

  it('midnight after the due date is already the next day: late', () => {
    expect(find(evaluate(caseFile({ orders: [order('O', '2026-10-17T00:00:00-07:00')] })), 'provisioning').met).toBe(false);
    expect(find(evaluate(caseFile({ orders: [order('O', '2026-10-16T23:59:59-07:00')] })), 'provisioning').met).toBe(true);
  });

  it('50% of the fee when the monthly percentage meets the objective (19 of 20 on time = 95%)', () => {
    const orders = [...Array.from({ length: 19 }, (_, i) => order(`ok${i}`, ON_TIME)), order('late', LATE)];
    const report = evaluate(caseFile({ orders }));
    // 50% x 250.00 = 125.00
    expect(find(report, 'provisioning', { orderId: 'late' })).toMatchObject({ met: false, measure: { percent: 95 }, credit: { installFeePercent: 50, amount: 125 } });
    expect(report.totalCredit).toBe(125);
  });

  it('100% (not 50% + 100% = 150%) for every late order when below the objective (18 of 20 = 90%)', () => {
    const orders = [...Array.from({ length: 18 }, (_, i) => order(`ok${i}`, ON_TIME)), order('late1', LATE), order('late2', LATE)];
    const report = evaluate(caseFile({ orders }));
    expect(all(report, 'provisioning').filter((r) => r.met === false).map((r) => [r.orderId, r.credit.installFeePercent, r.credit.amount])).toEqual([
      ['late1', 100, 250],
      ['late2', 100, 250],
    ]);
    expect(report.totalCredit).toBe(500);
  });

  it('Basic objective is 90% (9 of 10 on time meets it: 50%); Standard has no monthly objective (always 50%)', () => {
    const basic = [...Array.from({ length: 9 }, (_, i) => order(`ok${i}`, ON_TIME)), order('late', LATE)];
    expect(find(evaluate(caseFile({ services: [voip({ tier: 'basic' })], orders: basic })), 'provisioning', { orderId: 'late' }).credit).toMatchObject({ installFeePercent: 50, amount: 125 });
    const std = find(evaluate(caseFile({ services: [voip({ tier: 'standard' })], orders: [order('late', LATE)] })), 'provisioning');
    expect(std).toMatchObject({ met: false, credit: { installFeePercent: 50, amount: 125 } });
    expect(std.objective).toEqual({ minutes: 65_640 });
  });

  it('Voice Mail has a 30-day interval (ordered 2026-09-01: due date 2026-10-01)', () => {
    const services = [voip({ type: 'converged-voip-voicemail' })];
    expect(find(evaluate(caseFile({ services, orders: [order('O', '2026-10-01T23:59:00-07:00')] })), 'provisioning').met).toBe(true);
    expect(find(evaluate(caseFile({ services, orders: [order('O', '2026-10-02T00:01:00-07:00')] })), 'provisioning').met).toBe(false);
  });

  it('a negotiated due date supersedes the committed interval; as an instant only its agency date counts', () => {
    // Negotiated 2026-10-10: on time until 2026-10-11 00:00 PDT, whatever hour the instant named.
    // Allowed: 2026-09-01 10:00 to 2026-10-11 00:00 = 39 days 14 h = 56,160 + 840 = 57,000 min.
    for (const dueAt of ['2026-10-10', '2026-10-10T17:00:00-07:00', '2026-10-11T05:00:00Z' /* 22:00 PDT on the 10th */]) {
      const met = find(evaluate(caseFile({ orders: [order('O', '2026-10-10T17:01:00-07:00', { dueAt })] })), 'provisioning');
      expect(met).toMatchObject({ met: true, objective: { minutes: 57_000 } });
      expect(met.explain[1]).toBe('Due date 2026-10-10: the negotiated due date (it supersedes the committed interval); on time when completed by the end of that day, 2026-10-11T00:00:00-07:00.');
      expect(find(evaluate(caseFile({ orders: [order('O', '2026-10-11T00:30:00-07:00', { dueAt })] })), 'provisioning').met).toBe(false);
    }
  });

  it('CUSTOMER_PROVISIONING_DELAY extends the end of the due date (2 days: to 2026-10-19 00:00)', () => {
    const cpd = [{ code: 'CUSTOMER_PROVISIONING_DELAY', start: '2026-09-05T00:00:00-07:00', end: '2026-09-07T00:00:00-07:00' }];
    const r = find(evaluate(caseFile({ orders: [order('O', '2026-10-18T23:30:00-07:00', { stopClocks: cpd })] })), 'provisioning');
    // taken: 2026-09-01 10:00 to 2026-10-18 23:30 = 47 days 13 h 30 min = 67,680 + 810 = 68,490,
    // minus the delay 2 days (2,880) = 65,610 < 65,640 allowed: on time
    expect(r).toMatchObject({ met: true, measure: { minutes: 65_610 }, objective: { minutes: 65_640 } });
    expect(r.explain[2]).toBe('Customer Provisioning Delay stop clocks 2880 min extend the end of the due date to 2026-10-19T00:00:00-07:00.');
    expect(r.explain[3]).toBe('Completed 2026-10-18T23:30:00-07:00, on or before the due date 2026-10-16 as extended: Objective 1 met.');
    expect(find(evaluate(caseFile({ orders: [order('O', '2026-10-19T00:30:00-07:00', { stopClocks: cpd })] })), 'provisioning').met).toBe(false);
  });

  it('a delay of hours moves the end past midnight by those hours (3 h: to 2026-10-17 03:00)', () => {
    const cpd = [{ code: 'CUSTOMER_PROVISIONING_DELAY', start: '2026-09-05T09:00:00-07:00', end: '2026-09-05T12:00:00-07:00' }];
    expect(find(evaluate(caseFile({ orders: [order('O', '2026-10-17T02:59:00-07:00', { stopClocks: cpd })] })), 'provisioning').met).toBe(true);
    expect(find(evaluate(caseFile({ orders: [order('O', '2026-10-17T03:00:00-07:00', { stopClocks: cpd })] })), 'provisioning').met).toBe(false);
  });

  it('adds calendar days across DST: ordered 2026-10-01, due date 2026-11-15, on time until 2026-11-16 00:00 PST', () => {
    const o = { id: 'O', serviceId: 'CKT-1', orderedAt: '2026-10-01T10:00:00-07:00', completedAt: '2026-11-15T23:30:00-08:00' };
    expect(find(evaluate(caseFile({ month: '2026-11', orders: [o] })), 'provisioning').met).toBe(true);
    // evaluated in the month it is due, not the month it was ordered
    expect(all(evaluate(caseFile({ month: '2026-10', orders: [o] })), 'provisioning')).toEqual([]);
  });

  it('belongs to the month of its due date: Oct 31 stays in October; extended past midnight it moves to November', () => {
    const plain = order('O', '2026-10-31T22:00:00-07:00', { dueAt: '2026-10-31' });
    // the end of 2026-10-31 is 2026-11-01 00:00 PDT; the last on-time instant is in October
    expect(find(evaluate(caseFile({ month: '2026-10', orders: [plain] })), 'provisioning').met).toBe(true);
    expect(all(evaluate(caseFile({ month: '2026-11', orders: [plain] })), 'provisioning')).toEqual([]);
    // 1 h of delay: the end moves to 2026-11-01 01:00 PDT, in November; completed 00:30 is on time
    const cpd = [{ code: 'CUSTOMER_PROVISIONING_DELAY', start: '2026-10-20T09:00:00-07:00', end: '2026-10-20T10:00:00-07:00' }];
    const extended = order('O', '2026-11-01T00:30:00-07:00', { dueAt: '2026-10-31', stopClocks: cpd });
    expect(all(evaluate(caseFile({ month: '2026-10', orders: [extended] })), 'provisioning')).toEqual([]);
    expect(find(evaluate(caseFile({ month: '2026-11', orders: [extended] })), 'provisioning').met).toBe(true);
  });

  it('an open order is pending before the end of its due date and late from then on', () => {
    expect(find(evaluate(caseFile({ asOf: '2026-10-16T23:59:00-07:00', orders: [order('O', undefined)] })), 'provisioning')).toMatchObject({ met: null, credit: { amount: 0 } });
    expect(find(evaluate(caseFile({ asOf: '2026-10-17T00:00:00-07:00', orders: [order('O', undefined)] })), 'provisioning')).toMatchObject({ met: false, credit: { amount: 250 } });
    // due 2026-10-31, not done when October ends (as of 2026-11-01 00:00, the default): late in October
    expect(find(evaluate(caseFile({ orders: [order('O', undefined, { dueAt: '2026-10-31' })] })), 'provisioning')).toMatchObject({ met: false, credit: { amount: 250 } });
  });
});

describe('orderStatus and the prepared order', () => {
  const catalog = loadCatalog();
  const ORDERED = Date.UTC(2026, 8, 1, 17); // 2026-09-01 10:00 PDT
  const prepared = (o: Partial<OrderInput>, type = 'converged-voip') =>
    prepareModel({ month: '2026-10', services: [{ id: 'S', type, tier: 'premier', tmrcCents: 0 }], orders: [{ id: 'O', serviceId: 'S', orderedAtMs: ORDERED, ...o }] }, catalog).orders[0]!;
  const cpd = (startMs: number, endMs: number | null, voided = false): StopClockInput => ({ code: 'CUSTOMER_PROVISIONING_DELAY', startMs, endMs, voided });

  it('exposes the due date, how it was found and the deadline', () => {
    const o = prepared({ completedAtMs: Date.UTC(2026, 9, 17, 6, 30) }); // 2026-10-16 23:30 PDT
    expect(o).toMatchObject({ dueDate: '2026-10-16', negotiated: false, intervalDays: 45, stoppedMs: 0, delayRunning: false, dueMonth: '2026-10' });
    expect(o.dueMs).toBe(Date.UTC(2026, 9, 17, 7)); // 2026-10-17 00:00 PDT
    expect(orderStatus(o, Infinity)).toBe('on-time');
    expect(orderStatus(prepared({ completedAtMs: Date.UTC(2026, 9, 17, 7, 30) }), 0)).toBe('late'); // 00:30 the next day
    expect(prepared({ dueDate: '2026-10-20' })).toMatchObject({ dueDate: '2026-10-20', negotiated: true, intervalDays: null });
  });

  it('is pending while a delay runs (the deadline is unknown), late or pending by as-of otherwise', () => {
    const running = prepared({ stopClocks: [cpd(Date.UTC(2026, 8, 5, 7), null)] });
    expect(running).toMatchObject({ delayRunning: true, dueMs: Infinity, stoppedMs: Infinity, dueMonth: null });
    expect(orderStatus(running, Date.UTC(2027, 0, 1))).toBe('pending');
    // a voided delay neither runs nor extends anything
    const voided = prepared({ stopClocks: [cpd(Date.UTC(2026, 8, 5, 7), null, true)] });
    expect(voided).toMatchObject({ delayRunning: false, stoppedMs: 0, dueMs: Date.UTC(2026, 9, 17, 7) });
    expect(orderStatus(voided, Date.UTC(2026, 9, 17, 7) - 1)).toBe('pending');
    expect(orderStatus(voided, Date.UTC(2026, 9, 17, 7))).toBe('late');
    // once the order is completed a delay left running is clipped to the completion
    const done = prepared({ completedAtMs: Date.UTC(2026, 8, 6, 7), stopClocks: [cpd(Date.UTC(2026, 8, 5, 7), null)] });
    expect(done).toMatchObject({ delayRunning: false, stoppedMs: 86_400_000 });
  });

  it('has no due date for a service type with no committed interval and no negotiated date', () => {
    const o = prepared({ completedAtMs: Date.UTC(2026, 9, 1) }, 'site-survivability');
    expect(o).toMatchObject({ dueDate: null, intervalDays: null, dueMonth: null });
    expect(o.dueMs).toBeNaN();
    expect(orderStatus(o, Infinity)).toBe('no-due');
  });
});
