// The lists the conversion forms pick from: the agency's contractors, and its own contacts (people
// of the agency, not of a contractor) who can hold a conversion role.
import type { Contact, Contractor } from '../../shared/ipc/agency';
import { useApiQuery } from '../api/useApiQuery';

const NONE = {};

export function useContractors(): Contractor[] {
  return useApiQuery('contractors:list', NONE, ['contractors']).data ?? [];
}

export function useAgencyContacts(): { people: Contact[]; error: string | null } {
  const q = useApiQuery('contacts:list', NONE, ['contacts']);
  return { people: (q.data ?? []).filter((c) => c.contractorId === null), error: q.error && !q.data ? q.error.message : null };
}
