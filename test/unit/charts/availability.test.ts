import { describe, expect, it } from 'vitest';
import { availabilitySeries } from '../../../shared/charts/availability';
import type { ServiceMonths, SlaResultRow } from '../../../shared/ipc/sla';

/** A monthly result as sla:service sends it; only what the chart reads is varied. */
function result(sla: string, month: string, over: Partial<SlaResultRow>): SlaResultRow {
  return {
    key: `${sla}|svc:7|${month}`, sla, title: sla, clause: '29.4.8.1', catalogId: 'calnet3-converged-voip',
    month, serviceId: 7, circuitId: 'SAC-1', contractorId: 1, site: 'HQ', ticketId: null, orderId: null, reference: null,
    applicable: true, met: true, status: 'met', measure: null, objective: null, consecutiveMisses: null,
    credit: { tmrcPercent: 0, aducDays: 0, installFeePercent: 0, amount: 0 }, remedy: null, awaiting: null, explain: [],
    ...over,
  };
}

const P = { percent: 99.5 };

// A Premier service (objective ≥ 99.5%) that started in August 2026: Aug met at 100%, Sep missed
// at 99.4999 (compared unrounded: a miss), Oct missed at 99.1, Nov running (pending at 99.9).
// September also has a delay result, which the availability chart leaves out.
const data: ServiceMonths = {
  serviceId: 7,
  months: [
    { month: '2026-11', credit: 0, results: [result('availability', '2026-11', { status: 'pending', met: null, measure: { percent: 99.9 }, objective: P })] },
    { month: '2026-10', credit: 320, results: [result('availability', '2026-10', { status: 'missed', met: false, measure: { percent: 99.1 }, objective: P })] },
    { month: '2026-09', credit: 170, results: [
      result('delay', '2026-09', { measure: { ms: 40 }, objective: { ms: 90 } }),
      result('availability', '2026-09', { status: 'missed', met: false, measure: { percent: 99.4999 }, objective: P }),
    ] },
    { month: '2026-08', credit: 0, results: [result('availability', '2026-08', { measure: { percent: 100 }, objective: P })] },
  ],
};

describe('availabilitySeries', () => {
  it('gives twelve months ending at the month asked, oldest first, the months before the service empty', () => {
    const s = availabilitySeries(data, '2026-11');
    expect(s.points.map((p) => p.month)).toEqual([
      '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11',
    ]);
    // Dec 2025 … Jul 2026: before the service, no percent and no verdict, the objective line runs through.
    for (const p of s.points.slice(0, 8)) expect(p).toEqual({ month: p.month, percent: null, objective: 99.5, met: null, status: 'none', recorded: false });
    expect(s.points.slice(8)).toEqual([
      { month: '2026-08', percent: 100, objective: 99.5, met: true, status: 'met', recorded: false },
      { month: '2026-09', percent: 99.4999, objective: 99.5, met: false, status: 'missed', recorded: false },
      { month: '2026-10', percent: 99.1, objective: 99.5, met: false, status: 'missed', recorded: false },
      // Pending: the engine has no verdict yet, so neither does the chart.
      { month: '2026-11', percent: 99.9, objective: 99.5, met: null, status: 'pending', recorded: false },
    ]);
    expect(s.objective).toBe(99.5);
    expect(s.counts).toEqual({ met: 1, missed: 2, pending: 1 });
    expect(s.empty).toBe(false);
    // Lowest 99.1: span 0.9 × 1.25 = 1.125, ticks every 0.5 from 98.5.
    expect(s.axis).toEqual({ domain: [98.5, 100], ticks: [98.5, 99, 99.5, 100] });
  });

  it('ends where asked: a shorter run, and months of the input after it left out', () => {
    const s = availabilitySeries(data, '2026-09', { count: 2 });
    expect(s.points.map((p) => [p.month, p.percent, p.met])).toEqual([['2026-08', 100, true], ['2026-09', 99.4999, false]]);
    expect(s.counts).toEqual({ met: 1, missed: 1, pending: 0 });
  });

  it('shows a month recorded before ATR Desk with the recorded verdict and no percent of the app', () => {
    const s = availabilitySeries(data, '2026-09', { count: 3, recorded: [{ month: '2026-07', met: false }, { month: '2026-08', met: false }] });
    expect(s.points).toEqual([
      // July: no data in the app; the history says it missed.
      { month: '2026-07', percent: null, objective: 99.5, met: false, status: 'missed', recorded: true },
      // August: the recorded verdict wins over the partial month the app holds.
      { month: '2026-08', percent: null, objective: 99.5, met: false, status: 'missed', recorded: true },
      { month: '2026-09', percent: 99.4999, objective: 99.5, met: false, status: 'missed', recorded: false },
    ]);
    expect(s.counts).toEqual({ met: 0, missed: 3, pending: 0 });
  });

  it('a tier without the objective: no objective, no verdict', () => {
    const na: ServiceMonths = { serviceId: 7, months: [{ month: '2026-10', credit: 0, results: [result('availability', '2026-10', { applicable: false, status: 'not-applicable', met: null, measure: null, objective: null })] }] };
    const s = availabilitySeries(na, '2026-10', { count: 2 });
    expect(s.objective).toBeNull();
    expect(s.points).toEqual([
      { month: '2026-09', percent: null, objective: null, met: null, status: 'none', recorded: false },
      { month: '2026-10', percent: null, objective: null, met: null, status: 'not-applicable', recorded: false },
    ]);
    expect(s.empty).toBe(true);
  });

  it('keeps each month\'s own objective when the tier changed, and labels the latest', () => {
    // Standard (≥ 99.2%) in September, Premier (≥ 99.5%) from October.
    const moved: ServiceMonths = { serviceId: 7, months: [
      { month: '2026-09', credit: 0, results: [result('availability', '2026-09', { measure: { percent: 99.3 }, objective: { percent: 99.2 } })] },
      { month: '2026-10', credit: 0, results: [result('availability', '2026-10', { measure: { percent: 99.6 }, objective: P })] },
    ] };
    const s = availabilitySeries(moved, '2026-11', { count: 3 });
    expect(s.points.map((p) => p.objective)).toEqual([99.2, 99.5, 99.5]);
    expect(s.objective).toBe(99.5);
  });

  it('an empty answer plots nothing', () => {
    const s = availabilitySeries({ months: [] }, '2026-10');
    expect(s.points).toHaveLength(12);
    expect(s.empty).toBe(true);
    expect(s.objective).toBeNull();
    expect(s.counts).toEqual({ met: 0, missed: 0, pending: 0 });
  });
});
