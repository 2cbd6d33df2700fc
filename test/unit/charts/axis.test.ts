import { describe, expect, it } from 'vitest';
import { percentAxis, zeroBasedAxis } from '../../../shared/charts/axis';
import { monthsEnding } from '../../../shared/calendar';

describe('monthsEnding (shared/calendar)', () => {
  it('lists the months ending at a month, oldest first, across a year end', () => {
    expect(monthsEnding('2027-02', 4)).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsEnding('2026-10', 1)).toEqual(['2026-10']);
    expect(monthsEnding('2026-10', 12)[0]).toBe('2025-11');
  });
  it('refuses a count that is not a whole number of months', () => {
    expect(() => monthsEnding('2026-10', 0)).toThrow();
    expect(() => monthsEnding('2026-10', 1.5)).toThrow();
    expect(() => monthsEnding('2026-13', 3)).toThrow();
  });
});

describe('percentAxis', () => {
  it('zooms to just under the lowest value, up to 100', () => {
    // Lowest 99.1: span (100 − 99.1) × 1.25 = 1.125, a tick every 0.5 (1.125 / 4 = 0.28 → 0.5); floor of 98.875 on 0.5 is 98.5.
    expect(percentAxis([100, 99.1, 99.5])).toEqual({ domain: [98.5, 100], ticks: [98.5, 99, 99.5, 100] });
  });
  it('keeps a 99.5 objective in view when every month is at 100%', () => {
    // span max(0.5, 0.2) × 1.25 = 0.625, a tick every 0.2 (0.156 → 0.2); floor of 99.375 on 0.2 is 99.2.
    expect(percentAxis([100, 99.5])).toEqual({ domain: [99.2, 100], ticks: [99.2, 99.4, 99.6, 99.8, 100] });
  });
  it('shows 99 to 100 with nothing to plot', () => {
    // low 99: span 1.25, step 0.5 (0.3125 → 0.5), floor of 98.75 on 0.5 is 98.5.
    expect(percentAxis([]).domain).toEqual([98.5, 100]);
  });
});

describe('zeroBasedAxis', () => {
  it('runs from 0 to a little over the highest value', () => {
    // 80 × 1.15 = 92; 92 / 4 = 23 → a tick every 25; 92 / 25 = 3.68 → 4 steps: up to 100.
    expect(zeroBasedAxis([30, 80, 72])).toEqual({ domain: [0, 100], ticks: [0, 25, 50, 75, 100] });
    // 96 × 1.15 = 110.4; / 4 = 27.6 → 30; 110.4 / 30 = 3.68 → 4 steps: up to 120.
    expect(zeroBasedAxis([96, 72]).ticks).toEqual([0, 30, 60, 90, 120]);
  });
  it('steps counts by whole numbers', () => {
    // 3 × 1.15 = 3.45; / 4 = 0.86 → whole step 1; 3.45 → 4 steps: 0..4.
    expect(zeroBasedAxis([3, 1], true)).toEqual({ domain: [0, 4], ticks: [0, 1, 2, 3, 4] });
    // 7 × 1.15 = 8.05; / 4 = 2.01 → whole 3 → nice 5; 8.05 / 5 = 1.61 → 2 steps: up to 10.
    expect(zeroBasedAxis([7], true).ticks).toEqual([0, 5, 10]);
    // All zero: one step of 1, so the axis is not flat.
    expect(zeroBasedAxis([0, 0], true)).toEqual({ domain: [0, 1], ticks: [0, 1] });
  });
});
