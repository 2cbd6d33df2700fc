// Pure helpers of the Incidents screen: categories, the app's CAT 1 suggestion, ticket labels.
import type { Incident, Ticket } from '../../shared/ipc/tickets';
import { SERVICE_TYPE_LABELS } from '../../shared/ipc/services';
import { TICKET_KIND_LABELS } from '../../shared/ipc/tickets';

export type Category = Incident['category'];
export const CATEGORIES: readonly Category[] = ['none', 'cat1', 'cat2', 'cat3'];
export const CATEGORY_LABELS: Record<Category, string> = { none: 'None', cat1: 'CAT 1', cat2: 'CAT 2', cat3: 'CAT 3' };

/** What each category means (29.4.8.2–4), for the form's hint. */
export const CATEGORY_HINT =
  'CAT 1: total loss at one address from a common cause (2+ service types or 50+ seats). CAT 2: a failure in the contractor\'s network up to the provider edge. CAT 3: more than one service type in a central office, or any type system-wide.';

export function incidentName(i: Pick<Incident, 'id' | 'reference'>): string {
  return i.reference || `Incident #${i.id}`;
}

/** The suggestion to show, or null when there is none or the incident is already CAT 1. */
export function suggestionText(i: Pick<Incident, 'category' | 'suggestion'>): string | null {
  if (!i.suggestion || i.category === i.suggestion.category) return null;
  return `Suggest ${CATEGORY_LABELS[i.suggestion.category]}: ${i.suggestion.reason}`;
}

/** "SAC-VOIP-0001 · Converged VoIP · HQ". */
export function ticketLabel(t: Pick<Ticket, 'circuitId' | 'serviceType' | 'site'>): string {
  return [t.circuitId, SERVICE_TYPE_LABELS[t.serviceType] ?? t.serviceType, t.site].filter(Boolean).join(' · ');
}

/**
 * How the ATR knows a ticket: the contractor's ticket number ("ATT-700347"), the one they quote
 * on the phone. The app's own id shows only when the contractor gave no number yet, and then
 * says so, so it is never mistaken for one.
 */
export function contractorNumber(t: Pick<Ticket, 'contractorTicket'> | undefined, id: number): string {
  const n = t?.contractorTicket.trim() ?? '';
  return n ? n : t ? `no contractor number (#${id})` : `ticket #${id}`;
}

/** For sentences: "ticket ATT-700347 (SAC-VOIP-0001)", "ticket #12 (SAC-VM-0002, no contractor number)". */
export function ticketPhrase(t: Pick<Ticket, 'contractorTicket' | 'circuitId'> | undefined, id: number): string {
  if (!t) return `ticket #${id}`;
  const n = t.contractorTicket.trim();
  return n ? `ticket ${n} (${t.circuitId})` : `ticket #${id} (${t.circuitId}, no contractor number)`;
}

export function ticketKind(t: Pick<Ticket, 'kind'>): string {
  return TICKET_KIND_LABELS[t.kind] ?? t.kind;
}

export function ticketHref(id: number): string {
  return `#/tickets/${id}`;
}

/** Toggles a ticket in the selection, keeping the order they were picked in. */
export function toggleId(ids: readonly number[], id: number): number[] {
  return ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
}
