import { describe, expect, it } from 'vitest';
import { formatDurationLong } from '../../../../shared/sla/format';
import {
  compareClauses, creditText, formatDaysMinutes, formatMinutes, formatPercent, measureText, notApplicableReason, stepText,
} from '../../../../renderer/ui/slaText';
import { result } from '../slaResults';

describe('durations as the explain lines print them', () => {
  it('writes hours, zero-padded minutes and seconds only when there are some', () => {
    expect(formatMinutes(240.5)).toBe('4 h 00 min 30 s');
    expect(formatMinutes(540)).toBe('9 h 00 min');
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(12 + 5 / 60)).toBe('12 min 5 s');
    expect(formatMinutes(0)).toBe('0 min');
  });

  it('matches the h / min / s part of the engine’s own explain text', () => {
    // formatDurationLong prints "240.5 min (4 h 00 min 30 s)": the part in brackets is what the panel shows.
    for (const seconds of [61, 3599, 3600, 3601, 14_430, 32_400, 57_599, 86_400 + 59]) {
      const engine = formatDurationLong(seconds * 1000);
      const inBrackets = /\((.*)\)$/.exec(engine)?.[1] ?? engine;
      expect(formatMinutes(seconds / 60), `${seconds} s`).toBe(inBrackets);
    }
  });

  it('writes an order’s interval in days', () => {
    expect(formatDaysMinutes(45 * 1440)).toBe('45 days');
    expect(formatDaysMinutes(45 * 1440 + 390)).toBe('45 days 6 h 30 min');
    expect(formatDaysMinutes(1440 + 120)).toBe('1 day 2 h');
    expect(formatDaysMinutes(90)).toBe('1 h 30 min');
  });

  it('prints percents to 4 decimals, rounding only for print', () => {
    expect(formatPercent(99.4321)).toBe('99.4321%');
    expect(formatPercent(99.49999)).toBe('99.5000%');
    expect(formatPercent(100)).toBe('100.0000%');
  });
});

describe('a result’s measure against its objective', () => {
  it('reads a ticket duration against "at most" its objective', () => {
    expect(measureText(result())).toEqual({ measure: '9 h 00 min', objective: 'at most 4 h 00 min', detail: null });
  });

  it('reads availability as a percent held to "at least", with its unavailable time', () => {
    const r = result({ sla: 'availability', ticketId: null, measure: { percent: 99.3, minutes: 312 }, objective: { percent: 99.5 } });
    expect(measureText(r)).toEqual({ measure: '99.3000%', objective: 'at least 99.5%', detail: '5 h 12 min unavailable' });
  });

  it('reads delay in ms and site survivability in hours', () => {
    expect(measureText(result({ sla: 'delay', measure: { ms: 132 }, objective: { ms: 90 } }))).toMatchObject({ measure: '132 ms', objective: 'at most 90 ms' });
    expect(measureText(result({ sla: 'site-survivability', measure: { hours: 80.25 }, objective: { hours: 72 } }))).toMatchObject({
      measure: '80.25 h',
      objective: 'at most 72 h',
    });
  });

  it('reads an order in days, with its service type’s on-time percentage for the month', () => {
    const r = result({ sla: 'provisioning', ticketId: null, orderId: 7, measure: { minutes: 50 * 1440, percent: 0 }, objective: { minutes: 45 * 1440, percent: 95 } });
    expect(measureText(r)).toEqual({ measure: '50 days', objective: 'at most 45 days', detail: 'Month on time 0.0000% (objective at least 95%)' });
  });

  it('says nothing was measured when the result has no measure (N/A)', () => {
    expect(measureText(result({ measure: null, objective: null }))).toEqual({ measure: null, objective: null, detail: null });
  });
});

describe('the credit owed', () => {
  it('shows the amount over its terms', () => {
    // Premier TMRC $1,200.00: TTR 25% = $300.00; Excessive Outage 100% + 10 ADUC days of $35.50 = $1,555.00.
    expect(creditText(result())).toEqual({ amount: '$300.00', terms: '25% of TMRC', flag: false });
    expect(creditText(result({ credit: { tmrcPercent: 100, aducDays: 10, installFeePercent: 0, amount: 1555 } }))).toEqual({
      amount: '$1,555.00',
      terms: '100% of TMRC + 10 ADUC days',
      flag: false,
    });
    expect(creditText(result({ credit: { tmrcPercent: 0, aducDays: 0, installFeePercent: 50, amount: 125 } }))).toEqual({
      amount: '$125.00',
      terms: '50% of the installation fee',
      flag: false,
    });
  });

  it('flags a missed notification for senior management instead of money', () => {
    const r = result({ sla: 'notification', remedy: 'senior-management-escalation', credit: { tmrcPercent: 0, aducDays: 0, installFeePercent: 0, amount: 0 } });
    expect(creditText(r)).toEqual({ amount: null, terms: 'Senior management escalation (no money)', flag: true });
  });

  it('owes nothing yet while pending, nothing when met', () => {
    const none = { tmrcPercent: 0, aducDays: 0, installFeePercent: 0, amount: 0 };
    expect(creditText(result({ status: 'pending', credit: none }))).toEqual({ amount: null, terms: 'Nothing owed yet', flag: false });
    expect(creditText(result({ status: 'met', credit: none }))).toEqual({ amount: null, terms: '—', flag: false });
  });
});

describe('labels', () => {
  it('names the consecutive-miss step', () => {
    expect(stepText(null)).toBeNull();
    expect(stepText(0)).toBeNull();
    expect(stepText(1)).toBe('1st miss');
    expect(stepText(2)).toBe('2nd in a row');
    expect(stepText(3)).toBe('3rd in a row');
    expect(stepText(11)).toBe('11th in a row');
    expect(stepText(22)).toBe('22nd in a row');
  });

  it('gives the engine’s reason an SLA does not apply, without repeating its clause and title', () => {
    const r = result({
      sla: 'cat3', title: 'CAT 3', clause: '29.4.8.4', status: 'not-applicable', applicable: false,
      explain: ['29.4.8.4 CAT 3: the standard tier has no objective for this SLA (N/A), so it is not evaluated.'],
    });
    expect(notApplicableReason(r)).toBe('The standard tier has no objective for this SLA (N/A), so it is not evaluated.');
  });

  it('orders clauses by number, 29.4.8.2 before 29.4.8.10', () => {
    expect(['29.4.8.10', '29.4.8.2', '29.4.8.11', '29.4.8.1'].sort(compareClauses)).toEqual(['29.4.8.1', '29.4.8.2', '29.4.8.10', '29.4.8.11']);
  });
});
