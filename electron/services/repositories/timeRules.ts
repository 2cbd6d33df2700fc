// When things happened, checked as a dispute would check them: nothing recorded as having
// happened is in the future (a restoration typed in December would keep the ticket from ever
// closing, and 29.4.8.11 Time to Repair would count to it), and each step follows the one it
// answers. Messages print instants in the agency's time, never UTC.
import { formatAgencyTime } from '../../../shared/calendar/agencyTime';
import { AppError } from '../errors';
import type { Db } from '../db/open';
import { agencyZone } from '../evaluation/zone';

/** A clock a minute off (two PCs, a phone) is not a future instant. */
export const FUTURE_SLACK_MS = 60_000;

/** The instant (any ISO form) in the agency's time, "Oct 6, 2026, 10:00 AM PDT". */
export function agencyTime(db: Db, iso: string): string {
  return formatAgencyTime(Date.parse(iso), agencyZone(db));
}

/** Refuses an instant more than a minute after now, at the field's path. */
export function notInFuture(db: Db, iso: string | null, now: string, what: string, path: string): void {
  if (iso === null) return;
  if (Date.parse(iso) > Date.parse(now) + FUTURE_SLACK_MS) {
    throw new AppError('invalid', `${what} cannot be in the future: ${agencyTime(db, iso)} is after now (${agencyTime(db, now)})`, path);
  }
}
