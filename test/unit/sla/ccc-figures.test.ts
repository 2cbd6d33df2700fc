// The help desk's figures as typed, its CSV report's periods, and the billing check's arithmetic,
// checked by hand (seed 002: flat rates per incident, per call for hardware).
import { describe, expect, it } from 'vitest';
import { parsePeriodLabel } from '../../../shared/calendar/civil';
import { loadServiceLevelCatalog } from '../../../shared/sla';
import { checkFigures, scaleFigure } from '../../../shared/sla/figures';
import { billingCheck } from '../../../shared/sla/rules/billingCheck';

const ccc = loadServiceLevelCatalog('ccc-help-desk');

describe('a figure as typed', () => {
  it('is kept exact, scaled by its decimals: 28.5 s is 285 tenths, "1,000" calls is 1000', () => {
    expect(scaleFigure(ccc.figure('speed-of-answer-seconds')!, '28.5')).toEqual({ ok: true, scaled: 285 });
    expect(scaleFigure(ccc.figure('speed-of-answer-seconds')!, 35)).toEqual({ ok: true, scaled: 350 });
    expect(scaleFigure(ccc.figure('calls-answered')!, '1,000')).toEqual({ ok: true, scaled: 1000 });
    expect(scaleFigure(ccc.figure('satisfaction-score')!, '4.10')).toEqual({ ok: true, scaled: 410 });
  });

  it('refuses what it cannot be, in a sentence naming the figure', () => {
    expect(scaleFigure(ccc.figure('calls-abandoned')!, '6.5')).toEqual({ ok: false, message: 'Calls abandoned must be a whole number of calls' });
    expect(scaleFigure(ccc.figure('calls-answered')!, '-3')).toEqual({ ok: false, message: 'Calls answered cannot be negative' });
    expect(scaleFigure(ccc.figure('satisfaction-score')!, '5.01')).toEqual({ ok: false, message: 'Customer satisfaction score is at most 5 (points of 5)' });
    expect(scaleFigure(ccc.figure('speed-of-answer-seconds')!, 'about 30')).toEqual({ ok: false, message: 'Average speed of answer must be a number of seconds' });
  });

  it('a period is checked as a whole: the month\'s figures, resolved no more than answered, not after this month', () => {
    expect(checkFigures(ccc, '2026-10', { 'calls-answered': 935, 'resolved-first-contact': 935 }, '2026-11').problems).toEqual([]);
    expect(checkFigures(ccc, '2026-10', { 'calls-answered': 935, 'resolved-first-contact': 936 }, '2026-11').problems).toEqual([
      { field: 'resolved-first-contact', message: 'Resolved on first contact (936) cannot be more than calls answered (935)' },
    ]);
    expect(checkFigures(ccc, '2026-12', { 'calls-answered': 1 }, '2026-11').problems).toEqual([{ field: '', message: 'Period cannot be in the future (this month is 2026-11)' }]);
    expect(checkFigures(ccc, '2026', { 'calls-answered': 1 }, '2026-11').problems).toEqual([{ field: 'calls-answered', message: "Calls answered is a month's figure, not a year's" }]);
    expect(checkFigures(ccc, '2026-10', {}, '2026-11').problems[0]!.message).toMatch(/^Enter at least one of the month's figures/);
  });
});

describe('a report\'s period as people write it', () => {
  it('reads months and years in the usual forms, nothing else', () => {
    expect(['2026-10', '2026/10', '10/2026', '1/2026', 'Oct 2026', 'October 2026', 'oct. 2026', '2026'].map(parsePeriodLabel)).toEqual([
      '2026-10', '2026-10', '2026-10', '2026-01', '2026-10', '2026-10', '2026-10', '2026',
    ]);
    expect(['2026-13', '13/2026', 'Octobre 2026', '2026-10-01', '', 'soon'].map(parsePeriodLabel)).toEqual([null, null, null, null, null, null]);
  });
});

describe('the billing check', () => {
  const rates = new Map([['security-support', 1850], ['desktop-software-support', 2200], ['application-support', 3500], ['hardware-support', 4200]]);

  it('expects count × the year\'s rate per line and shows the difference with what was billed, in cents', () => {
    // 3 × $18.50 = $55.50; 1 × $22.00; 0 × $35.00; 2 calls × $42.00 = $84.00: $161.50 expected; billed $161.50.
    const counts = new Map([['security-support', 3], ['desktop-software-support', 1], ['hardware-support', 2]]);
    const c = billingCheck(ccc, '2026-10', counts, rates, 16150);
    expect(c.lines.map((l) => [l.serviceType, l.count, l.expectedCents])).toEqual([
      ['security-support', 3, 5550], ['desktop-software-support', 1, 2200], ['application-support', 0, 0], ['hardware-support', 2, 8400],
    ]);
    expect([c.expectedCents, c.differenceCents]).toEqual([16150, 0]);
    expect(c.explain).toContain('Hardware Support/Dispatch Support: 2 calls × $42.00 (2026 rate per call) = $84.00.');
    expect(c.explain.at(-1)).toBe('The bill matches the incidents on record.');
    // Billed $10.00 less: one incident may be missing from the bill.
    expect(billingCheck(ccc, '2026-10', counts, rates, 15150).differenceCents).toBe(-1000);
  });

  it('cannot expect a bill while a line with incidents has no rate, nor tell a difference without the billed amount', () => {
    const c = billingCheck(ccc, '2026-10', new Map([['application-support', 2]]), new Map(), null);
    expect([c.expectedCents, c.billedCents, c.differenceCents, c.missingRates]).toEqual([null, null, null, ['Application Support']]);
  });
});
