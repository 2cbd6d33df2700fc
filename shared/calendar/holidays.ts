// Holiday lists as data (DOMAIN.md "Time"): rules that turn a year into dates, and the list of
// holidays each year observes. The shipped California State list lives in
// resources/holidays/california-state.json; it is validated when this module loads, so a
// malformed edit fails loudly with the JSON pointer of the bad field instead of silently
// dropping a holiday.
//
// Dates here are civil dates (no time zone): 'YYYY-MM-DD' text, or a day number (days since
// 1970-01-01), which is what the business calendar indexes its days by.
import { z } from 'zod';
import shipped from '../../resources/holidays/california-state.json';
import { formatProblem, zodProblems, type Problem } from '../validation/problem';
import { civilFromDays, daysFromCivil, daysInMonth, weekdayOfDay } from './civil';

// ---------------------------------------------------------------------------------------------
// Civil dates

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export { civilFromDays, daysFromCivil, daysInMonth, weekdayOfDay, type CivilDate } from './civil';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a 'YYYY-MM-DD' date; null if the text is not a real date. */
export function parseIsoDate(text: string): number | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return daysFromCivil(year, month, day);
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

/** 'YYYY-MM-DD' of a day number. */
export function formatIsoDate(n: number): string {
  const { year, month, day } = civilFromDays(n);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The date `days` calendar days after a 'YYYY-MM-DD' date (no time zone: dates are civil). Throws for text that is not a date. */
export function plusDays(date: string, days: number): string {
  const n = parseIsoDate(date);
  if (n === null) throw new Error(`not a date (YYYY-MM-DD): ${date}`);
  return formatIsoDate(n + days);
}

// ---------------------------------------------------------------------------------------------
// Holiday data (the JSON shape)

const monthSchema = z.number().int().min(1).max(12);
const weekdaySchema = z.enum(WEEKDAYS);

const ruleSchema = z.discriminatedUnion(
  'kind',
  [
    /** A fixed date, e.g. Cesar Chavez Day, March 31. */
    z.strictObject({ kind: z.literal('fixed'), month: monthSchema, day: z.number().int().min(1).max(31) }),
    /** The nth (1–4) weekday of a month, e.g. Labor Day, 1st Monday of September. */
    z.strictObject({ kind: z.literal('nth-weekday'), month: monthSchema, weekday: weekdaySchema, n: z.number().int().min(1).max(4) }),
    /** The last weekday of a month, e.g. Memorial Day, last Monday of May. */
    z.strictObject({ kind: z.literal('last-weekday'), month: monthSchema, weekday: weekdaySchema }),
    /** Days (default 1) after another holiday's actual date, e.g. the day after Thanksgiving. */
    z.strictObject({ kind: z.literal('day-after'), of: z.string().min(1), days: z.number().int().min(1).max(7).optional() }),
  ],
  { error: 'kind must be one of fixed, nth-weekday, last-weekday, day-after' },
);

export type HolidayRule = z.infer<typeof ruleSchema>;

const HOLIDAY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const YEAR_KEY = /^\d{4}$/;

export const holidayDataSchema = z
  .strictObject({
    name: z.string().min(1),
    source: z.string().optional(),
    note: z.string().optional(),
    observance: z.strictObject({
      /** What happens to a holiday whose date is a Sunday. */
      sunday: z.enum(['next-monday', 'not-moved']),
      /** What happens to a holiday whose date is a Saturday. */
      saturday: z.enum(['not-moved', 'previous-friday']),
    }),
    holidays: z.record(
      z.string().regex(HOLIDAY_ID, { error: 'a holiday id is lowercase words joined by "-"' }),
      z.strictObject({ name: z.string().min(1), rule: ruleSchema }),
    ),
    /** The holidays observed each year, by id. Keys are consecutive years. */
    years: z.record(z.string().regex(YEAR_KEY, { error: 'a year key is four digits' }), z.array(z.string())),
  })
  .superRefine((data, ctx) => {
    for (const [id, h] of Object.entries(data.holidays)) {
      const rule = h.rule;
      if (rule.kind === 'fixed' && rule.day > daysInMonth(2001, rule.month)) {
        // 2001 is not a leap year: Feb 29 would vanish three years in four.
        ctx.addIssue({ code: 'custom', path: ['holidays', id, 'rule', 'day'], message: `month ${rule.month} has no day ${rule.day} every year` });
      }
      if (rule.kind === 'day-after') {
        const target = data.holidays[rule.of];
        if (!target) {
          ctx.addIssue({ code: 'custom', path: ['holidays', id, 'rule', 'of'], message: `"${rule.of}" is not a holiday id of this list` });
        } else if (target.rule.kind === 'day-after') {
          ctx.addIssue({ code: 'custom', path: ['holidays', id, 'rule', 'of'], message: `"${rule.of}" is itself a day-after rule; refer to a dated holiday` });
        }
      }
    }
    const years = Object.keys(data.years).map(Number).sort((a, b) => a - b);
    if (years.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['years'], message: 'lists no year' });
      return;
    }
    const first = years[0] ?? 0;
    const last = years[years.length - 1] ?? 0;
    for (let y = first; y <= last; y++) {
      if (!(String(y) in data.years)) ctx.addIssue({ code: 'custom', path: ['years'], message: `year ${y} is missing (years must be consecutive, ${first}–${last})` });
    }
    for (const [year, ids] of Object.entries(data.years)) {
      const seen = new Set<string>();
      ids.forEach((id, i) => {
        if (!(id in data.holidays)) ctx.addIssue({ code: 'custom', path: ['years', year, i], message: `"${id}" is not a holiday id of this list` });
        if (seen.has(id)) ctx.addIssue({ code: 'custom', path: ['years', year, i], message: `"${id}" is listed twice` });
        seen.add(id);
      });
    }
  });

export type HolidayData = z.infer<typeof holidayDataSchema>;

/** Validates holiday data (e.g. a user-edited copy of the shipped file). */
export function parseHolidayData(json: unknown): { ok: true; value: HolidayData } | { ok: false; problems: Problem[] } {
  const r = holidayDataSchema.safeParse(json);
  return r.success ? { ok: true, value: r.data } : { ok: false, problems: zodProblems(r.error) };
}

/** Validates holiday data or throws an Error naming the source and every bad field. */
export function loadHolidayData(json: unknown, source: string): HolidayData {
  const r = parseHolidayData(json);
  if (!r.ok) throw new Error(`${source} is not a valid holiday list:\n${r.problems.map(formatProblem).join('\n')}`);
  return r.value;
}

// ---------------------------------------------------------------------------------------------
// Rules → dates

export interface HolidayEntry {
  /** The date the holiday is observed, 'YYYY-MM-DD'. */
  date: string;
  name: string;
  /** The holiday's own date when it is observed on another day (e.g. a Sunday moved to Monday). */
  observedFrom?: string;
  /** The holiday's id in the data. */
  id: string;
}

export interface HolidayList {
  readonly name: string;
  /** First and last year the data lists; other years use the nearest listed year's list. */
  readonly firstYear: number;
  readonly lastYear: number;
  /** Whether the data lists this year (outside the range the nearest year's list is used). */
  covers(year: number): boolean;
  /** The holidays of a year (by the year of the holiday's own date), sorted by observed date. */
  holidays(year: number): HolidayEntry[];
  /** Whether a day number is an observed holiday. Cached per year. */
  isHolidayDay(day: number): boolean;
}

function ruleDay(data: HolidayData, rule: HolidayRule, year: number): number {
  switch (rule.kind) {
    case 'fixed':
      return daysFromCivil(year, rule.month, rule.day);
    case 'nth-weekday': {
      const first = daysFromCivil(year, rule.month, 1);
      const want = WEEKDAYS.indexOf(rule.weekday);
      return first + ((want - weekdayOfDay(first) + 7) % 7) + (rule.n - 1) * 7;
    }
    case 'last-weekday': {
      const last = daysFromCivil(year, rule.month, daysInMonth(year, rule.month));
      const want = WEEKDAYS.indexOf(rule.weekday);
      return last - ((weekdayOfDay(last) - want + 7) % 7);
    }
    case 'day-after': {
      const target = data.holidays[rule.of];
      // Validation guarantees the target exists and is not itself a day-after rule.
      if (!target || target.rule.kind === 'day-after') throw new Error(`holiday rule refers to unknown "${rule.of}"`);
      return ruleDay(data, target.rule, year) + (rule.days ?? 1);
    }
  }
}

/** A holiday list from validated data. */
export function makeHolidayList(data: HolidayData): HolidayList {
  const years = Object.keys(data.years).map(Number).sort((a, b) => a - b);
  const firstYear = years[0] ?? 0;
  const lastYear = years[years.length - 1] ?? 0;
  const entryCache = new Map<number, HolidayEntry[]>();
  const dayCache = new Map<number, ReadonlySet<number>>();

  function holidays(year: number): HolidayEntry[] {
    const cached = entryCache.get(year);
    if (cached) return cached.map((e) => ({ ...e }));
    const listYear = Math.min(lastYear, Math.max(firstYear, year));
    const out: HolidayEntry[] = [];
    for (const id of data.years[String(listYear)] ?? []) {
      const h = data.holidays[id];
      if (!h) continue;
      const actual = ruleDay(data, h.rule, year);
      const wd = weekdayOfDay(actual);
      let observed = actual;
      if (wd === 6 && data.observance.sunday === 'next-monday') observed = actual + 1;
      if (wd === 5 && data.observance.saturday === 'previous-friday') observed = actual - 1;
      const entry: HolidayEntry = { date: formatIsoDate(observed), name: h.name, id };
      if (observed !== actual) entry.observedFrom = formatIsoDate(actual);
      out.push(entry);
    }
    out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    entryCache.set(year, out);
    return out.map((e) => ({ ...e }));
  }

  /** Observed days falling in a calendar year (a Saturday Jan 1 observed on Friday Dec 31 falls in the year before). */
  function daysOfYear(year: number): ReadonlySet<number> {
    let set = dayCache.get(year);
    if (set) return set;
    const from = daysFromCivil(year, 1, 1);
    const to = daysFromCivil(year + 1, 1, 1);
    const s = new Set<number>();
    for (const y of [year - 1, year, year + 1]) {
      for (const e of holidays(y)) {
        const d = parseIsoDate(e.date);
        if (d !== null && d >= from && d < to) s.add(d);
      }
    }
    set = s;
    if (dayCache.size > 512) dayCache.clear();
    dayCache.set(year, set);
    return set;
  }

  return {
    name: data.name,
    firstYear,
    lastYear,
    covers: (year) => year >= firstYear && year <= lastYear,
    holidays,
    isHolidayDay: (day) => daysOfYear(civilFromDays(day).year).has(day),
  };
}

/** The shipped California State holiday list (Government Code 6700 as DOMAIN.md states it). */
export const CALIFORNIA_STATE: HolidayList = makeHolidayList(loadHolidayData(shipped, 'resources/holidays/california-state.json'));

/** California State holidays of a year: observed date, name, and the actual date when moved. */
export function californiaStateHolidays(year: number): HolidayEntry[] {
  return CALIFORNIA_STATE.holidays(year);
}
