// Calendar dates and months of the agency's time zone (DOMAIN.md "Time": everything
// calendar-shaped is evaluated in the agency's zone), for the checks of the SLA inputs and of
// retired services, and instants printed in messages the way the ATR reads them.
import { formatInZone, localDate, makeCalendar, monthOf, type BusinessCalendar } from '../../../shared/calendar';
import type { Db } from '../db/open';
import { getAgency } from './agency';

export interface AgencyDates {
  zone: string;
  /** 'YYYY-MM-DD' of the instant in the agency's zone. */
  dateOf(ms: number): string;
  /** 'YYYY-MM' of the instant in the agency's zone. */
  monthOf(ms: number): string;
  /** The instant as the agency's wall-clock time with its offset. */
  format(ms: number): string;
}

const calendars = new Map<string, BusinessCalendar>();

export function agencyDates(db: Db): AgencyDates {
  const zone = getAgency(db).timeZone;
  let cal = calendars.get(zone);
  if (!cal) {
    cal = makeCalendar({ timeZone: zone });
    calendars.set(zone, cal);
  }
  const c = cal;
  return { zone, dateOf: (ms) => localDate(c, ms), monthOf: (ms) => monthOf(ms, zone), format: (ms) => formatInZone(ms, zone) };
}
