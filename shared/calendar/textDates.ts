// Dates and times as other people's files write them ("10/6/2026 1:30 PM", "2026-10-06 13:30"):
// read and written with a luxon format in a named zone. Used where a contractor's report or
// invoice is imported; the zone is the file's (its tool's), not necessarily the agency's.
import { DateTime, IANAZone } from 'luxon';
import { daysInMonth } from './civil';

const LOCALE = 'en-US';

/** A fixed wall time every usable format must write and read back: Tuesday 2026-10-06 13:05. */
const SAMPLE = { year: 2026, month: 10, day: 6, hour: 13, minute: 5 } as const;

/**
 * Why a luxon format cannot read the file's dates, or null when it can: it must write a date
 * (year, month, day) and, when `withTime`, a time to the minute, and read its own output back.
 */
export function dateFormatProblem(format: string, withTime: boolean): string | null {
  const f = format.trim();
  if (f === '') return 'is required (e.g. M/d/yyyy h:mm a)';
  const parts = withTime ? (['year', 'month', 'day', 'hour', 'minute'] as const) : (['year', 'month', 'day'] as const);
  const at = (o: Partial<Record<(typeof parts)[number], number>>) => DateTime.fromObject({ ...SAMPLE, ...(withTime ? {} : { hour: 0, minute: 0 }), ...o }, { zone: 'UTC' }).setLocale(LOCALE);
  let written: string;
  try {
    written = at({}).toFormat(f);
  } catch {
    return `"${f}" is not a date format`;
  }
  // Each part must show in what the format writes: change it, and the text must change.
  const other = { year: { year: 2031 }, month: { month: 3 }, day: { day: 27 }, hour: { hour: 2 }, minute: { minute: 48 } } as const;
  const missing = parts.filter((p) => at(other[p]).toFormat(f) === written);
  if (missing.length) return `"${f}" does not write the ${missing.join(', ')} (it wrote "${written}" for 2026-10-06${withTime ? ' 13:05' : ''})`;
  const back = DateTime.fromFormat(written, f, { zone: 'UTC', locale: LOCALE });
  if (!back.isValid || !parts.every((p) => back[p] === at({})[p])) return `"${f}" cannot read its own dates back (it wrote "${written}")`;
  return null;
}

/** How the format writes a sample date and time, to show next to the field ("10/6/2026 1:05 PM"). */
export function dateFormatExample(format: string, withTime: boolean): string {
  const sample = DateTime.fromObject(withTime ? SAMPLE : { year: SAMPLE.year, month: SAMPLE.month, day: SAMPLE.day }, { zone: 'UTC' });
  try {
    return sample.setLocale(LOCALE).toFormat(format.trim());
  } catch {
    return '';
  }
}

// A file of 12 months of tickets holds hundreds of thousands of times: each format is compiled
// once (luxon's format parser) and read as a wall time in UTC, then placed in the zone with the
// zone's offset, looked up once per hour of the year (offsets change on the hour or half hour at
// most once a day: a lookup per half hour is exact for every zone's rules).
const parsers = new Map<string, ReturnType<typeof DateTime.buildFormatParser>>();
function parserOf(format: string): ReturnType<typeof DateTime.buildFormatParser> {
  let p = parsers.get(format);
  if (!p) {
    p = DateTime.buildFormatParser(format, { locale: LOCALE });
    parsers.set(format, p);
  }
  return p;
}

const HALF_HOUR = 1_800_000;
const offsets = new Map<string, { zone: IANAZone; byHalfHour: Map<number, number> }>();
/** The zone's offset from UTC at an instant, minutes (cached per half hour). */
function offsetMinutes(zone: string, ms: number): number {
  let z = offsets.get(zone);
  if (!z) {
    z = { zone: IANAZone.create(zone), byHalfHour: new Map() };
    offsets.set(zone, z);
  }
  const k = Math.floor(ms / HALF_HOUR);
  let o = z.byHalfHour.get(k);
  if (o === undefined) {
    o = z.zone.offset(k * HALF_HOUR);
    z.byHalfHour.set(k, o);
  }
  return o;
}

// The formats files use are digits and separators ("M/d/yyyy h:mm a", "yyyy-MM-dd HH:mm"): those
// are read here without luxon, a field at a time, luxon's way (each token's digits, greedy; "a"
// is AM or PM in any case; the whole text). luxon took about 10 µs a date, most of a 12-month
// report's import. Whatever this reader does not answer (another token, a field out of range, a
// text that does not fit) is luxon's to answer; a property test holds the two to the same answers.
type Field = 'year' | 'month' | 'day' | 'hour' | 'hour12' | 'minute' | 'second';
type Part = { field: Field; min: number; max: number } | { literal: string } | { meridiem: true };
const DIGIT_TOKENS: Record<string, [Field, number, number]> = {
  yyyy: ['year', 4, 4], MM: ['month', 2, 2], M: ['month', 1, 2], dd: ['day', 2, 2], d: ['day', 1, 2],
  HH: ['hour', 2, 2], H: ['hour', 1, 2], hh: ['hour12', 2, 2], h: ['hour12', 1, 2],
  mm: ['minute', 2, 2], m: ['minute', 1, 2], ss: ['second', 2, 2], s: ['second', 1, 2],
};

/** The format as parts this reader reads, or null when it is luxon's to read. */
function digitParts(format: string): Part[] | null {
  const parts: Part[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < format.length; ) {
    const c = format[i]!;
    let j = i + 1;
    while (j < format.length && format[j] === c) j++;
    const run = format.slice(i, j);
    i = j;
    if (c === "'") return null; // quoted text
    if (/[A-Za-z]/.test(c)) {
      const token = run === 'a' ? null : DIGIT_TOKENS[run];
      const key = token ? token[0] : run;
      if ((run !== 'a' && !token) || seen.has(key)) return null;
      seen.add(key);
      parts.push(token ? { field: token[0], min: token[1], max: token[2] } : { meridiem: true });
      continue;
    }
    const last = parts.at(-1);
    if (last && 'literal' in last) last.literal += run;
    else parts.push({ literal: run });
  }
  const has = (k: string) => seen.has(k);
  // A date, and a 12-hour hour exactly when there is an AM/PM.
  if (!has('year') || !has('month') || !has('day') || has('hour12') !== has('a') || (has('hour') && has('a'))) return null;
  return parts;
}

const digitReaders = new Map<string, Part[] | null>();

/** The wall time as if UTC (ms) by digitParts, or undefined for luxon to answer. */
function readDigits(text: string, format: string): number | undefined {
  let parts = digitReaders.get(format);
  if (parts === undefined) digitReaders.set(format, (parts = digitParts(format)));
  if (parts === null) return undefined;
  const v = { year: 0, month: 1, day: 1, hour: 0, hour12: -1, minute: 0, second: 0 };
  let pm: boolean | null = null;
  let at = 0;
  for (const p of parts) {
    if ('literal' in p) {
      if (!text.startsWith(p.literal, at)) return undefined;
      at += p.literal.length;
    } else if ('meridiem' in p) {
      const m = text.slice(at, at + 2).toUpperCase();
      if (m !== 'AM' && m !== 'PM') return undefined;
      pm = m === 'PM';
      at += 2;
    } else {
      let n = 0;
      let k = 0;
      for (; k < p.max; k++) {
        const d = text.charCodeAt(at + k) - 48;
        if (!(d >= 0 && d <= 9)) break;
        n = n * 10 + d;
      }
      if (k < p.min) return undefined;
      v[p.field] = n;
      at += k;
    }
  }
  if (at !== text.length) return undefined;
  // luxon's meridiem: "12 AM" is midnight, "1 PM" is 13:00.
  let hour = v.hour;
  if (pm !== null) hour = pm && v.hour12 < 12 ? v.hour12 + 12 : !pm && v.hour12 === 12 ? 0 : v.hour12;
  if (v.year < 1000 || v.month < 1 || v.month > 12 || v.day < 1 || v.day > daysInMonth(v.year, v.month) || hour > 23 || v.minute > 59 || v.second > 59) return undefined;
  return Date.UTC(v.year, v.month - 1, v.day, hour, v.minute, v.second);
}

/** The wall time the text writes, as if it were UTC (ms), or null. */
function wallAsUtc(text: string, format: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  const f = format.trim();
  const fast = readDigits(t, f);
  if (fast !== undefined) return fast;
  const dt = DateTime.fromFormatParser(t, parserOf(f), { zone: 'utc', locale: LOCALE });
  return dt.isValid ? dt.toMillis() : null;
}

/**
 * Epoch ms of a wall time written in `format` in `zone`; null when the text is not one. A wall
 * time that does not exist (skipped by a spring-forward change) is refused rather than moved; one
 * that happens twice (the hour a fall-back change repeats) is its first occurrence.
 */
export function parseWallTime(text: string, format: string, zone: string): number | null {
  const wall = wallAsUtc(text, format);
  if (wall === null) return null;
  let ms = wall - offsetMinutes(zone, wall) * 60_000;
  const again = offsetMinutes(zone, ms);
  if (ms + again * 60_000 !== wall) ms = wall - again * 60_000;
  // The instant must show that wall time in the zone, else the wall time does not exist there.
  return ms + offsetMinutes(zone, ms) * 60_000 === wall ? ms : null;
}

/**
 * A wall time that follows `afterMs` (a restoration after its start, a closing after its
 * restoration). In the hour a fall-back change repeats, "1:30 AM" is two instants an hour apart:
 * it is the first of them that is not before `afterMs`.
 */
export function parseWallTimeAfter(text: string, format: string, zone: string, afterMs: number | null): number | null {
  const ms = parseWallTime(text, format, zone);
  if (ms === null || afterMs === null || ms >= afterMs) return ms;
  const later = ms + 3_600_000;
  const repeated = later + offsetMinutes(zone, later) * 60_000 === ms + offsetMinutes(zone, ms) * 60_000;
  return repeated && later >= afterMs ? later : ms;
}

/** The calendar date ('YYYY-MM-DD') written in `format`; null when the text is not one. */
export function parseWallDate(text: string, format: string): string | null {
  const wall = wallAsUtc(text, format);
  return wall === null ? null : new Date(wall).toISOString().slice(0, 10);
}

/** An instant as a file in `zone` writes it with `format`. */
export function formatWallTime(ms: number, format: string, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).setLocale(LOCALE).toFormat(format);
}

/** An agency date ('YYYY-MM-DD') as `format` writes it. */
export function formatWallDate(date: string, format: string): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).setLocale(LOCALE).toFormat(format);
}
