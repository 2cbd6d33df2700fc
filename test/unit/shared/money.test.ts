import { describe, expect, it } from 'vitest';
import { formatDollars, parseDollars, roundHalfAwayFromZero } from '../../../shared/money';

describe('money', () => {
  it('reads dollar amounts as people type them into integer cents', () => {
    expect(parseDollars('1200')).toBe(120000);
    expect(parseDollars('1,200.5')).toBe(120050);
    expect(parseDollars('$35.50')).toBe(3550);
    expect(parseDollars(' 0.07 ')).toBe(7);
    expect(parseDollars('0')).toBe(0);
  });

  it('refuses negative amounts, fractions of a cent and words', () => {
    for (const bad of ['-5', '12.345', 'ten', '', '1,20.00', '1.2.3', '.5']) expect(parseDollars(bad), bad).toBeNull();
  });

  it('rounds half away from zero, also where binary fractions fall just short', () => {
    expect(roundHalfAwayFromZero(2.5)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3);
    expect(roundHalfAwayFromZero(1.005 * 100)).toBe(101);
    expect(roundHalfAwayFromZero(2.4999)).toBe(2);
  });

  it('prints cents as dollars with thousands separators', () => {
    expect(formatDollars(120050)).toBe('$1,200.50');
    expect(formatDollars(5)).toBe('$0.05');
    expect(formatDollars(-30000)).toBe('-$300.00');
  });
});
