// The fast writers of instants give exactly the text of the slow ones they stand for: toUtcIso is
// Date#toISOString, formatAgencyTime is Intl's "Oct 6, 2026, 10:00 AM PDT", across DST changes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAgencyTime, formatAgencyTimeIntl } from '../../../shared/calendar/agencyTime';
import { toUtcIso } from '../../../shared/calendar/instant';
import { DateTime } from 'luxon';
import { formatWallTime, parseWallDate, parseWallTime } from '../../../shared/calendar/textDates';

const from = Date.parse('2019-01-01T00:00:00Z');
const to = Date.parse('2031-01-01T00:00:00Z');

describe('fast instant text', () => {
  it('toUtcIso is Date#toISOString, milliseconds included', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 253_402_300_799_999 }), (ms) => toUtcIso(ms) === new Date(ms).toISOString()));
    expect(toUtcIso(Date.parse('2026-10-08T14:30:05.007Z'))).toBe('2026-10-08T14:30:05.007Z');
  });

  it('formatAgencyTime is Intl\'s text in every zone an agency may use, at any minute', () => {
    for (const zone of ['America/Los_Angeles', 'America/New_York', 'America/Phoenix', 'UTC', 'Pacific/Honolulu']) {
      fc.assert(fc.property(fc.integer({ min: from / 60_000, max: to / 60_000 }), (minute) => formatAgencyTime(minute * 60_000, zone) === formatAgencyTimeIntl(minute * 60_000, zone)));
    }
  });

  it('reads the repeated and skipped hours of a DST change as Intl does', () => {
    // 2026-11-01 01:30 happens twice in Los Angeles (PDT, then PST); 2026-03-08 jumps from 01:59 PST to 03:00 PDT.
    expect(formatAgencyTime(Date.parse('2026-11-01T08:30:00Z'), 'America/Los_Angeles')).toBe('Nov 1, 2026, 1:30 AM PDT');
    expect(formatAgencyTime(Date.parse('2026-11-01T09:30:00Z'), 'America/Los_Angeles')).toBe('Nov 1, 2026, 1:30 AM PST');
    expect(formatAgencyTime(Date.parse('2026-03-08T10:00:00Z'), 'America/Los_Angeles')).toBe('Mar 8, 2026, 3:00 AM PDT');
    expect(formatAgencyTime(Date.parse('2026-10-08T19:00:00Z'), 'America/Los_Angeles')).toBe('Oct 8, 2026, 12:00 PM PDT');
    expect(formatAgencyTime(Date.parse('2026-10-08T07:05:00Z'), 'America/Los_Angeles')).toBe('Oct 8, 2026, 12:05 AM PDT');
  });

  it('parseWallTime reads back what a file in the zone writes, the repeated hour as its first time', () => {
    for (const zone of ['America/Los_Angeles', 'America/New_York', 'Australia/Lord_Howe']) {
      fc.assert(
        fc.property(fc.integer({ min: from / 60_000, max: to / 60_000 }), (minute) => {
          const ms = minute * 60_000;
          const back = parseWallTime(formatWallTime(ms, 'yyyy-MM-dd HH:mm', zone), 'yyyy-MM-dd HH:mm', zone);
          // A wall time written twice (fall back) reads as its first instant: up to the length of the change earlier.
          return back === ms || (back !== null && back < ms && ms - back <= 3_600_000 && formatWallTime(back, 'yyyy-MM-dd HH:mm', zone) === formatWallTime(ms, 'yyyy-MM-dd HH:mm', zone));
        }),
      );
    }
  });

  // Files' dates of digits and separators are read without luxon: the same answers as luxon's
  // fromFormat, for the texts a file writes and for texts that are nearly right.
  const FORMATS = ['M/d/yyyy h:mm a', 'MM/dd/yyyy HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy-MM-dd HH:mm:ss', 'd.M.yyyy H:mm', 'yyyyMMddHHmm', 'h:mm a M/d/yyyy', 'M/d/yyyy H:mm:ss', 'dd-MM-yyyy hh:mm a'];
  const luxonMs = (text: string, format: string) => {
    const t = text.trim();
    if (t === '') return null;
    const dt = DateTime.fromFormat(t, format, { zone: 'UTC', locale: 'en-US' });
    return dt.isValid ? dt.toMillis() : null;
  };
  const written = fc.tuple(fc.constantFrom(...FORMATS), fc.integer({ min: from / 1000, max: to / 1000 })).map(([f, sec]) => [f, DateTime.fromMillis(sec * 1000, { zone: 'UTC' }).setLocale('en-US').toFormat(f)] as const);
  const nearly = fc
    .tuple(written, fc.nat(20), fc.constantFrom('0', '1', '2', '3', '9', '/', ':', ' ', '-', 'a', 'P', 'm', '', '13', '24', '31', '00', '60'))
    .map(([[f, text], at, c]) => [f, text.slice(0, at) + c + text.slice(at + 1)] as const);

  it('parseWallTime reads a file\'s dates of digits exactly as luxon does, valid or not', () => {
    fc.assert(
      fc.property(fc.oneof(written, nearly), ([f, text]) => {
        expect(parseWallTime(text, f, 'UTC')).toBe(luxonMs(text, f));
      }),
      { numRuns: 20_000 },
    );
    // The edges luxon decides: midnight and noon in 12-hour time, 24:00, February 29, a year before 1000.
    for (const [text, f] of [
      ['1/5/2026 12:05 AM', 'M/d/yyyy h:mm a'], ['1/5/2026 12:05 pm', 'M/d/yyyy h:mm a'], ['1/5/2026 0:05 PM', 'M/d/yyyy h:mm a'],
      ['2026-01-05 24:00', 'yyyy-MM-dd HH:mm'], ['2024-02-29 10:00', 'yyyy-MM-dd HH:mm'], ['2026-02-29 10:00', 'yyyy-MM-dd HH:mm'],
      ['0999-01-05 10:00', 'yyyy-MM-dd HH:mm'], ['2026-1-5 10:00', 'yyyy-MM-dd HH:mm'], [' 1/5/2026 9:05 AM ', 'M/d/yyyy h:mm a'],
    ] as const) {
      expect(parseWallTime(text, f, 'UTC'), `${text} as ${f}`).toBe(luxonMs(text, f));
    }
    expect(parseWallTime('1/5/2026 12:05 AM', 'M/d/yyyy h:mm a', 'UTC')).toBe(Date.UTC(2026, 0, 5, 0, 5));
    expect(parseWallTime('10/6/2026 1:30 PM', 'M/d/yyyy h:mm a', 'America/Los_Angeles')).toBe(Date.parse('2026-10-06T20:30:00Z'));
  });

  it('parseWallDate reads a date of digits exactly as luxon does', () => {
    const dates = fc.tuple(fc.constantFrom('M/d/yyyy', 'yyyy-MM-dd', 'dd.MM.yyyy'), fc.integer({ min: from / 86_400_000, max: to / 86_400_000 }), fc.nat(10), fc.constantFrom('0', '3', '/', '-', '', '13', '32'))
      .map(([f, day, at, c]) => {
        const text = DateTime.fromMillis(day * 86_400_000, { zone: 'UTC' }).toFormat(f);
        return [f, at % 3 === 0 ? text.slice(0, at) + c + text.slice(at + 1) : text] as const;
      });
    fc.assert(
      fc.property(dates, ([f, text]) => {
        const ms = luxonMs(text, f);
        expect(parseWallDate(text, f)).toBe(ms === null ? null : new Date(ms).toISOString().slice(0, 10));
      }),
      { numRuns: 10_000 },
    );
  });
});
