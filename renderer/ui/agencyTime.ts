// The agency's time zone and business calendar, for inputs and business-time countdowns.
import { useMemo } from 'react';
import { DEFAULT_CALENDAR, DEFAULT_ZONE, makeCalendar, type BusinessCalendar } from '../../shared/calendar';
import { useApiQuery } from '../api/useApiQuery';

const NO_REQUEST = {};

/** The agency's zone (America/Los_Angeles until the profile arrives). */
export function useAgencyZone(): string {
  return useLoadedZone() ?? DEFAULT_ZONE;
}

/** The agency's zone once known (null before): forms wait for it, so typed times are never read in the wrong zone. */
export function useLoadedZone(): string | null {
  const agency = useApiQuery('agency:get', NO_REQUEST, ['agency']);
  if (agency.data) return agency.data.timeZone || DEFAULT_ZONE;
  return agency.error ? DEFAULT_ZONE : null;
}

const calendars = new Map<string, BusinessCalendar>([[DEFAULT_CALENDAR.timeZone, DEFAULT_CALENDAR]]);

/** The business calendar the main process counts escalation levels on (electron/services/evaluation/zone.ts agencyCalendar). */
export function calendarFor(zone: string): BusinessCalendar {
  let cal = calendars.get(zone);
  if (!cal) {
    try {
      cal = makeCalendar({ timeZone: zone });
    } catch {
      cal = DEFAULT_CALENDAR;
    }
    calendars.set(zone, cal);
  }
  return cal;
}

export function useCalendar(zone: string): BusinessCalendar {
  return useMemo(() => calendarFor(zone), [zone]);
}
