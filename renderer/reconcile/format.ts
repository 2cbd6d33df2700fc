// Instants and stop clocks as the Reconcile screens print them, in the agency's zone.
import { formatListTime } from '../tickets/dates';
import { formatMinutes } from '../ui/slaText';

export { formatListTime };

/** "ACCESS 10/6/26, 1:00 PM – 10/6/26, 3:10 PM (2 h 10 min)"; "no end" when their record gives none. */
export function stopClockText(sc: { code: string; startAt: string; endAt: string | null; minutes: number | null }, zone: string): string {
  const span = `${formatListTime(sc.startAt, zone)} – ${sc.endAt ? formatListTime(sc.endAt, zone) : 'no end'}`;
  return `${sc.code} ${span}${sc.minutes !== null ? ` (${formatMinutes(sc.minutes)})` : ''}`;
}

/** Their outage duration as they wrote it, in our words ("5 h 15 min"), or a dash. */
export function minutesText(minutes: number | null): string {
  return minutes === null ? '—' : formatMinutes(minutes);
}
