// The agency's time zone, read in one place for every evaluation: months, the end of a due date,
// business days and the instants printed in explain lines are all in this zone (DOMAIN.md "Time").
import { DEFAULT_CALENDAR, makeCalendar, type BusinessCalendar } from '../../../shared/calendar';
import { ZoneClock } from '../../../shared/calendar/zoneClock';
import type { Db } from '../db/open';
import { getAgency } from '../repositories/agency';

export function agencyZone(db: Db): string {
  return getAgency(db).timeZone;
}

const calendars = new Map<string, BusinessCalendar>([[DEFAULT_CALENDAR.timeZone, DEFAULT_CALENDAR]]);

/** The business calendar of the agency's zone (the default calendar's hours and holidays). */
export function agencyCalendar(db: Db): BusinessCalendar {
  const zone = agencyZone(db);
  let cal = calendars.get(zone);
  if (!cal) calendars.set(zone, (cal = makeCalendar({ timeZone: zone })));
  return cal;
}

/** The agency date ('YYYY-MM-DD') of an instant. */
export function agencyDate(db: Db, ms: number): string {
  return ZoneClock.of(agencyZone(db)).dateOf(ms);
}
