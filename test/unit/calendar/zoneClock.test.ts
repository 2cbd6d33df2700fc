import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { formatInZone, monthOf, parseInstant } from '../../../shared/calendar/instant';
import { parseInstantFast, ZoneClock } from '../../../shared/calendar/zoneClock';
import { plusDays } from '../../../shared/calendar/holidays';

// The engine's fast paths must give exactly instant.ts's answers.
const part = (n: number, max: number) => fc.integer({ min: 0, max }).map((v) => String(v).padStart(n, '0'));
const isoish = fc
  .tuple(part(4, 9999), part(2, 13), part(2, 32), part(2, 25), part(2, 61), fc.option(part(2, 61)), fc.option(fc.stringMatching(/^[0-9]{1,10}$/)),
    fc.constantFrom('Z', '+', '-', 'x', ''), part(2, 30), part(2, 61), fc.boolean(), fc.constantFrom('T', ' '))
  .map(([y, mo, d, h, mi, s, f, z, oh, om, colon, T]) =>
    `${y}-${mo}-${d}${T}${h}:${mi}${s !== null ? ':' + s : ''}${f !== null ? '.' + f : ''}${z === 'Z' ? 'Z' : z === '' ? '' : z + oh + (colon ? ':' : '') + om}`);

describe('parseInstantFast', () => {
  it('answers exactly like parseInstant, valid or not', () => {
    fc.assert(
      fc.property(fc.oneof(isoish, fc.string(), fc.string().map((x) => '2026-10-05T09:00' + x)), (s) => {
        expect(parseInstantFast(s)).toBe(parseInstant(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads the stored form (Date#toISOString) exactly, and any one-character change of it like parseInstant', () => {
    const stored = fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }).map((ms) => new Date(ms).toISOString());
    fc.assert(fc.property(stored, (iso) => {
      expect(parseInstantFast(iso)).toBe(Date.parse(iso));
    }), { numRuns: 20_000 });
    const changed = fc.tuple(stored, fc.nat(23), fc.constantFrom('0', '9', 'a', ':', '-', '.', 'Z', 'T', '+', '/', ' ')).map(([iso, at, c]) => iso.slice(0, at) + c + iso.slice(at + 1));
    fc.assert(fc.property(changed, (s) => {
      expect(parseInstantFast(s)).toBe(parseInstant(s));
    }), { numRuns: 20_000 });
    expect(parseInstantFast('2026-02-29T09:00:00.000Z')).toBeNull();
    expect(parseInstantFast('2024-02-29T23:59:59.999Z')).toBe(Date.UTC(2024, 1, 29, 23, 59, 59, 999));
  });

  it('reads the usual forms', () => {
    expect(parseInstantFast('2026-10-05T09:00:00-07:00')).toBe(Date.UTC(2026, 9, 5, 16));
    expect(parseInstantFast('2026-10-05T16:00Z')).toBe(Date.UTC(2026, 9, 5, 16));
    expect(parseInstantFast('2026-10-05T09:00:00.5-0700')).toBe(Date.UTC(2026, 9, 5, 16, 0, 0, 500));
    expect(parseInstantFast('2026-10-05T09:00:00')).toBeNull();
    expect(parseInstantFast('2026-02-29T09:00:00Z')).toBeNull();
  });
});

describe('ZoneClock', () => {
  const instants = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) });
  for (const zone of ['America/Los_Angeles', 'Europe/London', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC']) {
    it(`formats, finds months and adds calendar days like luxon in ${zone}`, () => {
      const clock = new ZoneClock(zone);
      fc.assert(
        fc.property(instants, fc.integer({ min: 0, max: 120 }), (ms, days) => {
          expect(clock.format(ms)).toBe(formatInZone(ms, zone));
          expect(clock.monthOf(ms)).toBe(monthOf(ms, zone));
          expect(clock.plusCalendarDays(ms, days)).toBe(DateTime.fromMillis(ms, { zone }).plus({ days }).toMillis());
          const date = DateTime.fromMillis(ms, { zone }).toISODate()!;
          expect(clock.dateOf(ms)).toBe(date);
          // the end of the date is the next day's first instant: ms is inside [start, end)
          expect(clock.endOfDate(date)).toBe(DateTime.fromMillis(ms, { zone }).plus({ days: 1 }).startOf('day').toMillis());
          expect(clock.endOfDate(date)).toBeGreaterThan(ms);
          expect(clock.dateOf(clock.endOfDate(date))).toBe(plusDays(date, 1));
          expect(clock.dateOf(clock.endOfDate(date) - 1)).toBe(date);
        }),
        { numRuns: 800 },
      );
    });
  }

  it('handles the DST days of 2026 in Los Angeles', () => {
    const clock = new ZoneClock('America/Los_Angeles');
    // Fall back: 01:30 happens twice; 08:30Z is PDT, 09:30Z is PST.
    expect(clock.format(Date.UTC(2026, 10, 1, 8, 30))).toBe('2026-11-01T01:30:00-07:00');
    expect(clock.format(Date.UTC(2026, 10, 1, 9, 30))).toBe('2026-11-01T01:30:00-08:00');
    // 45 calendar days from 2026-10-01 10:00 PDT is 2026-11-15 10:00 PST (not 09:00).
    expect(clock.format(clock.plusCalendarDays(parseInstant('2026-10-01T10:00:00-07:00')!, 45))).toBe('2026-11-15T10:00:00-08:00');
    expect(clock.monthBounds('2026-11')).toEqual({ start: Date.UTC(2026, 10, 1, 7), end: Date.UTC(2026, 11, 1, 8), days: 30 });
  });

  it('gives the agency date of an instant and the end of a date, DST days included', () => {
    const clock = new ZoneClock('America/Los_Angeles');
    // 2026-10-17 06:59Z is 23:59 PDT on the 16th; 07:00Z is midnight, the 17th.
    expect(clock.dateOf(Date.UTC(2026, 9, 17, 6, 59))).toBe('2026-10-16');
    expect(clock.dateOf(Date.UTC(2026, 9, 17, 7, 0))).toBe('2026-10-17');
    // An ordinary day ends at the next midnight PDT (07:00Z).
    expect(clock.endOfDate('2026-10-16')).toBe(Date.UTC(2026, 9, 17, 7));
    // 2026-11-01 has 25 hours (fall back at 02:00 PDT): it ends at 2026-11-02 00:00 PST = 08:00Z,
    // 25 h after it began at 2026-11-01 00:00 PDT = 07:00Z.
    expect(clock.endOfDate('2026-11-01')).toBe(Date.UTC(2026, 10, 2, 8));
    expect(clock.endOfDate('2026-11-01') - clock.endOfDate('2026-10-31')).toBe(25 * 3_600_000);
    // 2026-03-08 has 23 hours (spring forward at 02:00 PST): 08:00Z to 2026-03-09 00:00 PDT = 07:00Z.
    expect(clock.endOfDate('2026-03-08') - clock.endOfDate('2026-03-07')).toBe(23 * 3_600_000);
    expect(clock.endOfDate('2026-03-08')).toBe(Date.UTC(2026, 2, 9, 7));
    // the last day of a month ends where the next month begins
    expect(clock.endOfDate('2026-10-31')).toBe(clock.monthBounds('2026-11').start);
    expect(() => clock.endOfDate('2026-02-30')).toThrow(/not a date/);
    expect(plusDays('2026-09-01', 45)).toBe('2026-10-16');
    expect(plusDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});
