// Instants and calendar months. Instants travel as ISO-8601 text with an offset and are
// computed on as epoch milliseconds; months are evaluated in the agency's time zone
// (DOMAIN.md "Time"). This module and its siblings are the only places that know about
// time zones.
import { DateTime } from 'luxon';
import { isoWall } from './civil';

export const DEFAULT_ZONE = 'America/Los_Angeles';

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Epoch ms of an ISO-8601 instant that carries an offset or `Z`; null for anything else. */
export function parseInstant(text: string): number | null {
  if (!ISO_WITH_OFFSET.test(text)) return null;
  const dt = DateTime.fromISO(text, { setZone: true });
  return dt.isValid ? dt.toMillis() : null;
}

/** Epoch ms of an instant known to be valid (throws otherwise: a programming error). */
export function instant(text: string): number {
  const ms = parseInstant(text);
  if (ms === null) throw new Error(`not an ISO-8601 instant with an offset: ${text}`);
  return ms;
}

/** Years isoWall writes (1900-9999); outside them Date writes the text. */
const ISO_FAST_MIN = Date.UTC(1900, 0, 1);
const ISO_FAST_MAX = Date.UTC(9999, 0, 1);

/**
 * The stored form: UTC ISO-8601 with milliseconds and `Z` (Date#toISOString's text), written
 * without a Date: a reconciliation or an export writes hundreds of thousands of them.
 */
export function toUtcIso(ms: number): string {
  if (!(ms >= ISO_FAST_MIN && ms < ISO_FAST_MAX) || !Number.isInteger(ms)) return new Date(ms).toISOString();
  return `${isoWall(ms, true)}Z`;
}

/** ISO-8601 in the given zone with its offset, to the second (what reports print). */
export function formatInZone(ms: number, zone: string = DEFAULT_ZONE): string {
  return DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true }) ?? toUtcIso(ms);
}

export function isValidZone(zone: string): boolean {
  return DateTime.local().setZone(zone).isValid;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(text: string): boolean {
  return MONTH.test(text);
}

export interface MonthBounds {
  /** First instant of the month, agency time. */
  start: number;
  /** First instant of the next month (exclusive end). */
  end: number;
  /** Calendar days in the month. */
  days: number;
}

/** Bounds of a calendar month `YYYY-MM` in the zone. */
export function monthBounds(month: string, zone: string = DEFAULT_ZONE): MonthBounds {
  const m = MONTH.exec(month);
  if (!m) throw new Error(`not a month (YYYY-MM): ${month}`);
  const start = DateTime.fromObject({ year: Number(m[1]), month: Number(m[2]), day: 1 }, { zone });
  const next = start.plus({ months: 1 });
  return { start: start.toMillis(), end: next.toMillis(), days: start.daysInMonth ?? 30 };
}

/** The month (`YYYY-MM`, agency time) an instant falls in. */
export function monthOf(ms: number, zone: string = DEFAULT_ZONE): string {
  return DateTime.fromMillis(ms, { zone }).toFormat('yyyy-MM');
}

/** The month `n` months before (negative: after) the given month. */
export function shiftMonth(month: string, n: number): string {
  const m = MONTH.exec(month);
  if (!m) throw new Error(`not a month (YYYY-MM): ${month}`);
  const index = Number(m[1]) * 12 + (Number(m[2]) - 1) - n;
  const year = Math.floor(index / 12);
  const mon = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(mon).padStart(2, '0')}`;
}

/** The `count` calendar months ending with `last`, oldest first: monthsEnding('2026-02', 3) is Dec, Jan, Feb. */
export function monthsEnding(last: string, count: number): string[] {
  if (!Number.isInteger(count) || count < 1) throw new Error(`not a count of months: ${count}`);
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) out.push(shiftMonth(last, i));
  return out;
}

/**
 * Scheduled Uptime of a month in minutes: 24 h × days in the calendar month
 * (29.4.8.1 Availability: "Scheduled Uptime is based on 24 x number of days in the month"),
 * so a month with a DST change still counts whole 24-hour days.
 */
export function scheduledUptimeMinutes(month: string, zone: string = DEFAULT_ZONE): number {
  return monthBounds(month, zone).days * 24 * 60;
}
