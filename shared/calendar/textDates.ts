// Dates and times as other people's files write them ("10/6/2026 1:30 PM", "2026-10-06 13:30"):
// read and written with a luxon format in a named zone. Used where a contractor's report or
// invoice is imported; the zone is the file's (its tool's), not necessarily the agency's.
import { DateTime } from 'luxon';

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

/**
 * Epoch ms of a wall time written in `format` in `zone`; null when the text is not one. A wall
 * time that does not exist (skipped by a spring-forward change) is refused rather than moved.
 */
export function parseWallTime(text: string, format: string, zone: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  const dt = DateTime.fromFormat(t, format.trim(), { zone, locale: LOCALE });
  if (!dt.isValid) return null;
  // luxon moves a skipped wall time forward; a file that writes one is wrong, not an hour off.
  if (dt.hour !== DateTime.fromFormat(t, format.trim(), { zone: 'UTC', locale: LOCALE }).hour) return null;
  return dt.toMillis();
}

/** The calendar date ('YYYY-MM-DD') written in `format`; null when the text is not one. */
export function parseWallDate(text: string, format: string): string | null {
  const t = text.trim();
  if (t === '') return null;
  const dt = DateTime.fromFormat(t, format.trim(), { zone: 'UTC', locale: LOCALE });
  return dt.isValid ? dt.toFormat('yyyy-MM-dd') : null;
}

/** An instant as a file in `zone` writes it with `format`. */
export function formatWallTime(ms: number, format: string, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).setLocale(LOCALE).toFormat(format);
}

/** An agency date ('YYYY-MM-DD') as `format` writes it. */
export function formatWallDate(date: string, format: string): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).setLocale(LOCALE).toFormat(format);
}
