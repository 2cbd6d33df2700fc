// Dates as the ATR types and reads them: `datetime-local` inputs hold a wall-clock time with
// no zone, which means agency time (DOMAIN.md "Time"), not the laptop's zone. Requests carry
// ISO-8601 with the zone's offset. Pure, so the conversions are unit-tested.
import { DateTime } from 'luxon';
import { DEFAULT_ZONE } from '../../shared/calendar';

const INPUT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/** `2026-10-06T10:00` in the zone → `2026-10-06T10:00:00.000-07:00`; '' → null; anything else → the text as typed (the seam names the field). */
export function inputToIso(value: string, zone: string = DEFAULT_ZONE): string | null {
  const v = value.trim();
  if (v === '') return null;
  if (!INPUT.test(v)) return v;
  const dt = DateTime.fromISO(v, { zone });
  if (!dt.isValid) return v;
  // The fall-back hour happens twice: take the first. A time inside the spring-forward gap does
  // not exist on the wall clock: luxon moves it on by the gap.
  const first = dt.getPossibleOffsets().reduce((a, b) => (b.toMillis() < a.toMillis() ? b : a), dt);
  return first.toISO() ?? v;
}

/** An instant → the `datetime-local` value showing it in agency time (minutes). */
export function isoToInput(iso: string | null | undefined, zone: string = DEFAULT_ZONE): string {
  if (!iso) return '';
  const dt = DateTime.fromISO(iso, { setZone: true });
  return dt.isValid ? dt.setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm") : '';
}

/** Now in agency time, as an input value. */
export function nowInput(nowMs: number, zone: string = DEFAULT_ZONE): string {
  return DateTime.fromMillis(nowMs, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** "Tue, Oct 6 2026, 10:00 AM PDT": an instant in agency time, for headers and timelines. */
export function formatWhen(iso: string | null | undefined, zone: string = DEFAULT_ZONE): string {
  if (!iso) return '—';
  const dt = DateTime.fromISO(iso, { setZone: true });
  if (!dt.isValid) return iso;
  return dt.setZone(zone).toFormat('ccc, LLL d yyyy, h:mm a ZZZZ', { locale: 'en-US' });
}

/** "Oct 6, 10:00 AM": shorter, for lists where the year is plain from context. */
export function formatShort(iso: string | null | undefined, zone: string = DEFAULT_ZONE): string {
  if (!iso) return '—';
  const dt = DateTime.fromISO(iso, { setZone: true });
  if (!dt.isValid) return iso;
  return dt.setZone(zone).toFormat('LLL d, h:mm a', { locale: 'en-US' });
}

/** The zone's short name now ("PDT"), for labels such as "Open time (PDT)". */
export function zoneAbbreviation(nowMs: number, zone: string = DEFAULT_ZONE): string {
  return DateTime.fromMillis(nowMs, { zone }).toFormat('ZZZZ', { locale: 'en-US' });
}

/** "10/6/26, 10:00 AM": list cells, where rows span years. */
export function formatListTime(iso: string | null | undefined, zone: string = DEFAULT_ZONE): string {
  if (!iso) return '—';
  const dt = DateTime.fromISO(iso, { setZone: true });
  if (!dt.isValid) return iso;
  return dt.setZone(zone).toFormat('M/d/yy, h:mm a', { locale: 'en-US' });
}

/** A due instant, short: "1:10 PM" today, "Wed 10:00 AM" within the week, "Nov 24, 10:00 AM" later. */
export function formatDue(iso: string, nowMs: number, zone: string = DEFAULT_ZONE): string {
  const dt = DateTime.fromISO(iso, { setZone: true }).setZone(zone);
  if (!dt.isValid) return iso;
  const today = DateTime.fromMillis(nowMs, { zone }).startOf('day');
  const days = Math.floor(dt.startOf('day').diff(today, 'days').days);
  if (days === 0) return dt.toFormat('h:mm a', { locale: 'en-US' });
  if (days > -7 && days < 7) return dt.toFormat('ccc h:mm a', { locale: 'en-US' });
  return dt.toFormat('LLL d, h:mm a', { locale: 'en-US' });
}
