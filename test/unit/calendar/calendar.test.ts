// Business-time arithmetic (DOMAIN.md "Time"). Every expected value below is worked out by hand
// from the rules: default calendar = Mon–Fri 08:00–17:00 America/Los_Angeles + California State
// holidays. 2026 facts used: DST starts Sun Mar 8, ends Sun Nov 1; MLK Day Mon Jan 19; Cesar
// Chavez Day Tue Mar 31; Thanksgiving Thu Nov 26 and Fri Nov 27; Christmas Fri Dec 25.
import { describe, expect, it } from 'vitest';
import {
  CALENDAR_24X7,
  DEFAULT_CALENDAR,
  add,
  addBusinessDays,
  between,
  businessDayLengthMs,
  calendarHolidays,
  calendarSpecProblems,
  formatInZone,
  instant,
  isBusinessDay,
  isWithinHours,
  localDate,
  makeCalendar,
  nextBusinessInstant,
  type BusinessCalendar,
} from '../../../shared/calendar';

const MIN = 60_000;
const HOUR = 60 * MIN;
const at = instant;
const la = (ms: number): string => formatInZone(ms, 'America/Los_Angeles');
const D = DEFAULT_CALENDAR;

describe('DOMAIN.md examples: "within N business days"', () => {
  it('escalated Tuesday 10:00, 1 business day → Wednesday 10:00', () => {
    // Tue 10–17 = 7 h, Wed 08:00 + 2 h = 10:00.
    expect(la(addBusinessDays(D, at('2026-03-10T10:00:00-07:00'), 1))).toBe('2026-03-11T10:00:00-07:00');
  });

  it('escalated Friday 16:00 before a Monday holiday → Tuesday 16:00', () => {
    // Fri 16–17 = 1 h, Sat/Sun closed, Mon Jan 19 is MLK Day, Tue 08:00 + 8 h = 16:00.
    expect(la(addBusinessDays(D, at('2026-01-16T16:00:00-08:00'), 1))).toBe('2026-01-20T16:00:00-08:00');
  });

  it('escalated Saturday 11:00 → Monday 17:00 (the closing instant, not Tuesday 08:00)', () => {
    expect(la(addBusinessDays(D, at('2026-03-14T11:00:00-07:00'), 1))).toBe('2026-03-16T17:00:00-07:00');
  });

  it('2 business days from Tuesday 10:00 → Thursday 10:00 (bill ladder L3)', () => {
    expect(la(addBusinessDays(D, at('2026-03-10T10:00:00-07:00'), 2))).toBe('2026-03-12T10:00:00-07:00');
  });
});

describe('add', () => {
  it('completing exactly at a closing time answers the closing instant', () => {
    expect(la(add(D, at('2026-03-11T08:00:00-07:00'), 9 * HOUR))).toBe('2026-03-11T17:00:00-07:00');
    expect(la(add(D, at('2026-03-11T15:00:00-07:00'), 120 * MIN))).toBe('2026-03-11T17:00:00-07:00');
    // One minute more spills into Thursday's opening.
    expect(la(add(D, at('2026-03-11T15:00:00-07:00'), 121 * MIN))).toBe('2026-03-12T08:01:00-07:00');
  });

  it('a start before opening counts from the opening', () => {
    expect(la(add(D, at('2026-03-11T06:30:00-07:00'), 60 * MIN))).toBe('2026-03-11T09:00:00-07:00');
  });

  it('a start after closing counts from the next opening', () => {
    expect(la(add(D, at('2026-03-11T18:00:00-07:00'), 60 * MIN))).toBe('2026-03-12T09:00:00-07:00');
    // Exactly at closing is outside hours too.
    expect(la(add(D, at('2026-03-11T17:00:00-07:00'), 60 * MIN))).toBe('2026-03-12T09:00:00-07:00');
  });

  it('a start on a weekend counts from Monday opening', () => {
    expect(la(add(D, at('2026-03-15T09:00:00-07:00'), 30 * MIN))).toBe('2026-03-16T08:30:00-07:00');
  });

  it('a start on a holiday counts from the next business day', () => {
    // Cesar Chavez Day, Tue 2026-03-31.
    expect(la(add(D, at('2026-03-31T10:00:00-07:00'), 60 * MIN))).toBe('2026-04-01T09:00:00-07:00');
    // Thanksgiving Thu 2026-11-26, the day after (Fri), then the weekend.
    expect(la(add(D, at('2026-11-26T09:00:00-08:00'), 60 * MIN))).toBe('2026-11-30T09:00:00-08:00');
  });

  it('adding zero is the start itself, inside or outside hours', () => {
    const sat = at('2026-03-14T11:00:00-07:00');
    expect(add(D, sat, 0)).toBe(sat);
  });

  it('spans weeks: 10 business days from Monday 08:00 is Friday 17:00 of the next week', () => {
    // 2026-03-02 … 2026-03-13: no holidays; 10 × 9 h ends at the 10th day's closing.
    expect(la(addBusinessDays(D, at('2026-03-02T08:00:00-08:00'), 10))).toBe('2026-03-13T17:00:00-07:00');
  });

  it('business hours are wall-clock: the week of the spring-forward still has 9-hour days', () => {
    // Fri Mar 6 08:00 PST + 18 business hours = Fri 9 h + Mon Mar 9 (PDT) 9 h → Mon 17:00 PDT.
    expect(la(add(D, at('2026-03-06T08:00:00-08:00'), 18 * HOUR))).toBe('2026-03-09T17:00:00-07:00');
  });

  it('works in the calendar zone, not the zone of the input text', () => {
    // 17:30Z on Tue 2026-03-10 is 10:30 PDT.
    expect(la(add(D, at('2026-03-10T17:30:00Z'), 30 * MIN))).toBe('2026-03-10T11:00:00-07:00');
  });

  it('refuses a negative or non-finite duration and a non-finite start', () => {
    expect(() => add(D, at('2026-03-10T10:00:00-07:00'), -1)).toThrow(RangeError);
    expect(() => add(D, at('2026-03-10T10:00:00-07:00'), Number.NaN)).toThrow(RangeError);
    expect(() => add(D, Number.NaN, 1)).toThrow(RangeError);
    expect(() => addBusinessDays(D, at('2026-03-10T10:00:00-07:00'), -1)).toThrow(RangeError);
  });
});

describe('between', () => {
  it('counts business time in [a, b) across a weekend and a Monday holiday', () => {
    // Fri Jan 16 15–17 = 2 h; Sat, Sun, Mon (MLK) = 0; Tue Jan 20 08–10 = 2 h.
    expect(between(D, at('2026-01-16T15:00:00-08:00'), at('2026-01-20T10:00:00-08:00'))).toBe(4 * HOUR);
  });

  it('counts across a weekend and a Tuesday holiday', () => {
    // Fri Mar 27 16–17 = 1 h; Mon Mar 30 = 9 h; Tue Mar 31 Cesar Chavez = 0; Wed Apr 1 08–09 = 1 h.
    expect(between(D, at('2026-03-27T16:00:00-07:00'), at('2026-04-01T09:00:00-07:00'))).toBe(11 * HOUR);
  });

  it('is 0 when b ≤ a and outside hours', () => {
    const a = at('2026-03-10T10:00:00-07:00');
    expect(between(D, a, a)).toBe(0);
    expect(between(D, a, a - HOUR)).toBe(0);
    expect(between(D, at('2026-03-10T18:00:00-07:00'), at('2026-03-11T07:59:00-07:00'))).toBe(0);
  });

  it('a whole week is 45 h on the default calendar', () => {
    expect(between(D, at('2026-03-09T00:00:00-07:00'), at('2026-03-16T00:00:00-07:00'))).toBe(45 * HOUR);
  });
});

describe('24x7 calendar (the Customer Care Center)', () => {
  const F = CALENDAR_24X7;

  it('counts the fall-back day 2026-11-01 as 25 h', () => {
    expect(between(F, at('2026-11-01T00:00:00-07:00'), at('2026-11-02T00:00:00-08:00'))).toBe(25 * HOUR);
  });

  it('counts the spring-forward day 2026-03-08 as 23 h', () => {
    expect(between(F, at('2026-03-08T00:00:00-08:00'), at('2026-03-09T00:00:00-07:00'))).toBe(23 * HOUR);
  });

  it('loses no minute at midnight: 23:30 → 00:30 is 60 min', () => {
    expect(between(F, at('2026-05-05T23:30:00-07:00'), at('2026-05-06T00:30:00-07:00'))).toBe(60 * MIN);
    expect(la(add(F, at('2026-05-05T23:30:00-07:00'), 60 * MIN))).toBe('2026-05-06T00:30:00-07:00');
    // The minute 23:59 → 00:00 itself.
    expect(between(F, at('2026-05-05T23:59:00-07:00'), at('2026-05-06T00:00:00-07:00'))).toBe(MIN);
  });

  it('business day is 24 h; "2 days" are 48 elapsed hours even across the fall-back', () => {
    expect(businessDayLengthMs(F)).toBe(24 * HOUR);
    // Sat Oct 31 12:00 PDT + 48 h: the wall clock falls back an hour on Nov 1 → Mon 11:00 PST.
    expect(la(addBusinessDays(F, at('2026-10-31T12:00:00-07:00'), 2))).toBe('2026-11-02T11:00:00-08:00');
  });

  it('has no holidays: Christmas is a business day', () => {
    expect(isBusinessDay(F, '2026-12-25')).toBe(true);
    expect(between(F, at('2026-12-25T00:00:00-08:00'), at('2026-12-26T00:00:00-08:00'))).toBe(24 * HOUR);
  });
});

describe('bugs other SLA tools shipped (PRACTICES.md "Business time")', () => {
  it('a 24x7 calendar does not lose a minute at midnight (hours ending 23:59)', () => {
    // A week of 24x7 time is 7 × 24 h exactly (no DST in this week).
    expect(between(CALENDAR_24X7, at('2026-05-04T00:00:00-07:00'), at('2026-05-11T00:00:00-07:00'))).toBe(7 * 24 * HOUR);
  });

  it('a ticket opened outside hours does not get a zero delay', () => {
    // Opened Saturday 11:00, looked at Monday 10:00: 2 business hours have run (Mon 08–10).
    const opened = at('2026-03-14T11:00:00-07:00');
    expect(between(D, opened, at('2026-03-16T10:00:00-07:00'))).toBe(2 * HOUR);
    // Opened Friday 20:00, a 4-business-hour deadline is Monday 12:00, not Friday 20:00.
    expect(la(add(D, at('2026-03-13T20:00:00-07:00'), 4 * HOUR))).toBe('2026-03-16T12:00:00-07:00');
  });

  it('adding an hour at the DST fall-back does not return the same instant', () => {
    const start = at('2026-11-01T01:30:00-07:00'); // 01:30 PDT
    const end = add(CALENDAR_24X7, start, 60 * MIN);
    expect(end).not.toBe(start);
    expect(end - start).toBe(HOUR);
    expect(la(end)).toBe('2026-11-01T01:30:00-08:00'); // 01:30 PST, one hour later
  });

  it('no regional holidays: only the listed California State days are closed', () => {
    for (const day of [
      '2026-02-12', // Lincoln Day: dropped after 2009
      '2026-04-03', // Good Friday
      '2026-06-19', // Juneteenth: on no shipped year's list
      '2026-10-12', // Columbus / Indigenous Peoples' Day
      '2026-12-24', // Christmas Eve
      '2026-12-31', // New Year's Eve
      '2026-07-03', // Friday before a Saturday Independence Day: Saturday holidays are not moved
    ]) {
      expect(isBusinessDay(D, day), day).toBe(true);
    }
    for (const day of ['2026-01-01', '2026-01-19', '2026-02-16', '2026-03-31', '2026-05-25', '2026-09-07', '2026-09-25', '2026-11-11', '2026-11-26', '2026-11-27', '2026-12-25']) {
      expect(isBusinessDay(D, day), day).toBe(false);
    }
  });

  it('an escalation due falls inside business hours, not at midnight', () => {
    // Escalated Thursday 20:00: counting starts Friday 08:00, 9 h later is Friday 17:00.
    expect(la(addBusinessDays(D, at('2026-03-12T20:00:00-07:00'), 1))).toBe('2026-03-13T17:00:00-07:00');
    // Escalated at midnight Monday: due Monday 17:00, not Tuesday 00:00.
    expect(la(addBusinessDays(D, at('2026-03-16T00:00:00-07:00'), 1))).toBe('2026-03-16T17:00:00-07:00');
  });
});

describe('closures and custom calendars', () => {
  it('agency closures are added to the California State holidays', () => {
    const cal = makeCalendar({ closures: ['2026-12-24'] });
    expect(isBusinessDay(cal, '2026-12-24')).toBe(false);
    expect(isBusinessDay(cal, '2026-12-25')).toBe(false); // still Christmas
    // Wed Dec 23 16–17 = 1 h; Thu 24 closed; Fri 25 Christmas; weekend; Mon Dec 28 08:00 + 1 h.
    expect(la(add(cal, at('2026-12-23T16:00:00-08:00'), 2 * HOUR))).toBe('2026-12-28T09:00:00-08:00');
    // On the default calendar Dec 24 is open: 1 h Wed + 1 h Thu → Thu 09:00.
    expect(la(add(D, at('2026-12-23T16:00:00-08:00'), 2 * HOUR))).toBe('2026-12-24T09:00:00-08:00');
  });

  it('an explicit holiday list replaces the California list; closures add to it', () => {
    const cal = makeCalendar({ holidays: ['2026-07-06'], closures: ['2026-07-07'] });
    expect(isBusinessDay(cal, '2026-07-06')).toBe(false);
    expect(isBusinessDay(cal, '2026-07-07')).toBe(false);
    expect(isBusinessDay(cal, '2026-03-31')).toBe(true); // Cesar Chavez Day is not on this list
    expect(calendarHolidays(cal, 2026)).toEqual([
      { date: '2026-07-06', name: 'Holiday' },
      { date: '2026-07-07', name: 'Agency closure' },
    ]);
  });

  it('split hours (lunch break): counting skips 12–13; the morning closing is a closing instant', () => {
    const cal = makeCalendar({ hours: lunch(), holidays: [] });
    expect(la(add(cal, at('2026-03-09T11:00:00-07:00'), 2 * HOUR))).toBe('2026-03-09T14:00:00-07:00');
    expect(la(add(cal, at('2026-03-09T11:00:00-07:00'), HOUR))).toBe('2026-03-09T12:00:00-07:00');
    expect(businessDayLengthMs(cal)).toBe(8 * HOUR);
    expect(between(cal, at('2026-03-09T00:00:00-07:00'), at('2026-03-10T00:00:00-07:00'))).toBe(8 * HOUR);
  });

  it('touching intervals are one stretch', () => {
    const cal = makeCalendar({ hours: { mon: [['12:00', '17:00'], ['08:00', '12:00']] }, holidays: [] });
    expect(businessDayLengthMs(cal)).toBe(9 * HOUR);
    expect(la(add(cal, at('2026-03-09T11:00:00-07:00'), 2 * HOUR))).toBe('2026-03-09T13:00:00-07:00');
  });

  it('hours given for some weekdays close the others', () => {
    const cal = makeCalendar({ hours: { sat: [['09:00', '13:00']] }, holidays: [] });
    expect(isBusinessDay(cal, '2026-03-09')).toBe(false); // Monday
    expect(isBusinessDay(cal, '2026-03-14')).toBe(true); // Saturday
    // Mon 10:00 + 5 h → Sat 09–13 (4 h) → next Sat 10:00.
    expect(la(add(cal, at('2026-03-09T10:00:00-07:00'), 5 * HOUR))).toBe('2026-03-21T10:00:00-07:00');
  });

  it('an interval may run to 24:00 and continue at 00:00 the next day', () => {
    const cal = makeCalendar({ hours: { fri: [['22:00', '24:00']], sat: [['00:00', '02:00']] }, holidays: [] });
    // Fri 23:30 + 1 h = Sat 00:30, nothing lost at midnight.
    expect(la(add(cal, at('2026-03-13T23:30:00-07:00'), HOUR))).toBe('2026-03-14T00:30:00-07:00');
    // Ending exactly at 24:00 answers the next day's 00:00.
    expect(la(add(cal, at('2026-03-13T23:30:00-07:00'), 30 * MIN))).toBe('2026-03-14T00:00:00-07:00');
  });

  it('hours inside the DST gap and overlap count the wall-clock time that exists', () => {
    // Sunday hours 00:00–06:00. Spring forward (Mar 8): 02:00–03:00 never shows → 5 h.
    // Fall back (Nov 1): 01:00–02:00 shows twice → 7 h.
    const night = makeCalendar({ hours: { sun: [['00:00', '06:00']] }, holidays: [] });
    expect(between(night, at('2026-03-08T00:00:00-08:00'), at('2026-03-09T00:00:00-07:00'))).toBe(5 * HOUR);
    expect(between(night, at('2026-11-01T00:00:00-07:00'), at('2026-11-02T00:00:00-08:00'))).toBe(7 * HOUR);
    // Hours 02:30–05:00 on the spring-forward day: only 03:00–05:00 exists → 2 h, from 03:00 PDT.
    const gap = makeCalendar({ hours: { sun: [['02:30', '05:00']] }, holidays: [] });
    expect(between(gap, at('2026-03-08T00:00:00-08:00'), at('2026-03-09T00:00:00-07:00'))).toBe(2 * HOUR);
    expect(la(nextBusinessInstant(gap, at('2026-03-08T00:00:00-08:00')))).toBe('2026-03-08T03:00:00-07:00');
    // Hours 01:30–02:30 on the fall-back day: 01:30–02:00 PDT then 01:00–02:30 PST → 2 h.
    const overlap = makeCalendar({ hours: { sun: [['01:30', '02:30']] }, holidays: [] });
    expect(between(overlap, at('2026-11-01T00:00:00-07:00'), at('2026-11-02T00:00:00-08:00'))).toBe(2 * HOUR);
  });

  it('another zone: New York business hours', () => {
    const ny = makeCalendar({ timeZone: 'America/New_York' });
    expect(ny.timeZone).toBe('America/New_York');
    expect(formatInZone(addBusinessDays(ny, at('2026-03-10T10:00:00-04:00'), 1), 'America/New_York')).toBe('2026-03-11T10:00:00-04:00');
    // 16:30 in Los Angeles is 19:30 in New York: after closing there.
    expect(isWithinHours(ny, at('2026-03-10T16:30:00-07:00'))).toBe(false);
    expect(isWithinHours(D, at('2026-03-10T16:30:00-07:00'))).toBe(true);
  });
});

describe('business-day length', () => {
  it('is 9 h on the default calendar and 24 h on 24x7', () => {
    expect(businessDayLengthMs(D)).toBe(9 * HOUR);
    expect(businessDayLengthMs(CALENDAR_24X7)).toBe(24 * HOUR);
  });

  it('is the most common weekday length when weekdays differ (ties → the longer)', () => {
    const fourTens = makeCalendar({
      hours: { mon: [['07:00', '17:00']], tue: [['07:00', '17:00']], wed: [['07:00', '17:00']], thu: [['07:00', '17:00']], fri: [['08:00', '12:00']] },
    });
    expect(businessDayLengthMs(fourTens)).toBe(10 * HOUR);
    const tie = makeCalendar({
      hours: { mon: [['08:00', '12:00']], tue: [['08:00', '12:00']], wed: [['08:00', '17:00']], thu: [['08:00', '17:00']] },
    });
    expect(businessDayLengthMs(tie)).toBe(9 * HOUR);
  });
});

describe('calendar helpers', () => {
  it('isBusinessDay: weekdays that are not holidays', () => {
    expect(isBusinessDay(D, '2026-04-01')).toBe(true);
    expect(isBusinessDay(D, '2026-03-31')).toBe(false);
    expect(isBusinessDay(D, '2026-03-14')).toBe(false);
    expect(isBusinessDay(CALENDAR_24X7, '2026-03-14')).toBe(true);
    expect(() => isBusinessDay(D, '2026-02-30')).toThrow(RangeError);
  });

  it('isWithinHours: opening inside, closing outside', () => {
    expect(isWithinHours(D, at('2026-03-10T08:00:00-07:00'))).toBe(true);
    expect(isWithinHours(D, at('2026-03-10T16:59:59-07:00'))).toBe(true);
    expect(isWithinHours(D, at('2026-03-10T17:00:00-07:00'))).toBe(false);
  });

  it('nextBusinessInstant: itself inside hours, else the next opening', () => {
    expect(la(nextBusinessInstant(D, at('2026-03-10T09:15:00-07:00')))).toBe('2026-03-10T09:15:00-07:00');
    expect(la(nextBusinessInstant(D, at('2026-03-27T17:00:00-07:00')))).toBe('2026-03-30T08:00:00-07:00');
    expect(la(nextBusinessInstant(D, at('2026-03-30T17:00:00-07:00')))).toBe('2026-04-01T08:00:00-07:00');
  });

  it('localDate is the date in the calendar zone', () => {
    expect(localDate(D, at('2026-03-11T06:30:00Z'))).toBe('2026-03-10');
    expect(localDate(D, at('2026-03-11T07:00:00Z'))).toBe('2026-03-11');
  });

  it('calendarHolidays lists the year with observed dates and closures', () => {
    const cal = makeCalendar({ closures: ['2022-12-23'] });
    const dec = calendarHolidays(cal, 2022).filter((h) => h.date.startsWith('2022-12'));
    expect(dec).toEqual([
      { date: '2022-12-23', name: 'Agency closure' },
      { date: '2022-12-26', name: 'Christmas Day', observedFrom: '2022-12-25' },
    ]);
  });
});

describe('makeCalendar validation', () => {
  it('refuses an invalid spec, naming every problem', () => {
    expect(() => makeCalendar({ timeZone: 'Mars/Olympus_Mons' })).toThrow(/timeZone/);
    expect(() => makeCalendar({ hours: { mon: [['08:00', '25:00']] } })).toThrow(/hours\/mon\/0\/1/);
    expect(() => makeCalendar({ hours: { mon: [] } })).toThrow(/no business hours/);
    expect(() => makeCalendar({ timeZone: 'local' })).toThrow(/timeZone/);
  });

  it('calendarSpecProblems returns pointers relative to the spec', () => {
    expect(calendarSpecProblems({ hours: { tue: [['17:00', '08:00']] }, closures: ['2026-13-01'] })).toEqual([
      { path: '/hours/tue/0', message: 'starts at 17:00, not before its end 08:00' },
      { path: '/closures/0', message: '"2026-13-01" is not a date (YYYY-MM-DD)' },
    ]);
    expect(calendarSpecProblems({})).toEqual([]);
  });

  it('refuses a value that is not a calendar', () => {
    expect(() => add({ timeZone: 'America/Los_Angeles' } as unknown as BusinessCalendar, 0, 1)).toThrow(TypeError);
  });
});

function lunch(): Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri', Array<[string, string]>> {
  const day: Array<[string, string]> = [
    ['08:00', '12:00'],
    ['13:00', '17:00'],
  ];
  return { mon: day, tue: day, wed: day, thu: day, fri: day };
}
