import { describe, expect, it } from 'vitest';
import type { ServiceMonths, SlaResultRow } from '../../../../shared/ipc/sla';
import {
  chartModel, creditsModel, creditTerms, monthLabel, objectiveText, slaSeries, stepText, valueText, withRecorded,
} from '../../../../renderer/services/detail/slaMonths';

/** A monthly result as sla:service sends it; only what the page reads is varied. */
function result(sla: string, month: string, over: Partial<SlaResultRow>): SlaResultRow {
  return {
    key: `${sla}|svc:7|${month}`, sla, title: sla === 'availability' ? 'Availability' : sla, clause: '29.4.8.1', catalogId: 'calnet3-converged-voip',
    month, serviceId: 7, circuitId: 'SAC-1', contractorId: 1, site: 'HQ', ticketId: null, orderId: null, reference: null,
    applicable: true, met: true, status: 'met', measure: null, objective: null, consecutiveMisses: null,
    credit: { tmrcPercent: 0, aducDays: 0, installFeePercent: 0, amount: 0 }, remedy: null, awaiting: null, explain: [],
    ...over,
  };
}

const obj = { percent: 99.5 };

// A Premier service, TMRC $1,000 and ADUC $10: August met, September and October missed
// (1st and 2nd consecutive miss: 15% TMRC + 2 ADUC days = $170, then 30% + 2 = $320 per
// 29.4.8.1's steps), November still running. November also owes a $250 Time to Repair credit
// (25% TMRC) that is not a monthly result.
const data: ServiceMonths = {
  serviceId: 7,
  months: [
    // The order of the answer does not matter: the page sorts.
    { month: '2026-10', credit: 320, results: [result('availability', '2026-10', { status: 'missed', met: false, measure: { percent: 99.1 }, objective: obj, consecutiveMisses: 2, credit: { tmrcPercent: 30, aducDays: 2, installFeePercent: 0, amount: 320 } })] },
    { month: '2026-08', credit: 0, results: [result('availability', '2026-08', { measure: { percent: 100 }, objective: obj })] },
    { month: '2026-09', credit: 170, results: [result('availability', '2026-09', { status: 'missed', met: false, measure: { percent: 99.4999 }, objective: obj, consecutiveMisses: 1, credit: { tmrcPercent: 15, aducDays: 2, installFeePercent: 0, amount: 170 } })] },
    { month: '2026-11', credit: 250, results: [result('availability', '2026-11', { status: 'pending', met: null, measure: { percent: 99.9 }, objective: obj, awaiting: 'the end of the month' })] },
  ],
};

describe('slaSeries', () => {
  it('gives one availability row per month, oldest first, with the engine verdicts, steps and credits', () => {
    const [s, ...rest] = slaSeries(data);
    expect(rest).toEqual([]);
    expect(s!.sla).toBe('availability');
    expect(s!.comparison).toBe('>=');
    expect(s!.objective).toBe(99.5);
    expect(s!.rows.map((r) => r.label)).toEqual(['Aug 2026', 'Sep 2026', 'Oct 2026', 'Nov 2026']);
    expect(s!.rows.map((r) => r.status)).toEqual(['met', 'missed', 'missed', 'pending']);
    expect(s!.rows.map((r) => r.stepText)).toEqual(['', '1st miss', '2nd in a row', '']);
    expect(s!.rows.map((r) => r.creditCents)).toEqual([0, 17_000, 32_000, 0]);
    expect(s!.rows[2]!.creditTerms).toBe('30% TMRC + 2 ADUC days');
    expect(s!.rows[3]!.awaiting).toBe('the end of the month');
    expect(s!.rows[0]!.objectiveText).toBe('≥ 99.5%');
  });

  it('prints percentages to 4 decimals, and never rounds a miss up onto the objective', () => {
    const [s] = slaSeries(data);
    expect(s!.rows[0]!.valueText).toBe('100.0000%');
    expect(s!.rows[1]!.valueText).toBe('99.4999%');
    // 99.49999 misses ≥ 99.5 (compared unrounded); rounded to 4 decimals it would read 99.5000%.
    expect(valueText(99.49999, 'percent', 'missed', 99.5, '>=')).toBe('99.4999…%');
    expect(valueText(99.49999, 'percent', 'met', 99.4, '>=')).toBe('99.5000%');
  });

  it('orders availability before delay and jitter, and leaves a month without a result empty', () => {
    const mixed: ServiceMonths = {
      serviceId: 7,
      months: [
        { month: '2026-09', credit: 0, results: [
          result('jitter', '2026-09', { measure: { ms: 12 }, objective: { ms: 15 } }),
          result('availability', '2026-09', { measure: { percent: 100 }, objective: obj }),
        ] },
        { month: '2026-10', credit: 0, results: [result('availability', '2026-10', { measure: { percent: 100 }, objective: obj })] },
      ],
    };
    const series = slaSeries(mixed);
    expect(series.map((x) => x.sla)).toEqual(['availability', 'jitter']);
    const jitter = series[1]!;
    expect(jitter.unit).toBe('ms');
    expect(jitter.comparison).toBe('<=');
    expect(jitter.rows.map((r) => [r.status, r.valueText])).toEqual([['met', '12 ms'], ['none', '—']]);
    expect(jitter.rows[0]!.objectiveText).toBe('≤ 15 ms');
  });

  it('an SLA the tier does not offer reads "N/A"', () => {
    const na: ServiceMonths = { serviceId: 7, months: [{ month: '2026-10', credit: 0, results: [result('jitter', '2026-10', { applicable: false, met: null, status: 'not-applicable', objective: { ms: 0 } })] }] };
    expect(slaSeries(na)[0]!.rows[0]!.objectiveText).toBe('N/A');
  });
});

describe('withRecorded', () => {
  it('shows a month recorded before ATR Desk with the recorded verdict, no measure of the app and no credit', () => {
    // August was recorded as missed (the contractor's own report) although the app's data for
    // it (the agency was not using the app yet) gives 100%: the recorded verdict is the month's.
    const s = withRecorded(slaSeries(data)[0]!, new Map([['availability|2026-08', false], ['delay|2026-09', true]]));
    expect(s.rows.map((r) => r.status)).toEqual(['missed', 'missed', 'missed', 'pending']);
    expect(s.rows.map((r) => r.recorded)).toEqual([true, false, false, false]);
    expect(s.rows[0]).toMatchObject({ value: null, valueText: 'Recorded', creditCents: 0, stepText: '' });
    // Another SLA's record leaves this series alone: September keeps its engine verdict and credit.
    expect(s.rows[1]).toMatchObject({ status: 'missed', creditCents: 17_000, stepText: '1st miss' });
    expect(chartModel(s).points[0]!.value).toBeNull();
  });
});

describe('texts', () => {
  it('month labels, objectives, steps and credit terms', () => {
    expect(monthLabel('2026-01')).toBe('Jan 2026');
    expect(monthLabel('2026-12')).toBe('Dec 2026');
    expect(objectiveText(72, 'hours', '<=')).toBe('≤ 72 h');
    expect(objectiveText(null, 'ms', '<=')).toBe('N/A');
    expect(stepText(3)).toBe('3rd in a row');
    expect(stepText(11)).toBe('11th in a row');
    expect(stepText(null)).toBe('');
    expect(creditTerms({ tmrcPercent: 50, aducDays: 10, installFeePercent: 0, amount: 600 })).toBe('50% TMRC + 10 ADUC days');
    expect(creditTerms({ tmrcPercent: 0, aducDays: 0, installFeePercent: 50, amount: 250 })).toBe('50% of the installation fee');
    expect(creditTerms({ tmrcPercent: 0, aducDays: 0, installFeePercent: 0, amount: 0 })).toBe('');
  });
});

describe('chartModel', () => {
  it('zooms a percent axis to just under the lowest month, up to 100, with the objective line', () => {
    const c = chartModel(slaSeries(data)[0]!);
    // Lowest 99.1: span (100 - 99.1) x 1.25 = 1.125, a tick every 0.5 → floor of 98.875 is 98.5.
    expect(c.domain).toEqual([98.5, 100]);
    expect(c.ticks).toEqual([98.5, 99, 99.5, 100]);
    expect(c.objective).toBe(99.5);
    expect(c.points.map((p) => p.tick)).toEqual(['Aug', 'Sep', 'Oct', 'Nov']);
    expect(c.empty).toBe(false);
  });

  it('keeps the objective in view when every month is at 100%', () => {
    const perfect = slaSeries({ serviceId: 7, months: [{ month: '2026-10', credit: 0, results: [result('availability', '2026-10', { measure: { percent: 100 }, objective: obj })] }] })[0]!;
    const c = chartModel(perfect);
    // span max(0.5, 0.2) x 1.25 = 0.625, a tick every 0.2 → floor of 99.375 is 99.2.
    expect(c.domain).toEqual([99.2, 100]);
    expect(c.ticks).toEqual([99.2, 99.4, 99.6, 99.8, 100]);
  });

  it('runs usage hours from 0 to a little over the objective or the highest month', () => {
    const usage = slaSeries({ serviceId: 7, months: [
      { month: '2026-09', credit: 0, results: [result('site-survivability', '2026-09', { measure: { hours: 30 }, objective: { hours: 72 } })] },
      { month: '2026-10', credit: 0, results: [result('site-survivability', '2026-10', { status: 'missed', met: false, measure: { hours: 80 }, objective: { hours: 72 }, consecutiveMisses: 1 })] },
    ] })[0]!;
    const c = chartModel(usage);
    // Highest 80 h x 1.15 = 92, a tick every 25 (92 / 4 = 23) → up to 100.
    expect(c.domain).toEqual([0, 100]);
    expect(c.ticks).toEqual([0, 25, 50, 75, 100]);
    expect(c.unitSuffix).toBe(' h');
  });

  it('steps the hours axis so the highest month is not dwarfed', () => {
    const usage = slaSeries({ serviceId: 7, months: [
      { month: '2026-10', credit: 0, results: [result('site-survivability', '2026-10', { status: 'missed', met: false, measure: { hours: 96 }, objective: { hours: 72 }, consecutiveMisses: 1 })] },
    ] })[0]!;
    // 96 h x 1.15 = 110.4, a tick every 30 (110.4 / 4 = 27.6) → up to 120.
    expect(chartModel(usage).ticks).toEqual([0, 30, 60, 90, 120]);
  });

  it('says when there is nothing to plot', () => {
    const none = slaSeries({ serviceId: 7, months: [{ month: '2026-10', credit: 0, results: [result('delay', '2026-10', { measure: null, objective: { ms: 90 } })] }] })[0]!;
    expect(chartModel(none).empty).toBe(true);
  });
});

describe('creditsModel', () => {
  it('lists months newest first, splits the monthly SLAs from the rest, totals, and flags pending months', () => {
    const c = creditsModel(data);
    expect(c.rows.map((r) => r.month)).toEqual(['2026-11', '2026-10', '2026-09', '2026-08']);
    // November: $250 of Time to Repair, nothing monthly yet (availability pending).
    expect(c.rows[0]).toMatchObject({ monthlyCents: 0, otherCents: 25_000, totalCents: 25_000, pending: true });
    expect(c.rows[1]).toMatchObject({ monthlyCents: 32_000, otherCents: 0, totalCents: 32_000, pending: false });
    // $250 + $320 + $170 + $0
    expect(c.totalCents).toBe(74_000);
    expect(c.pendingMonths).toBe(1);
  });
});
