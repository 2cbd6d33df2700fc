// The agency's time zone (agency:get), in which forms read and lists show dates and times.
import { DEFAULT_ZONE } from '../../shared/calendar/instant';
import { useApiQuery } from '../api/useApiQuery';

/** America/Los_Angeles until the profile has arrived. */
export function useAgencyZone(): string {
  const agency = useApiQuery('agency:get', {}, ['agency']);
  return agency.data?.timeZone || DEFAULT_ZONE;
}
