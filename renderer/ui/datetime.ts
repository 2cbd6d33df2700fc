// Dates and times in forms and lists: an <input type="datetime-local"> holds a wall-clock time
// with no zone ("2026-09-01T09:00"); the contract wants an instant with its offset. Both ways
// go through the agency's time zone (agency:get timeZone), never the computer's own zone.
import { DateTime } from 'luxon';

/** What a datetime-local field held, read in the agency's zone. */
export type LocalParse =
  | { ok: true; iso: string }
  | { ok: false; problem: 'empty' | 'invalid' | 'skipped' };

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * "2026-09-01T09:00" in America/Los_Angeles → "2026-09-01T09:00:00-07:00". A time that does not
 * exist in the zone (the hour skipped when clocks spring forward) is refused, not moved; a time
 * that happens twice (the hour repeated when they fall back) is the first one.
 */
export function parseLocal(local: string, zone: string): LocalParse {
  const text = local.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  const m = LOCAL.exec(text);
  if (!m) return { ok: false, problem: 'invalid' };
  const [year, month, day, hour, minute, second] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x))) as number[];
  const dt = DateTime.fromObject({ year, month, day, hour, minute, second }, { zone });
  if (!dt.isValid) return { ok: false, problem: 'invalid' };
  // luxon moves a skipped wall-clock time forward; the fields then differ from what was typed.
  if (dt.hour !== hour || dt.minute !== minute || dt.day !== day) return { ok: false, problem: 'skipped' };
  // The hour repeated when clocks fall back: the first of the two (still daylight time).
  const earlier = dt.minus({ hours: 1 });
  const chosen = earlier.hour === hour && earlier.minute === minute && earlier.day === day ? earlier : dt;
  return { ok: true, iso: chosen.toISO({ suppressMilliseconds: true }) ?? '' };
}

/** The sentence for a field whose value could not be read. */
export function localProblemMessage(label: string, problem: 'empty' | 'invalid' | 'skipped', zone: string): string {
  if (problem === 'empty') return `${label} is required`;
  if (problem === 'skipped') return `${label} falls in the hour skipped when clocks spring forward in ${zone}; choose a later time`;
  return `${label} must be a date and time, e.g. 2026-09-01 09:00`;
}

/** An instant as a datetime-local value in the zone ("2026-09-01T09:00"); '' for null or unreadable. */
export function toLocalInput(iso: string | null, zone: string): string {
  if (!iso) return '';
  const dt = DateTime.fromISO(iso, { setZone: true }).setZone(zone);
  return dt.isValid ? dt.toFormat("yyyy-MM-dd'T'HH:mm") : '';
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${zone}|${withTime}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', withTime ? { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' } : { timeZone: zone, dateStyle: 'medium' });
    formatters.set(key, f);
  }
  return f;
}

/** "Oct 18, 2026, 9:00 AM" in the zone; '' for null or unreadable. */
export function formatDateTime(iso: string | null, zone: string): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? '' : formatter(zone, true).format(ms);
}

/** "Oct 18, 2026" in the zone; '' for null or unreadable. */
export function formatDate(iso: string | null, zone: string): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? '' : formatter(zone, false).format(ms);
}

/** A length of time for people: "2 days", "1 day 4 h", "3 h 15 min", "45 min". */
export function formatDuration(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts: string[] = [];
  if (days > 0) parts.push(`${days} day${days === 1 ? '' : 's'}`);
  if (hours > 0) parts.push(`${hours} h`);
  if (mins > 0 && days === 0) parts.push(`${mins} min`);
  return parts.length === 0 ? '0 min' : parts.join(' ');
}
