// Pure helpers of the Escalation screen: how a ladder's levels read, which ladders fit which
// choice, and whether a level's contact on screen is saved.
import type { ResponseOf } from '../../shared/ipc/contract';
import type { LadderContact } from '../../shared/ipc/tickets';

export type LadderInfo = ResponseOf<'ladders:list'>[number];
export type LadderLevelInfo = LadderInfo['levels'][number];
export type Assignment = ResponseOf<'ladders:assignments'>[number];

export const ISSUE_KIND_LABELS: Record<string, string> = {
  'service-impacting': 'Service-impacting',
  'bill-or-contract': 'Bill or contract',
};

/** The one sentence DOMAIN.md insists on: every level counts from the ladder's start. */
export const FROM_START_RULE =
  "Each level's time runs from the ladder's start (your first contact at level 1), not from the previous level.";

/** When a level falls due, as a person reads it: "Starts the ladder" or "Due 4 hours after the start (wall-clock)". */
export function levelDueText(level: Pick<LadderLevelInfo, 'level' | 'due'>): string {
  if (level.level === 1 || level.due === 'at the start') return 'Starts the ladder: the first contact';
  return `Due ${level.due}`;
}

/** "Level 2 is due 4 hours after the start (wall-clock); level 3, 1 business day after the start." */
export function scheduleSentence(ladder: Pick<LadderInfo, 'levels'>): string {
  const later = ladder.levels.filter((l) => l.level > 1 && l.due !== 'at the start');
  if (later.length === 0) return 'This ladder has a single level.';
  return `${later.map((l, i) => (i === 0 ? `Level ${l.level} is due ${l.due}` : `level ${l.level}, ${l.due}`)).join('; ')}.`;
}

/** How the ladder's days count. */
export function calendarText(calendar: string): string {
  if (calendar === '24x7') return 'Runs 24x7x365: every hour counts, so 2 days are 48 hours.';
  return "Business days count on the agency's calendar (Monday to Friday, 08:00 to 17:00, not State holidays); plain hours are wall-clock hours.";
}

/** Who makes the contact: "You (the customer)" for the customer, else the named party. */
export function contactedByText(contactedBy: string): string {
  return contactedBy === 'customer' ? 'You (the customer)' : contactedBy;
}

export function laddersOfKind(ladders: readonly LadderInfo[], kind: 'service-impacting' | 'bill-or-contract'): LadderInfo[] {
  return ladders.filter((l) => l.issueKind === kind);
}

/** The ladders a contractor follows, in the order the screen shows them (service first). */
export function chosenLadders(assignment: Assignment | undefined, ladders: readonly LadderInfo[]): LadderInfo[] {
  if (!assignment) return [];
  return [assignment.serviceLadderId, assignment.billLadderId]
    .filter((id): id is string => id !== null)
    .map((id) => ladders.find((l) => l.id === id))
    .filter((l): l is LadderInfo => l !== undefined);
}

export interface ContactDraft {
  name: string;
  phone: string;
  email: string;
}

export const EMPTY_CONTACT: ContactDraft = { name: '', phone: '', email: '' };

export type ContactState = 'none' | 'saved' | 'unsaved';

/** Saved when what is on screen is what is stored (spaces at the ends aside); none when neither has anything. */
export function contactState(draft: ContactDraft, stored: LadderContact | undefined): ContactState {
  const same = (a: string, b: string) => a.trim() === b.trim();
  if (!stored) return draft.name.trim() === '' && draft.phone.trim() === '' && draft.email.trim() === '' ? 'none' : 'unsaved';
  return same(draft.name, stored.name) && same(draft.phone, stored.phone) && same(draft.email, stored.email) ? 'saved' : 'unsaved';
}

export function findContact(contacts: readonly LadderContact[], ladderId: string, level: number): LadderContact | undefined {
  return contacts.find((c) => c.ladderId === ladderId && c.level === level);
}
