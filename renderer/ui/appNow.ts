// "Now" as the app's clock has it (a demo or test clock included: app:info's `now`), and today's
// date in the agency's zone, for defaults such as a retirement date (DOMAIN.md "Time": calendar
// dates are the agency zone's, not the laptop's).
import { useState } from 'react';
import { localDate } from '../../shared/calendar';
import { useApiQuery } from '../api/useApiQuery';
import { calendarFor } from './agencyTime';

const NO_REQUEST = {};

/** Epoch ms of the app's now, refetched when one of `tables` changes; the page's clock until it arrives. */
export function useAppNow(tables: readonly string[] = []): number {
  const info = useApiQuery('app:info', NO_REQUEST, tables);
  const [openedAt] = useState(() => Date.now());
  const ms = info.data ? Date.parse(info.data.now) : NaN;
  return Number.isNaN(ms) ? openedAt : ms;
}

/** The agency date ('YYYY-MM-DD') of an instant. */
export function agencyDate(ms: number, zone: string): string {
  return localDate(calendarFor(zone), ms);
}
