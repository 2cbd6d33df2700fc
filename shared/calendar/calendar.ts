// The business calendar: business hours as wall-clock intervals per weekday in the agency's
// time zone, holidays and closures as dates, and the one definition of business-time
// arithmetic (DOMAIN.md "Time"):
//   add(t, d)      walk forward from t counting only business time until d is counted; when
//                  the count completes exactly at a closing time the answer is that closing
//                  instant, not the next opening. A start outside hours counts from the next
//                  opening.
//   between(a, b)  business time inside [a, b).
// Instants are epoch milliseconds; a duration is a difference of instants, so a DST change
// gains or loses nothing: a 24x7 calendar's fall-back day is 25 h, its spring-forward day
// 23 h, and an interval ending at 24:00 ends at the next day's 00:00 (no minute lost).
//
// Speed: countdowns evaluate this every second for hundreds of tickets. The walk goes day by
// day over precomputed per-day intervals (cached), holiday sets are cached per year, and the
// zone's UTC offsets come from a per-zone table of transitions built once per year, so the
// walk itself never calls into Intl.
import { Info, type Zone } from 'luxon';
import { z } from 'zod';
import { formatProblem, zodProblems, type Problem } from '../validation/problem';
import {
  CALIFORNIA_STATE,
  WEEKDAYS,
  formatIsoDate,
  parseIsoDate,
  weekdayOfDay,
  type HolidayEntry,
  type Weekday,
} from './holidays';
import { DEFAULT_ZONE } from './instant';

export type { Weekday } from './holidays';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// ---------------------------------------------------------------------------------------------
// Zone offsets

const OFFSET_CHUNK = 364 * DAY; // offsets are tabulated per chunk of 52 weeks of UTC time
const OFFSET_STEP = 7 * DAY; // sampling step; a zone changing offset twice within a week would be missed

interface OffsetChunk {
  /** Offset (ms) in force at the chunk's start. */
  first: number;
  /** Instants where the offset changes inside the chunk, ascending, and the offset from then on. */
  at: number[];
  off: number[];
}

/** UTC offsets of one zone, from a lazily built table of its transitions. */
class ZoneOffsets {
  private readonly chunks = new Map<number, OffsetChunk>();
  private readonly fixed: number | null;

  constructor(private readonly zone: Zone) {
    this.fixed = zone.isUniversal ? this.raw(0) : null;
  }

  private raw(ts: number): number {
    return Math.round(this.zone.offset(ts) * MINUTE);
  }

  private build(k: number): OffsetChunk {
    const start = k * OFFSET_CHUNK;
    const end = start + OFFSET_CHUNK;
    const first = this.raw(start);
    const at: number[] = [];
    const off: number[] = [];
    let lo = start;
    let loOff = first;
    for (let t = Math.min(start + OFFSET_STEP, end); lo < end; t = Math.min(t + OFFSET_STEP, end)) {
      let tOff = this.raw(t);
      while (tOff !== loOff) {
        // Binary search (whole seconds: tz transitions are) for the first instant after lo whose
        // offset differs from lo's.
        let a = Math.floor(lo / SECOND);
        let b = Math.ceil(t / SECOND);
        while (b - a > 1) {
          const mid = Math.floor((a + b) / 2);
          if (this.raw(mid * SECOND) === loOff) a = mid;
          else b = mid;
        }
        const change = b * SECOND;
        loOff = this.raw(change);
        lo = change;
        at.push(change);
        off.push(loOff);
        tOff = this.raw(t);
      }
      lo = t;
      if (t === end) break;
    }
    return { first, at, off };
  }

  /** Offset (ms, local − UTC) in force at an instant. */
  at(ts: number): number {
    if (this.fixed !== null) return this.fixed;
    const k = Math.floor(ts / OFFSET_CHUNK);
    let c = this.chunks.get(k);
    if (!c) {
      c = this.build(k);
      this.chunks.set(k, c);
    }
    let o = c.first;
    for (let i = 0; i < c.at.length; i++) {
      if (ts >= (c.at[i] as number)) o = c.off[i] as number;
      else break;
    }
    return o;
  }

  /**
   * The instant a wall-clock time (given as "local ms": the local date-time read as if UTC)
   * denotes. An ambiguous time (fall-back repeats it) is its first occurrence; a time that does
   * not exist (skipped at spring-forward) is the instant of the change, i.e. the first instant
   * the wall clock shows a later time.
   */
  wallToInstant(local: number): number {
    const before = this.at(local - 15 * HOUR);
    const after = this.at(local + 15 * HOUR);
    if (before === after) return local - before;
    const tBefore = local - before;
    const tAfter = local - after;
    const okBefore = this.at(tBefore) === before;
    const okAfter = this.at(tAfter) === after;
    if (okBefore && okAfter) return Math.min(tBefore, tAfter);
    if (okBefore) return tBefore;
    if (okAfter) return tAfter;
    // In the gap: the change lies in (tAfter, tBefore]; find it to the second.
    let a = Math.floor(Math.min(tAfter, tBefore) / SECOND);
    let b = Math.ceil(Math.max(tAfter, tBefore) / SECOND);
    while (b - a > 1) {
      const mid = Math.floor((a + b) / 2);
      if (this.at(mid * SECOND) === before) a = mid;
      else b = mid;
    }
    return b * SECOND;
  }

  /** The local day number (days since 1970-01-01, agency calendar) of an instant. */
  dayOf(ts: number): number {
    return Math.floor((ts + this.at(ts)) / DAY);
  }
}

const zoneOffsets = new Map<string, ZoneOffsets>();

function offsetsFor(zone: Zone): ZoneOffsets {
  let z0 = zoneOffsets.get(zone.name);
  if (!z0) {
    z0 = new ZoneOffsets(zone);
    zoneOffsets.set(zone.name, z0);
  }
  return z0;
}

/**
 * Whether a zone name can be an agency's calendar zone: an IANA zone (or UTC / a fixed offset
 * luxon understands). 'local' and 'system' are refused: a calendar must not depend on the
 * machine it runs on.
 */
export function isCalendarZone(zone: string): boolean {
  const lower = zone.trim().toLowerCase();
  if (lower === '' || lower === 'local' || lower === 'system' || lower === 'default') return false;
  try {
    return Info.normalizeZone(zone).isValid;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Calendar specification

export interface CalendarSpec {
  /** IANA zone of the agency; default 'America/Los_Angeles'. */
  timeZone?: string;
  /**
   * Business hours per weekday, wall-clock 'HH:MM' intervals (the end may be '24:00', meaning
   * the next day's 00:00). When `hours` is omitted: Mon–Fri [['08:00','17:00']], Sat/Sun closed.
   * When `hours` is given, a weekday it does not list is closed (as in Zendesk's biz): a
   * 4/10 schedule that lists mon–thu does not silently reopen Friday 08–17.
   */
  hours?: Partial<Record<Weekday, Array<[string, string]>>>;
  /** 'YYYY-MM-DD' observed dates, or the shipped California State list (default). */
  holidays?: string[] | 'california-state';
  /** Agency closures, 'YYYY-MM-DD', added to the holidays. */
  closures?: string[];
}

const TIME_OF_DAY = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;

/** Minutes after midnight of 'HH:MM' (00:00–24:00); null if malformed. */
export function parseTimeOfDay(text: string): number | null {
  const m = TIME_OF_DAY.exec(text);
  if (!m) return null;
  return m[3] ? 24 * 60 : Number(m[1]) * 60 + Number(m[2]);
}

const quote = (v: unknown): string => JSON.stringify(v) ?? String(v);

const timeSchema = z.string().refine((t) => parseTimeOfDay(t) !== null, {
  error: (iss) => `${quote(iss.input)} is not a time of day (HH:MM, 00:00 to 24:00)`,
});

const dayHoursSchema = z.array(z.tuple([timeSchema, timeSchema])).superRefine((intervals, ctx) => {
  const good: Array<{ i: number; s: number; e: number; text: string }> = [];
  intervals.forEach(([a, b], i) => {
    const s = parseTimeOfDay(a);
    const e = parseTimeOfDay(b);
    if (s === null || e === null) return;
    if (s >= e) {
      ctx.addIssue({ code: 'custom', path: [i], message: `starts at ${a}, not before its end ${b}` });
      return;
    }
    good.push({ i, s, e, text: `${a}–${b}` });
  });
  good.sort((x, y) => x.s - y.s || x.i - y.i);
  // Compare each interval with the one reaching furthest among those starting before it.
  let reach = good[0];
  for (const cur of good.slice(1)) {
    if (!reach) break;
    if (cur.s < reach.e) {
      const later = cur.i > reach.i ? cur : reach;
      const other = later === cur ? reach : cur;
      ctx.addIssue({ code: 'custom', path: [later.i], message: `${later.text} overlaps ${other.text}` });
    }
    if (cur.e > reach.e) reach = cur;
  }
});

export const isoDateSchema = z.string().refine((d) => parseIsoDate(d) !== null, {
  error: (iss) => `${quote(iss.input)} is not a date (YYYY-MM-DD)`,
});

const holidaysSchema = z
  .union([z.literal('california-state'), z.array(z.string())], {
    error: 'must be "california-state" or a list of dates (YYYY-MM-DD)',
  })
  .superRefine((v, ctx) => {
    if (!Array.isArray(v)) return;
    v.forEach((d, i) => {
      if (parseIsoDate(d) === null) ctx.addIssue({ code: 'custom', path: [i], message: `${quote(d)} is not a date (YYYY-MM-DD)` });
    });
  });

/** zod schema of a CalendarSpec (JSON form, as in a calendar request or a case file). */
export const calendarSpecSchema = z
  .strictObject({
    timeZone: z
      .string()
      .refine(isCalendarZone, { error: (iss) => `${quote(iss.input)} is not a known time zone (IANA name, e.g. America/Los_Angeles)` })
      .optional(),
    hours: z
      .strictObject({
        mon: dayHoursSchema.optional(),
        tue: dayHoursSchema.optional(),
        wed: dayHoursSchema.optional(),
        thu: dayHoursSchema.optional(),
        fri: dayHoursSchema.optional(),
        sat: dayHoursSchema.optional(),
        sun: dayHoursSchema.optional(),
      })
      .superRefine((h, ctx) => {
        if (WEEKDAYS.every((d) => (h[d] ?? []).length === 0)) {
          ctx.addIssue({ code: 'custom', message: 'has no business hours on any day' });
        }
      })
      .optional(),
    holidays: holidaysSchema.optional(),
    closures: z.array(isoDateSchema).optional(),
  });

/** Problems with a calendar spec (JSON pointers relative to the spec); [] when it is valid. */
export function calendarSpecProblems(spec: unknown): Problem[] {
  const r = calendarSpecSchema.safeParse(spec ?? {});
  return r.success ? [] : zodProblems(r.error);
}

// ---------------------------------------------------------------------------------------------
// The calendar

const IMPL: unique symbol = Symbol('BusinessCalendar');

export interface BusinessCalendar {
  readonly timeZone: string;
  /** Business hours per weekday as given (every weekday present; [] = closed). */
  readonly hours: Readonly<Record<Weekday, ReadonlyArray<readonly [string, string]>>>;
  readonly holidays: 'california-state' | ReadonlyArray<string>;
  readonly closures: ReadonlyArray<string>;
  /** @internal */
  readonly [IMPL]: CalendarImpl;
}

const DEFAULT_HOURS: Record<Weekday, Array<[string, string]>> = {
  mon: [['08:00', '17:00']],
  tue: [['08:00', '17:00']],
  wed: [['08:00', '17:00']],
  thu: [['08:00', '17:00']],
  fri: [['08:00', '17:00']],
  sat: [],
  sun: [],
};

const EMPTY: readonly number[] = [];
const DAY_CACHE_LIMIT = 8192;
/** add() refuses to walk further than this (a guard against absurd durations, ~1000 years). */
const MAX_WALK_DAYS = 366_000;

class CalendarImpl {
  /** Per weekday (0 = Monday): wall-clock intervals as [startMin, endMin, startMin, endMin, …]. */
  private readonly week: ReadonlyArray<readonly number[]>;
  private readonly cache = new Map<number, readonly number[]>();
  readonly dayLengthMs: number;

  constructor(
    readonly offsets: ZoneOffsets,
    hours: Record<Weekday, ReadonlyArray<readonly [string, string]>>,
    private readonly isHoliday: (day: number) => boolean,
  ) {
    this.week = WEEKDAYS.map((d) => {
      const mins = hours[d]
        .map(([a, b]) => [parseTimeOfDay(a) ?? 0, parseTimeOfDay(b) ?? 0] as const)
        .sort((x, y) => x[0] - y[0]);
      // Merge touching intervals (08–12 and 12–17 are one stretch of business time).
      const flat: number[] = [];
      for (const [s, e] of mins) {
        if (flat.length > 0 && s <= (flat[flat.length - 1] as number)) flat[flat.length - 1] = Math.max(e, flat[flat.length - 1] as number);
        else flat.push(s, e);
      }
      return flat;
    });
    this.dayLengthMs = nominalDayLength(this.week);
  }

  isBusinessDay(day: number): boolean {
    return (this.week[weekdayOfDay(day)] as readonly number[]).length > 0 && !this.isHoliday(day);
  }

  /** Business intervals of a local day as instants [s0, e0, s1, e1, …], ascending. */
  intervals(day: number): readonly number[] {
    const hit = this.cache.get(day);
    if (hit) return hit;
    let out: readonly number[] = EMPTY;
    const wall = this.week[weekdayOfDay(day)] as readonly number[];
    if (wall.length > 0 && !this.isHoliday(day)) {
      const base = day * DAY;
      const iv: number[] = [];
      for (let i = 0; i < wall.length; i += 2) {
        const s = this.offsets.wallToInstant(base + (wall[i] as number) * MINUTE);
        const e = this.offsets.wallToInstant(base + (wall[i + 1] as number) * MINUTE);
        if (e > s) iv.push(s, e);
      }
      if (iv.length > 0) out = iv;
    }
    if (this.cache.size >= DAY_CACHE_LIMIT) this.cache.clear();
    this.cache.set(day, out);
    return out;
  }
}

/**
 * Length of "a business day" for "within N business days" = add(t, N × length).
 * Choice: the most common total length among the weekdays that have hours, measured in
 * nominal wall-clock time (ignoring DST); ties go to the longer length. So Mon–Fri 08–17 → 9 h,
 * 24x7 → 24 h, a week of Mon–Thu 08–17 plus Fri 08–12 → 9 h (the usual day, so one business day
 * from Tuesday 10:00 is Wednesday 10:00), Mon–Fri 07–16 plus Sat 09–13 → 9 h. A calendar with
 * no hours has length 0.
 */
function nominalDayLength(week: ReadonlyArray<readonly number[]>): number {
  const counts = new Map<number, number>();
  for (const flat of week) {
    let total = 0;
    for (let i = 0; i < flat.length; i += 2) total += (flat[i + 1] as number) - (flat[i] as number);
    if (total > 0) counts.set(total, (counts.get(total) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [len, n] of counts) {
    if (n > bestCount || (n === bestCount && len > best)) {
      best = len;
      bestCount = n;
    }
  }
  return best * MINUTE;
}

/**
 * A business calendar from a spec (all fields optional: the default is Mon–Fri 08:00–17:00
 * America/Los_Angeles with the California State holidays). Throws an Error listing every
 * problem if the spec is invalid (use calendarSpecProblems to check first).
 */
export function makeCalendar(spec: CalendarSpec = {}): BusinessCalendar {
  const r = calendarSpecSchema.safeParse(spec);
  if (!r.success) {
    throw new Error(`invalid calendar: ${zodProblems(r.error).map(formatProblem).join('; ')}`);
  }
  const s = r.data;
  const timeZone = s.timeZone ?? DEFAULT_ZONE;
  const zone = Info.normalizeZone(timeZone);
  const given = s.hours;
  const hours = {} as Record<Weekday, ReadonlyArray<readonly [string, string]>>;
  for (const d of WEEKDAYS) {
    const list = given ? (given[d] ?? []) : DEFAULT_HOURS[d];
    hours[d] = Object.freeze(list.map(([a, b]) => Object.freeze([a, b] as const)));
  }
  Object.freeze(hours);
  const holidays = s.holidays ?? 'california-state';
  const closures = s.closures ?? [];
  const closureDays = new Set(closures.map((d) => parseIsoDate(d) as number));
  let isHoliday: (day: number) => boolean;
  if (holidays === 'california-state') {
    isHoliday = closureDays.size === 0 ? (day) => CALIFORNIA_STATE.isHolidayDay(day) : (day) => closureDays.has(day) || CALIFORNIA_STATE.isHolidayDay(day);
  } else {
    const all = new Set([...closureDays, ...holidays.map((d) => parseIsoDate(d) as number)]);
    isHoliday = (day) => all.has(day);
  }
  const impl = new CalendarImpl(offsetsFor(zone), hours, isHoliday);
  return Object.freeze({
    timeZone,
    hours,
    holidays: holidays === 'california-state' ? holidays : Object.freeze([...holidays]),
    closures: Object.freeze([...closures]),
    [IMPL]: impl,
  });
}

/** Mon–Fri 08:00–17:00 America/Los_Angeles, California State holidays. */
export const DEFAULT_CALENDAR: BusinessCalendar = makeCalendar();

const ALL_DAY: Array<[string, string]> = [['00:00', '24:00']];

/** Every day 00:00–24:00 America/Los_Angeles, no holidays (the Customer Care Center, 24x7x365). */
export const CALENDAR_24X7: BusinessCalendar = makeCalendar({
  hours: { mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY, sat: ALL_DAY, sun: ALL_DAY },
  holidays: [],
});

// ---------------------------------------------------------------------------------------------
// Arithmetic

function implOf(cal: BusinessCalendar): CalendarImpl {
  const impl = (cal as Partial<BusinessCalendar>)[IMPL];
  if (!(impl instanceof CalendarImpl)) throw new TypeError('not a BusinessCalendar (make one with makeCalendar)');
  return impl;
}

function checkInstant(name: string, ms: number): void {
  if (!Number.isFinite(ms)) throw new RangeError(`${name} is not an instant: ${ms}`);
}

function checkDuration(name: string, ms: number): void {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`${name} must be a finite duration ≥ 0, got ${ms}`);
}

/**
 * DOMAIN "add(t, d)": the instant at which `durationMs` of business time has been counted
 * from `startMs`. A start outside hours counts from the next opening; a count completing
 * exactly at a closing time answers that closing instant. add(t, 0) is t itself.
 */
export function add(cal: BusinessCalendar, startMs: number, durationMs: number): number {
  checkInstant('start', startMs);
  checkDuration('duration', durationMs);
  if (durationMs === 0) return startMs;
  const impl = implOf(cal);
  if (impl.dayLengthMs === 0) throw new RangeError('the calendar has no business hours');
  let remaining = durationMs;
  let day = impl.offsets.dayOf(startMs);
  for (let walked = 0; walked < MAX_WALK_DAYS; walked++, day++) {
    const iv = impl.intervals(day);
    for (let i = 0; i < iv.length; i += 2) {
      const e = iv[i + 1] as number;
      if (e <= startMs) continue;
      const s = iv[i] as number;
      const from = s > startMs ? s : startMs;
      const available = e - from;
      if (remaining <= available) return from + remaining;
      remaining -= available;
    }
  }
  throw new RangeError(`adding ${durationMs} ms of business time walks past ${MAX_WALK_DAYS} days`);
}

/** Business time (ms) inside [aMs, bMs); 0 if bMs <= aMs. */
export function between(cal: BusinessCalendar, aMs: number, bMs: number): number {
  checkInstant('start', aMs);
  checkInstant('end', bMs);
  if (!(bMs > aMs)) return 0;
  const impl = implOf(cal);
  const last = impl.offsets.dayOf(bMs);
  let total = 0;
  for (let day = impl.offsets.dayOf(aMs); day <= last; day++) {
    const iv = impl.intervals(day);
    for (let i = 0; i < iv.length; i += 2) {
      const s = iv[i] as number;
      const e = iv[i + 1] as number;
      const from = s > aMs ? s : aMs;
      const to = e < bMs ? e : bMs;
      if (to > from) total += to - from;
    }
  }
  return total;
}

/** Length of one business day (ms): 9 h on the default calendar, 24 h on 24x7 (see nominalDayLength). */
export function businessDayLengthMs(cal: BusinessCalendar): number {
  return implOf(cal).dayLengthMs;
}

/** "Within N business days" from t: add(t, N × business-day length). `days` ≥ 0, may be fractional. */
export function addBusinessDays(cal: BusinessCalendar, startMs: number, days: number): number {
  if (!Number.isFinite(days) || days < 0) throw new RangeError(`days must be a finite number ≥ 0, got ${days}`);
  return add(cal, startMs, Math.round(days * businessDayLengthMs(cal)));
}

/** Whether a date ('YYYY-MM-DD', agency calendar) has business hours: an open weekday, not a holiday or closure. */
export function isBusinessDay(cal: BusinessCalendar, dateIso: string): boolean {
  const day = parseIsoDate(dateIso);
  if (day === null) throw new RangeError(`not a date (YYYY-MM-DD): ${dateIso}`);
  return implOf(cal).isBusinessDay(day);
}

/** Whether an instant lies inside business hours (a closing instant itself is outside). */
export function isWithinHours(cal: BusinessCalendar, ms: number): boolean {
  checkInstant('instant', ms);
  const impl = implOf(cal);
  const iv = impl.intervals(impl.offsets.dayOf(ms));
  for (let i = 0; i < iv.length; i += 2) if (ms >= (iv[i] as number) && ms < (iv[i + 1] as number)) return true;
  return false;
}

/** Where business time starts counting from `ms`: ms itself inside hours, else the next opening. */
export function nextBusinessInstant(cal: BusinessCalendar, ms: number): number {
  checkInstant('instant', ms);
  const impl = implOf(cal);
  if (impl.dayLengthMs === 0) throw new RangeError('the calendar has no business hours');
  let day = impl.offsets.dayOf(ms);
  for (let walked = 0; walked < MAX_WALK_DAYS; walked++, day++) {
    const iv = impl.intervals(day);
    for (let i = 0; i < iv.length; i += 2) {
      if ((iv[i + 1] as number) > ms) return Math.max(iv[i] as number, ms);
    }
  }
  throw new RangeError(`no business hours within ${MAX_WALK_DAYS} days`);
}

/** The local date ('YYYY-MM-DD', calendar's zone) of an instant. */
export function localDate(cal: BusinessCalendar, ms: number): string {
  checkInstant('instant', ms);
  return formatIsoDate(implOf(cal).offsets.dayOf(ms));
}

/** Holidays and closures of a year on this calendar, sorted by date (closures named "Agency closure"). */
export function calendarHolidays(cal: BusinessCalendar, year: number): Array<Pick<HolidayEntry, 'date' | 'name' | 'observedFrom'>> {
  const inYear = (d: string): boolean => d.startsWith(`${String(year).padStart(4, '0')}-`);
  const out: Array<Pick<HolidayEntry, 'date' | 'name' | 'observedFrom'>> =
    cal.holidays === 'california-state'
      ? CALIFORNIA_STATE.holidays(year)
          .concat(CALIFORNIA_STATE.holidays(year + 1), CALIFORNIA_STATE.holidays(year - 1))
          .filter((h) => inYear(h.date))
          .map(({ date, name, observedFrom }) => (observedFrom ? { date, name, observedFrom } : { date, name }))
      : cal.holidays.filter(inYear).map((date) => ({ date, name: 'Holiday' }));
  for (const date of cal.closures) if (inYear(date)) out.push({ date, name: 'Agency closure' });
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
