// Parallel billing (shared/conversion/parallelBilling.ts): an old service left active after its
// replacement was accepted, its days of overlap and the TMRC paid twice, worked by hand.
import { describe, expect, it } from 'vitest';
import { parallelBilling, proratedTmrcCents } from '../../../shared/conversion/parallelBilling';

const converted = { status: 'converted', actualOn: '2014-01-20', oldDisconnectedOn: null, oldTmrcCents: 120_000, keptSameService: false };

describe('parallel billing', () => {
  it('flags an old service still active: overlap up to today, TMRC prorated by the days of each month', () => {
    // 2014-01-20 → 2014-02-05 is 16 days: 12 in January, 4 in February.
    // $1,200 × 12/31 = $464.516… → $464.52; $1,200 × 4/28 = $171.428… → $171.43; total $635.95.
    const p = parallelBilling(converted, '2014-02-05');
    expect(p).toEqual({
      acceptedOn: '2014-01-20',
      oldDisconnectedOn: null,
      active: true,
      overlapDays: 16,
      doubleTmrcCents: 63_595,
      message: 'The old service is still active 16 days after its replacement was accepted (2014-01-20): $635.95 of its TMRC paid twice so far. Ask the incumbent to disconnect it.',
    });
  });

  it('keeps the record once the old service is disconnected late, and asks for a credit', () => {
    // 5 days of January: $1,200 × 5/31 = $193.548… → $193.55.
    const p = parallelBilling({ ...converted, oldDisconnectedOn: '2014-01-25' }, '2014-02-05');
    expect(p?.active).toBe(false);
    expect(p?.overlapDays).toBe(5);
    expect(p?.doubleTmrcCents).toBe(19_355);
    expect(p?.message).toBe('The old service stayed active 5 days after its replacement was accepted (2014-01-20) until 2014-01-25: $193.55 of its TMRC paid twice. Ask the incumbent for a credit.');
  });

  it('no flag: disconnected the day the replacement was accepted, or before; a kept circuit; not yet converted', () => {
    expect(parallelBilling({ ...converted, oldDisconnectedOn: '2014-01-20' }, '2014-02-05')).toBeNull();
    expect(parallelBilling({ ...converted, oldDisconnectedOn: '2014-01-18' }, '2014-02-05')).toBeNull();
    expect(parallelBilling(converted, '2014-01-20')).toBeNull();
    expect(parallelBilling({ ...converted, keptSameService: true }, '2014-02-05')).toBeNull();
    expect(parallelBilling({ ...converted, status: 'ordered', actualOn: null }, '2014-02-05')).toBeNull();
  });

  it('one day the day after acceptance', () => {
    // $1,200 × 1/31 = $38.709… → $38.71.
    expect(parallelBilling(converted, '2014-01-21')).toMatchObject({ overlapDays: 1, doubleTmrcCents: 3_871 });
  });

  it('rounds each month half away from zero; a leap February has 29 days', () => {
    // 15 cents × 1/30 = 0.5 cent → 1 cent.
    expect(proratedTmrcCents(15, '2014-04-01', '2014-04-02')).toBe(1);
    // $290 × 1/29 = $10.00 exactly in February 2016.
    expect(proratedTmrcCents(29_000, '2016-02-10', '2016-02-11')).toBe(1_000);
  });
});
