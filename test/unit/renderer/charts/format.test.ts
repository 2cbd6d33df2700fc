import { describe, expect, it } from 'vitest';
import { creditsSummary, monthTick, percentCut, percentText, spreadLabels, ticketsSummary } from '../../../../renderer/charts/format';

describe('chart texts', () => {
  it('ticks carry the year on the first month and on January', () => {
    expect(['2025-11', '2025-12', '2026-01', '2026-02'].map(monthTick)).toEqual(['Nov 2025', 'Dec', 'Jan 2026', 'Feb']);
  });
  it('cuts a percent over a bar, never rounding a miss up onto the objective', () => {
    expect(percentCut(99.4999)).toBe('99.49');
    expect(percentCut(100)).toBe('100.00');
    // 99.48 is 99.4799999… in binary: the cut still reads 99.48.
    expect(percentCut(99.48)).toBe('99.48');
    // 4 decimals as reports print; a miss that rounds onto 99.5 is cut and marked.
    expect(percentText(99.49999, false, 99.5)).toBe('99.4999…%');
    expect(percentText(99.48477, false, 99.5)).toBe('99.4848%');
  });
  it('summaries name the run and the totals', () => {
    // $0.10 + $0.20 claimed = $0.30; $0.10 credited; $0.20 owed.
    expect(creditsSummary([{ month: '2026-09', claimed: 0.1, credited: 0.1, owed: 0 }, { month: '2026-10', claimed: 0.2, credited: 0, owed: 0.2 }])).toBe(
      'Credits by month, Sep 2026 to Oct 2026: claimed $0.30, credited $0.10, still owed $0.20.',
    );
    expect(ticketsSummary({ months: ['2026-10'], series: [] })).toBe('Tickets per contractor by month, Oct 2026: no tickets.');
    expect(ticketsSummary({ months: ['2026-09', '2026-10'], series: [{ contractorId: 1, name: 'AT&T', counts: [1, 0] }] })).toBe(
      'Tickets per contractor by month, Sep 2026 to Oct 2026: AT&T 1 ticket.',
    );
  });
});

describe('spreadLabels', () => {
  it('leaves labels far enough apart where they are', () => {
    expect(spreadLabels([10, 40, 100], 13)).toEqual([10, 40, 100]);
  });
  it('spreads labels at the same height around it, in the order given', () => {
    // Two at 50 with a 14 px gap: 43 and 57.
    expect(spreadLabels([50, 50], 14)).toEqual([43, 57]);
    // Three at 50: 36, 50, 64.
    expect(spreadLabels([50, 50, 50], 14)).toEqual([36, 50, 64]);
  });
  it('pushes a near neighbour out of a spread cluster too', () => {
    // 50, 50 → 43, 57; then 60 overlaps 57: all three centred on (50 + 50 + 60) / 3 = 53.33…: 39.33…, 53.33…, 67.33….
    const out = spreadLabels([50, 60, 50], 14);
    expect(out[0]).toBeCloseTo(39.333, 3);
    expect(out[2]).toBeCloseTo(53.333, 3);
    expect(out[1]).toBeCloseTo(67.333, 3);
  });
});
