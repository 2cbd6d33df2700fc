// Credits in integer cents, each credit line rounded once to cents, half away from zero.
import { describe, expect, it } from 'vitest';
import { creditCents, divRoundHalfAway } from '../../../shared/sla';
import { caseFile, evaluate, find, oct, ticket, voip } from './helpers';

const missTtr = (tmrc: number, aduc = 0) =>
  evaluate(caseFile({ services: [voip({ tmrc, aduc })], tickets: [ticket({ openedAt: oct('05T09:00:00'), restoredAt: oct('05T18:00:00') })] }));

describe('credit arithmetic', () => {
  it('rounds half away from zero: 25% of 0.10 = 0.025 -> 0.03; of 1.30 = 0.325 -> 0.33', () => {
    expect(find(missTtr(0.1), 'time-to-repair').credit.amount).toBe(0.03);
    expect(find(missTtr(1.3), 'time-to-repair').credit.amount).toBe(0.33);
  });

  it('rounds down below the half: 25% of 33.33 = 8.3325 -> 8.33', () => {
    expect(find(missTtr(33.33), 'time-to-repair').credit.amount).toBe(8.33);
  });

  it('explains the unrounded share with all its digits before rounding it: $8.3325, then $8.33', () => {
    const explain = find(missTtr(33.33), 'time-to-repair').explain.join('\n');
    expect(explain).toContain('Credit: 25% of TMRC $33.33 = $8.3325; credit line $8.33 (rounded to cents, half away from zero).');
  });

  it('adds ADUC days as a count: EO on TMRC 99.99 and ADUC 3.333 (read as 3.33) = 99.99 + 33.30 = 133.29', () => {
    expect(find(missTtr(99.99, 3.333), 'excessive-outage').credit).toEqual({ tmrcPercent: 100, aducDays: 10, installFeePercent: 0, amount: 133.29 });
  });

  it('sums every line in the total with no cap', () => {
    // 9-hour outage on TMRC 1,200 / ADUC 35.50: TTR 300 + EO 1,555 = 1,855
    expect(missTtr(1200, 35.5).totalCredit).toBe(1855);
  });

  it('divides exactly in integers', () => {
    expect([divRoundHalfAway(5, 10), divRoundHalfAway(4, 10), divRoundHalfAway(-5, 10), divRoundHalfAway(-15, 10), divRoundHalfAway(250, 100)]).toEqual([1, 0, -1, -2, 3]);
    // 25% of 10 cents = 2.5 cents -> 3
    expect(creditCents({ tmrcPercent: 25, aducDays: 0, installFeePercent: 0 }, { id: 'x', type: 'converged-voip', tier: 'premier', tmrcCents: 10 })).toBe(3);
    // 15% of 1,234.57 = 185.1855 -> 185.19, + 2 x 0.01
    expect(creditCents({ tmrcPercent: 15, aducDays: 2, installFeePercent: 0 }, { id: 'x', type: 'converged-voip', tier: 'premier', tmrcCents: 123_457, aducCents: 1 })).toBe(18_521);
  });
});
