// 29.4.8.10 Provisioning. Premier Converged VoIP, installation fee $250.00.
// Committed interval 45 days: ordered 2026-09-01 10:00 PDT -> due 2026-10-16 10:00 PDT.
import { describe, expect, it } from 'vitest';
import type { CaseOrder } from '../../../shared/case/types';
import { all, caseFile, evaluate, find, voip } from './helpers';

const order = (id: string, completedAt: string | undefined, over: Partial<CaseOrder> = {}): CaseOrder => ({
  id,
  serviceId: 'CKT-1',
  orderedAt: '2026-09-01T10:00:00-07:00',
  ...(completedAt === undefined ? {} : { completedAt }),
  ...over,
});
const DUE = '2026-10-16T10:00:00-07:00';
const LATE = '2026-10-16T10:01:00-07:00';

describe('provisioning', () => {
  it('is met when completed exactly at the due date (45 days = 64,800 min)', () => {
    const r = find(evaluate(caseFile({ orders: [order('O', DUE)] })), 'provisioning');
    expect(r).toMatchObject({ orderId: 'O', serviceId: 'CKT-1', met: true, measure: { minutes: 64_800, percent: 100 }, objective: { minutes: 64_800, percent: 95 } });
    expect(r.explain[0]).toMatch(/^29\.4\.8\.10 Provisioning/);
  });

  it('one late order alone is 0% on time, below 95%: 100% of the fee (250.00)', () => {
    const r = find(evaluate(caseFile({ orders: [order('O', LATE)] })), 'provisioning');
    expect(r).toMatchObject({ met: false, measure: { minutes: 64_801, percent: 0 }, credit: { installFeePercent: 100, tmrcPercent: 0, aducDays: 0, amount: 250 } });
  });

  it('50% of the fee when the monthly percentage meets the objective (19 of 20 on time = 95%)', () => {
    const orders = [...Array.from({ length: 19 }, (_, i) => order(`ok${i}`, DUE)), order('late', LATE)];
    const report = evaluate(caseFile({ orders }));
    // 50% x 250.00 = 125.00
    expect(find(report, 'provisioning', { orderId: 'late' })).toMatchObject({ met: false, measure: { percent: 95 }, credit: { installFeePercent: 50, amount: 125 } });
    expect(report.totalCredit).toBe(125);
  });

  it('100% (not 50% + 100% = 150%) for every late order when below the objective (18 of 20 = 90%)', () => {
    const orders = [...Array.from({ length: 18 }, (_, i) => order(`ok${i}`, DUE)), order('late1', LATE), order('late2', LATE)];
    const report = evaluate(caseFile({ orders }));
    expect(all(report, 'provisioning').filter((r) => r.met === false).map((r) => [r.orderId, r.credit.installFeePercent, r.credit.amount])).toEqual([
      ['late1', 100, 250],
      ['late2', 100, 250],
    ]);
    expect(report.totalCredit).toBe(500);
  });

  it('Basic objective is 90% (9 of 10 on time meets it: 50%); Standard has no monthly objective (always 50%)', () => {
    const basic = [...Array.from({ length: 9 }, (_, i) => order(`ok${i}`, DUE)), order('late', LATE)];
    expect(find(evaluate(caseFile({ services: [voip({ tier: 'basic' })], orders: basic })), 'provisioning', { orderId: 'late' }).credit).toMatchObject({ installFeePercent: 50, amount: 125 });
    const std = find(evaluate(caseFile({ services: [voip({ tier: 'standard' })], orders: [order('late', LATE)] })), 'provisioning');
    expect(std).toMatchObject({ met: false, credit: { installFeePercent: 50, amount: 125 } });
    expect(std.objective).toEqual({ minutes: 64_800 });
  });

  it('Voice Mail has a 30-day interval (ordered 2026-09-01 10:00, due 2026-10-01 10:00)', () => {
    const services = [voip({ type: 'converged-voip-voicemail' })];
    expect(find(evaluate(caseFile({ services, orders: [order('O', '2026-10-01T10:00:00-07:00')] })), 'provisioning').met).toBe(true);
    expect(find(evaluate(caseFile({ services, orders: [order('O', '2026-10-01T10:01:00-07:00')] })), 'provisioning').met).toBe(false);
  });

  it('a negotiated due date supersedes the committed interval', () => {
    const o = order('O', '2026-10-10T17:01:00-07:00', { dueAt: '2026-10-10T17:00:00-07:00' });
    const r = find(evaluate(caseFile({ orders: [o] })), 'provisioning');
    expect(r.met).toBe(false);
    expect(r.explain.join('\n')).toMatch(/negotiated due date/);
  });

  it('CUSTOMER_PROVISIONING_DELAY extends the due date (2 days: due 2026-10-18 10:00)', () => {
    const cpd = [{ code: 'CUSTOMER_PROVISIONING_DELAY', start: '2026-09-05T00:00:00-07:00', end: '2026-09-07T00:00:00-07:00' }];
    const r = find(evaluate(caseFile({ orders: [order('O', '2026-10-17T12:00:00-07:00', { stopClocks: cpd })] })), 'provisioning');
    // taken: 46 days 2 h = 66,360 min, minus 2 days (2,880) = 63,480 <= 64,800 allowed
    expect(r).toMatchObject({ met: true, measure: { minutes: 63_480 }, objective: { minutes: 64_800 } });
    expect(r.explain.join('\n')).toMatch(/extend the due date to 2026-10-18T10:00:00-07:00/);
  });

  it('adds calendar days across DST: ordered 2026-10-01 10:00 PDT, due 2026-11-15 10:00 PST', () => {
    const o = { id: 'O', serviceId: 'CKT-1', orderedAt: '2026-10-01T10:00:00-07:00', completedAt: '2026-11-15T10:00:00-08:00' };
    expect(find(evaluate(caseFile({ month: '2026-11', orders: [o] })), 'provisioning').met).toBe(true);
    // evaluated in the month it is due, not the month it was ordered
    expect(all(evaluate(caseFile({ month: '2026-10', orders: [o] })), 'provisioning')).toEqual([]);
  });

  it('an open order is pending before its due date and late after it', () => {
    expect(find(evaluate(caseFile({ asOf: '2026-10-10T00:00:00-07:00', orders: [order('O', undefined)] })), 'provisioning')).toMatchObject({ met: null, credit: { amount: 0 } });
    expect(find(evaluate(caseFile({ orders: [order('O', undefined)] })), 'provisioning')).toMatchObject({ met: false, credit: { amount: 250 } });
  });
});
