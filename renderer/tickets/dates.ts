// Dates as the ATR types and reads them: `datetime-local` inputs hold a wall-clock time with
// no zone, which means agency time (DOMAIN.md "Time"), not the laptop's zone. Requests carry
// ISO-8601 with the zone's offset. Pure, so the conversions are unit-tested.
import { DateTime } from 'luxon';
import { DEFAULT_ZONE } from '../../shared/calendar';
import { parseLocal, toLocalInput } from '../ui/datetime';

/**
 * `2026-10-06T10:00` in the zone → `2026-10-06T10:00:00-07:00`; '' → null; anything the zone
 * cannot read (including the hour skipped at spring-forward) → the text as typed, so the seam
 * names the field. The one reading of a typed time is parseLocal (ui/datetime.ts).
 */
export function inputToIso(value: string, zone: string = DEFAULT_ZONE): string | null {
  const p = parseLocal(value, zone);
  if (p.ok) return p.iso;
  return p.problem === 'empty' ? null : value.trim();
}

/** An instant → the `datetime-local` value showing it in agency time (minutes). */
export function isoToInput(iso: string | null | undefined, zone: string = DEFAULT_ZONE): string {
  return toLocalInput(iso ?? null, zone);
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
