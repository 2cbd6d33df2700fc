// California State holidays (DOMAIN.md "Time"), checked against a real calendar, and the
// validation of the holiday data file.
import { describe, expect, it } from 'vitest';
import shipped from '../../../resources/holidays/california-state.json';
import {
  CALIFORNIA_STATE,
  DEFAULT_CALENDAR,
  californiaStateHolidays,
  civilFromDays,
  daysFromCivil,
  formatIsoDate,
  isBusinessDay,
  loadHolidayData,
  makeHolidayList,
  parseHolidayData,
  parseIsoDate,
  weekdayOfDay,
  type HolidayData,
} from '../../../shared/calendar';

const dateOf = (year: number, name: string): string | undefined => californiaStateHolidays(year).find((h) => h.name === name)?.date;
const clone = (): HolidayData => JSON.parse(JSON.stringify(shipped)) as HolidayData;

describe('California State holidays', () => {
  it('Cesar Chavez Day is March 31 (a Sunday one moves to Monday)', () => {
    expect(dateOf(2025, 'Cesar Chavez Day')).toBe('2025-03-31');
    expect(dateOf(2026, 'Cesar Chavez Day')).toBe('2026-03-31');
    expect(californiaStateHolidays(2024).find((h) => h.name === 'Cesar Chavez Day')).toEqual({
      id: 'cesar-chavez-day',
      date: '2024-04-01',
      name: 'Cesar Chavez Day',
      observedFrom: '2024-03-31',
    });
  });

  it('Native American Day is the 4th Friday of September', () => {
    expect(dateOf(2015, 'Native American Day')).toBe('2015-09-25');
    expect(dateOf(2024, 'Native American Day')).toBe('2024-09-27');
    expect(dateOf(2025, 'Native American Day')).toBe('2025-09-26');
    expect(dateOf(2026, 'Native American Day')).toBe('2026-09-25');
  });

  it('Thanksgiving is the 4th Thursday of November and the day after is a holiday too', () => {
    expect(dateOf(2024, 'Thanksgiving Day')).toBe('2024-11-28');
    expect(dateOf(2024, 'Day after Thanksgiving')).toBe('2024-11-29');
    expect(dateOf(2025, 'Day after Thanksgiving')).toBe('2025-11-28');
    expect(dateOf(2026, 'Day after Thanksgiving')).toBe('2026-11-27');
    expect(isBusinessDay(DEFAULT_CALENDAR, '2026-11-27')).toBe(false);
  });

  it('a Sunday holiday is observed on the Monday after', () => {
    expect(californiaStateHolidays(2022).find((h) => h.name === 'Christmas Day')).toMatchObject({ date: '2022-12-26', observedFrom: '2022-12-25' });
    expect(californiaStateHolidays(2023).find((h) => h.name === "New Year's Day")).toMatchObject({ date: '2023-01-02', observedFrom: '2023-01-01' });
    expect(dateOf(2021, 'Independence Day')).toBe('2021-07-05');
    expect(dateOf(2018, 'Veterans Day')).toBe('2018-11-12');
    expect(isBusinessDay(DEFAULT_CALENDAR, '2022-12-26')).toBe(false);
    expect(isBusinessDay(DEFAULT_CALENDAR, '2023-01-02')).toBe(false);
  });

  it('a Saturday holiday is not moved', () => {
    const xmas = californiaStateHolidays(2021).find((h) => h.name === 'Christmas Day');
    expect(xmas).toEqual({ id: 'christmas', date: '2021-12-25', name: 'Christmas Day' });
    expect(isBusinessDay(DEFAULT_CALENDAR, '2021-12-24')).toBe(true);
    expect(isBusinessDay(DEFAULT_CALENDAR, '2021-12-27')).toBe(true);
    expect(dateOf(2022, "New Year's Day")).toBe('2022-01-01');
    expect(isBusinessDay(DEFAULT_CALENDAR, '2021-12-31')).toBe(true);
    expect(dateOf(2023, 'Veterans Day')).toBe('2023-11-11');
  });

  it('Lincoln Day (Feb 12) is on the list in 2009 and absent from 2010 on', () => {
    expect(dateOf(2009, 'Lincoln Day')).toBe('2009-02-12');
    expect(isBusinessDay(DEFAULT_CALENDAR, '2009-02-12')).toBe(false);
    for (let y = 2010; y <= 2035; y++) expect(dateOf(y, 'Lincoln Day'), String(y)).toBeUndefined();
    expect(isBusinessDay(DEFAULT_CALENDAR, '2013-02-12')).toBe(true);
  });

  it('Juneteenth is on no shipped year, but a year list can include it', () => {
    for (let y = 2009; y <= 2035; y++) expect(dateOf(y, 'Juneteenth'), String(y)).toBeUndefined();
    expect(shipped.note).toMatch(/Juneteenth/);
    const data = clone();
    data.years['2027'] = [...(data.years['2027'] ?? []), 'juneteenth'];
    const list = makeHolidayList(loadHolidayData(data, 'test'));
    // 2027-06-19 is a Saturday: not moved.
    expect(list.holidays(2027).find((h) => h.id === 'juneteenth')?.date).toBe('2027-06-19');
    expect(list.holidays(2026).find((h) => h.id === 'juneteenth')).toBeUndefined();
    expect(list.isHolidayDay(daysFromCivil(2027, 6, 19))).toBe(true);
  });

  it("MLK, Presidents', Memorial and Labor Day fall on the right Mondays", () => {
    const expected: Record<number, [string, string, string, string]> = {
      2013: ['2013-01-21', '2013-02-18', '2013-05-27', '2013-09-02'],
      2020: ['2020-01-20', '2020-02-17', '2020-05-25', '2020-09-07'],
      2024: ['2024-01-15', '2024-02-19', '2024-05-27', '2024-09-02'],
      2026: ['2026-01-19', '2026-02-16', '2026-05-25', '2026-09-07'],
      2030: ['2030-01-21', '2030-02-18', '2030-05-27', '2030-09-02'],
    };
    for (const [year, dates] of Object.entries(expected)) {
      const y = Number(year);
      expect([dateOf(y, 'Martin Luther King Jr. Day'), dateOf(y, "Presidents' Day"), dateOf(y, 'Memorial Day'), dateOf(y, 'Labor Day')], year).toEqual(dates);
    }
  });

  it('the 2026 list is exactly the DOMAIN.md days', () => {
    expect(californiaStateHolidays(2026).map((h) => `${h.date} ${h.name}`)).toEqual([
      "2026-01-01 New Year's Day",
      '2026-01-19 Martin Luther King Jr. Day',
      "2026-02-16 Presidents' Day",
      '2026-03-31 Cesar Chavez Day',
      '2026-05-25 Memorial Day',
      '2026-07-04 Independence Day',
      '2026-09-07 Labor Day',
      '2026-09-25 Native American Day',
      '2026-11-11 Veterans Day',
      '2026-11-26 Thanksgiving Day',
      '2026-11-27 Day after Thanksgiving',
      '2026-12-25 Christmas Day',
    ]);
  });

  it('covers 2009–2035 with distinct dates, never observed on a Sunday', () => {
    expect(CALIFORNIA_STATE.firstYear).toBe(2009);
    expect(CALIFORNIA_STATE.lastYear).toBe(2035);
    for (let y = 2009; y <= 2035; y++) {
      const list = californiaStateHolidays(y);
      expect(list.length, String(y)).toBe(y === 2009 ? 13 : 12);
      expect(new Set(list.map((h) => h.date)).size, String(y)).toBe(list.length);
      for (const h of list) expect(weekdayOfDay(parseIsoDate(h.date) ?? 0), h.date).not.toBe(6);
    }
  });

  it('a year outside the data uses the nearest listed year', () => {
    expect(CALIFORNIA_STATE.covers(2040)).toBe(false);
    expect(CALIFORNIA_STATE.covers(2035)).toBe(true);
    // Rules still apply: 2040-03-31 is a Saturday (not moved), 2040-01-01 a Sunday (→ Monday).
    expect(dateOf(2040, 'Cesar Chavez Day')).toBe('2040-03-31');
    expect(dateOf(2040, "New Year's Day")).toBe('2040-01-02');
    expect(californiaStateHolidays(2040)).toHaveLength(12);
    expect(dateOf(2000, 'Lincoln Day')).toBe('2000-02-12'); // before 2009: the 2009 list
  });
});

describe('civil dates', () => {
  it('day numbers round-trip and know their weekday', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(weekdayOfDay(0)).toBe(3); // Thursday
    expect(formatIsoDate(daysFromCivil(2000, 2, 29))).toBe('2000-02-29');
    expect(civilFromDays(daysFromCivil(1969, 12, 31))).toEqual({ year: 1969, month: 12, day: 31 });
    expect(parseIsoDate('2026-02-29')).toBeNull();
    expect(parseIsoDate('2024-02-29')).toBe(daysFromCivil(2024, 2, 29));
    expect(parseIsoDate('2026-1-5')).toBeNull();
  });
});

describe('holiday data validation', () => {
  it('the shipped file is valid', () => {
    expect(parseHolidayData(shipped).ok).toBe(true);
  });

  it('names the field of a malformed entry', () => {
    const data = clone() as unknown as Record<string, Record<string, unknown>>;
    (data.holidays as Record<string, unknown>)['labor-day'] = { name: 'Labor Day', rule: { kind: 'first-monday', month: 9 } };
    (data.holidays as Record<string, unknown>)['memorial-day'] = { name: 'Memorial Day', rule: { kind: 'last-weekday', month: 13, weekday: 'monday' } };
    (data.years as Record<string, unknown>)['2026'] = 'all';
    const r = parseHolidayData(data);
    const problems = r.ok ? [] : r.problems;
    // Generic wording comes from zodProblems (shared/validation); the pointers are what matter here.
    expect(problems.map((p) => p.path)).toEqual(['/holidays/memorial-day/rule/month', '/holidays/memorial-day/rule/weekday', '/holidays/labor-day/rule/kind', '/years/2026']);
    expect(problems[2]?.message).toBe('kind must be one of fixed, nth-weekday, last-weekday, day-after');
  });

  it('checks rules and year lists once the shape is right', () => {
    const data = clone() as unknown as Record<string, Record<string, unknown>>;
    (data.holidays as Record<string, unknown>)['cesar-chavez-day'] = { name: 'Cesar Chavez Day', rule: { kind: 'fixed', month: 2, day: 30 } };
    (data.holidays as Record<string, unknown>)['day-after-thanksgiving'] = { name: 'x', rule: { kind: 'day-after', of: 'thanksgivin' } };
    (data.years as Record<string, string[]>)['2026'] = ['new-years-day', 'groundhog-day', 'new-years-day'];
    delete (data.years as Record<string, string[]>)['2020'];
    const r = parseHolidayData(data);
    expect(r.ok ? [] : r.problems).toEqual([
      { path: '/holidays/cesar-chavez-day/rule/day', message: 'month 2 has no day 30 every year' },
      { path: '/holidays/day-after-thanksgiving/rule/of', message: '"thanksgivin" is not a holiday id of this list' },
      { path: '/years', message: 'year 2020 is missing (years must be consecutive, 2009–2035)' },
      { path: '/years/2026/1', message: '"groundhog-day" is not a holiday id of this list' },
      { path: '/years/2026/2', message: '"new-years-day" is listed twice' },
    ]);
  });

  it('loadHolidayData throws an error naming the source and the field', () => {
    const data = clone() as unknown as Record<string, unknown>;
    data.observance = { sunday: 'next-monday', saturday: 'friday' };
    expect(() => loadHolidayData(data, 'resources/holidays/test.json')).toThrow(/resources\/holidays\/test\.json.*\n\/observance\/saturday:/);
  });
});
