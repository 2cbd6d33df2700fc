import { describe, expect, it } from 'vitest';
import { ticketsPerContractorSeries, type TicketStart } from '../../../shared/charts/tickets';

const LA = 'America/Los_Angeles';
const att = (startAt: string): TicketStart => ({ contractorId: 1, contractorName: 'AT&T', startAt });
const vz = (startAt: string): TicketStart => ({ contractorId: 2, contractorName: 'Verizon', startAt });

describe('ticketsPerContractorSeries', () => {
  it('counts a ticket at 23:30 on Oct 31 in Sacramento in October, not in November', () => {
    // Oct 31 2026 is still daylight time (PDT, UTC−7; DST ends Nov 1 at 02:00): 23:30 PDT = 06:30 UTC on Nov 1.
    const s = ticketsPerContractorSeries([att('2026-11-01T06:30:00.000Z')], LA, '2026-11', 2);
    expect(s.months).toEqual(['2026-10', '2026-11']);
    expect(s.series).toEqual([{ contractorId: 1, name: 'AT&T', counts: [1, 0] }]);
    // The same instant in a UTC agency is November's: the zone decides.
    expect(ticketsPerContractorSeries([att('2026-11-01T06:30:00.000Z')], 'UTC', '2026-11', 2).series[0]!.counts).toEqual([0, 1]);
  });

  it('counts 23:30 PST on the last day of a standard-time month in that month', () => {
    // Nov 30 23:30 PST (UTC−8) = Dec 1 07:30 UTC → November; Dec 31 23:30 PST = Jan 1 2027 07:30 UTC → December.
    const s = ticketsPerContractorSeries([att('2026-12-01T07:30:00Z'), att('2027-01-01T07:30:00Z')], LA, '2027-01', 3);
    expect(s.months).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(s.series[0]!.counts).toEqual([1, 1, 0]);
  });

  it('puts the month boundaries of DST months at local midnight', () => {
    const s = ticketsPerContractorSeries(
      [
        // Mar 1 2026 00:00 PST = 08:00 UTC: the first instant of March; a minute before is February.
        att('2026-03-01T08:00:00Z'),
        att('2026-03-01T07:59:00Z'),
        // DST starts Mar 8 (PST→PDT): Apr 1 00:00 PDT = 07:00 UTC, April's first instant; 06:59 UTC is March.
        att('2026-04-01T06:59:00Z'),
        att('2026-04-01T07:00:00Z'),
        // Nov 1 2026, fall back: 01:30 happens twice (08:30 UTC in PDT, 09:30 UTC in PST), both November;
        // Nov 1 00:00 PDT = 07:00 UTC is November's first instant, 06:59 UTC is October.
        att('2026-11-01T08:30:00Z'),
        att('2026-11-01T09:30:00Z'),
        att('2026-11-01T07:00:00Z'),
        att('2026-11-01T06:59:00Z'),
      ],
      LA,
      '2026-11',
      10,
    );
    // Ten months ending Nov 2026: Feb … Nov.
    expect(s.months[0]).toBe('2026-02');
    const byMonth = Object.fromEntries(s.months.map((m, i) => [m, s.series[0]!.counts[i]]));
    // Feb 1 (07:59 Mar 1 UTC); Mar 2 (08:00 Mar 1, 06:59 Apr 1); Apr 1; Oct 1 (06:59 Nov 1); Nov 3.
    expect(byMonth).toEqual({
      '2026-02': 1, '2026-03': 2, '2026-04': 1, '2026-05': 0, '2026-06': 0, '2026-07': 0, '2026-08': 0, '2026-09': 0, '2026-10': 1, '2026-11': 3,
    });
  });

  it('gives one series per contractor with a ticket in the months, by name, with zeros for months without', () => {
    const s = ticketsPerContractorSeries(
      [
        // Verizon listed first in the input: the series are by name.
        vz('2026-09-15T17:00:00Z'),
        att('2026-10-02T17:00:00Z'),
        att('2026-10-20T17:00:00Z'),
        // Before the twelve months (Nov 2025 … Oct 2026): not counted, and no series for it alone.
        { contractorId: 3, contractorName: 'Lumen', startAt: '2025-10-10T17:00:00Z' },
        // An offset other than Z reads the same: 2026-08-31T20:00-07:00 is Aug 31 20:00 PDT.
        vz('2026-08-31T20:00:00-07:00'),
      ],
      LA,
      '2026-10',
    );
    expect(s.months).toHaveLength(12);
    expect(s.months[0]).toBe('2025-11');
    expect(s.series.map((x) => x.name)).toEqual(['AT&T', 'Verizon']);
    expect(s.series[0]!.counts).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    expect(s.series[1]!.counts).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0]);
  });

  it('gives no series for months without tickets', () => {
    expect(ticketsPerContractorSeries([], LA, '2026-10', 3)).toEqual({ months: ['2026-08', '2026-09', '2026-10'], series: [] });
  });
});
