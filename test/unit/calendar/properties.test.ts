// Invariants of business-time arithmetic (fast-check): they must hold for any instant and any
// duration, on the default calendar, on 24x7 (across DST changes and midnights), and on odd
// calendars (split hours, night shifts ending at 24:00, another zone, explicit holidays).
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  CALENDAR_24X7,
  DEFAULT_CALENDAR,
  add,
  between,
  instant,
  isBusinessDay,
  isWithinHours,
  localDate,
  makeCalendar,
  nextBusinessInstant,
  type BusinessCalendar,
} from '../../../shared/calendar';

const HOUR = 3_600_000;

const calendars: Array<[string, BusinessCalendar]> = [
  ['default', DEFAULT_CALENDAR],
  ['24x7', CALENDAR_24X7],
  [
    'split hours, night shift, New York, explicit holidays',
    makeCalendar({
      timeZone: 'America/New_York',
      hours: {
        mon: [['08:00', '12:00'], ['13:00', '17:00']],
        wed: [['00:00', '03:30'], ['22:00', '24:00']],
        thu: [['00:00', '06:00']],
        sun: [['01:00', '03:00']], // straddles both DST changes
      },
      holidays: ['2026-03-11', '2026-11-04', '2027-01-06'],
      closures: ['2026-03-12'],
    }),
  ],
  ['Sydney (southern DST)', makeCalendar({ timeZone: 'Australia/Sydney', holidays: [] })],
];

// Instants from 2024 to 2028, to the millisecond.
const instantArb = fc.integer({ min: instant('2024-01-01T00:00:00Z'), max: instant('2028-12-31T00:00:00Z') });
// Durations up to 40 days of 24x7 time (≈ 107 business days on the default calendar).
const durationArb = fc.integer({ min: 0, max: 40 * 24 * HOUR });
// Small durations and exact hours, to hit openings, closings and midnights exactly.
const edgyDurationArb = fc.oneof(durationArb, fc.integer({ min: 0, max: 200 }).map((h) => h * HOUR / 2));
const edgyInstantArb = fc.oneof(
  instantArb,
  fc.integer({ min: 0, max: 5 * 365 * 48 }).map((k) => instant('2024-01-01T00:00:00Z') + k * (HOUR / 2)),
);

describe.each(calendars)('%s calendar', (_name, cal) => {
  it('between(a, add(a, d)) = d', () => {
    fc.assert(
      fc.property(edgyInstantArb, edgyDurationArb, (a, d) => {
        expect(between(cal, a, add(cal, a, d))).toBe(d);
      }),
      { numRuns: 400 },
    );
  });

  it('between is additive: between(a, b) + between(b, c) = between(a, c)', () => {
    fc.assert(
      fc.property(fc.array(edgyInstantArb, { minLength: 3, maxLength: 3 }), (xs) => {
        const [a, b, c] = [...xs].sort((x, y) => x - y) as [number, number, number];
        expect(between(cal, a, b) + between(cal, b, c)).toBe(between(cal, a, c));
      }),
      { numRuns: 300 },
    );
  });

  it('add is monotonic in the duration and in the start', () => {
    fc.assert(
      fc.property(edgyInstantArb, edgyInstantArb, edgyDurationArb, edgyDurationArb, (a1, a2, d1, d2) => {
        const [a, b] = a1 <= a2 ? [a1, a2] : [a2, a1];
        const [d, e] = d1 <= d2 ? [d1, d2] : [d2, d1];
        expect(add(cal, a, d)).toBeLessThanOrEqual(add(cal, a, e));
        expect(add(cal, a, d)).toBeLessThanOrEqual(add(cal, b, d));
      }),
      { numRuns: 300 },
    );
  });

  it('business time never exceeds elapsed time, and add never goes back', () => {
    fc.assert(
      fc.property(edgyInstantArb, edgyDurationArb, (a, d) => {
        const r = add(cal, a, d);
        expect(r - a).toBeGreaterThanOrEqual(d);
        expect(between(cal, a, r)).toBeLessThanOrEqual(r - a);
      }),
      { numRuns: 300 },
    );
  });

  it('a due instant falls inside business hours or at a closing, never in closed time', () => {
    fc.assert(
      fc.property(edgyInstantArb, edgyDurationArb.filter((d) => d > 0), (a, d) => {
        const r = add(cal, a, d);
        // The millisecond before the due instant is business time, and the due day is a business day.
        expect(isWithinHours(cal, r - 1)).toBe(true);
        expect(isBusinessDay(cal, localDate(cal, r - 1))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('counting starts at nextBusinessInstant', () => {
    fc.assert(
      fc.property(edgyInstantArb, (a) => {
        const n = nextBusinessInstant(cal, a);
        expect(n).toBeGreaterThanOrEqual(a);
        expect(between(cal, a, n)).toBe(0);
        expect(isWithinHours(cal, n)).toBe(true);
        expect(add(cal, a, 1)).toBe(n + 1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('24x7 and zones', () => {
  it('24x7 business time is elapsed time, across every midnight and DST change', () => {
    fc.assert(
      fc.property(edgyInstantArb, edgyInstantArb, (x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        expect(between(CALENDAR_24X7, a, b)).toBe(b - a);
        expect(add(CALENDAR_24X7, a, b - a)).toBe(b);
      }),
      { numRuns: 500 },
    );
  });

  it('local dates agree with luxon in zones with and without DST', () => {
    const zones = ['America/Los_Angeles', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'America/St_Johns', 'UTC', 'Pacific/Chatham'];
    const cals = zones.map((z) => makeCalendar({ timeZone: z, holidays: [] }));
    fc.assert(
      fc.property(edgyInstantArb, fc.integer({ min: 0, max: zones.length - 1 }), (t, i) => {
        expect(localDate(cals[i] as BusinessCalendar, t)).toBe(DateTime.fromMillis(t, { zone: zones[i] as string }).toISODate());
      }),
      { numRuns: 500 },
    );
  });

  it('a business day in any zone opens at the wall-clock 08:00 luxon computes', () => {
    const zones = ['America/Los_Angeles', 'Europe/London', 'Australia/Sydney', 'America/Santiago', 'Asia/Tokyo'];
    const cals = zones.map((z) => makeCalendar({ timeZone: z, holidays: [] }));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 * 365 }), fc.integer({ min: 0, max: zones.length - 1 }), (k, i) => {
        const zone = zones[i] as string;
        const day = DateTime.fromObject({ year: 2024, month: 1, day: 1 }, { zone }).plus({ days: k });
        if (day.weekday > 5) return;
        const opening = day.set({ hour: 8 }).toMillis();
        const closing = day.set({ hour: 17 }).toMillis();
        expect(nextBusinessInstant(cals[i] as BusinessCalendar, day.startOf('day').toMillis())).toBe(opening);
        expect(between(cals[i] as BusinessCalendar, day.startOf('day').toMillis(), day.endOf('day').toMillis())).toBe(closing - opening);
      }),
      { numRuns: 500 },
    );
  });
});
