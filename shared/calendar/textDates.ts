// Dates and times as other people's files write them ("10/6/2026 1:30 PM", "2026-10-06 13:30"):
// read and written with a luxon format in a named zone. Used where a contractor's report or
// invoice is imported; the zone is the file's (its tool's), not necessarily the agency's.
import { DateTime, IANAZone } from 'luxon';

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

/** The wall time the text writes, as if it were UTC (ms), or null. */
function wallAsUtc(text: string, format: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  const dt = DateTime.fromFormatParser(t, parserOf(format.trim()), { zone: 'utc', locale: LOCALE });
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
