// Civil-date periods (shared/calendar/periods.ts): the days of a range per month, week and month ends.
import { describe, expect, it } from 'vitest';
import { monthSpans, periodEnd, periodEnds } from '../../../shared/calendar/periods';

describe('monthSpans', () => {
  it('splits [from, to) by calendar month with each month length', () => {
    // January 20–31 is 12 days; February 1–4 is 4 days (2014 is not a leap year).
    expect(monthSpans('2014-01-20', '2014-02-05')).toEqual([
      { month: '2014-01', days: 12, daysInMonth: 31 },
      { month: '2014-02', days: 4, daysInMonth: 28 },
    ]);
    expect(monthSpans('2016-02-28', '2016-03-01')).toEqual([{ month: '2016-02', days: 2, daysInMonth: 29 }]);
    expect(monthSpans('2014-01-20', '2014-01-20')).toEqual([]);
    expect(monthSpans('2014-01-20', '2014-01-10')).toEqual([]);
  });
});

describe('period ends', () => {
  it('a week ends on Sunday, a month on its last day', () => {
    // 2014-01-29 was a Wednesday; 2014-02-02 the Sunday after. A Sunday is its own week's end.
    expect(periodEnd('2014-01-29', 'week')).toBe('2014-02-02');
    expect(periodEnd('2014-02-02', 'week')).toBe('2014-02-02');
    expect(periodEnd('2016-02-10', 'month')).toBe('2016-02-29');
  });

  it('lists each period from the one holding `from` to the one holding `to`', () => {
    expect(periodEnds('2013-11-15', '2014-01-29', 'month')).toEqual(['2013-11-30', '2013-12-31', '2014-01-31']);
    expect(periodEnds('2013-12-27', '2014-01-07', 'week')).toEqual(['2013-12-29', '2014-01-05', '2014-01-12']);
  });
});
