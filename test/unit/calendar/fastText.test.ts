// The fast writers of instants give exactly the text of the slow ones they stand for: toUtcIso is
// Date#toISOString, formatAgencyTime is Intl's "Oct 6, 2026, 10:00 AM PDT", across DST changes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAgencyTime, formatAgencyTimeIntl } from '../../../shared/calendar/agencyTime';
import { toUtcIso } from '../../../shared/calendar/instant';
import { formatWallTime, parseWallTime } from '../../../shared/calendar/textDates';

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
});
