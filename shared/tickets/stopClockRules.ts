// Whether a stop clock may be recorded, by the catalog's rules (29.4.7 Trouble Ticket Stop
// Clock Conditions; DOMAIN.md "Outage duration and stop clocks"). Pure, so the form can say
// the same thing the back end will.
import type { Catalog } from '../sla/catalog';
import type { Problem } from '../validation/problem';

export interface StopClockCandidate {
  code: string;
  startAt: string;
  endAt: string | null;
  windowStart: string | null;
  windowEnd: string | null;
  note: string;
}

/**
 * Whether a condition may stop the clock of a trouble ticket or of an order: Customer
 * Provisioning Delay (the catalog's `ordersOnly`) is for orders only, every other condition for
 * trouble tickets only. The one statement of that rule: the engine, the case file, the seam and
 * the pickers all ask here.
 */
export function conditionAppliesTo(c: { ordersOnly: boolean }, target: 'ticket' | 'order'): boolean {
  return target === 'order' ? c.ordersOnly : !c.ordersOnly;
}

/** The conditions a picker offers for a ticket or an order, in the catalog's order. */
export function conditionsFor<C extends { ordersOnly: boolean }>(conditions: readonly C[], target: 'ticket' | 'order'): C[] {
  return conditions.filter((c) => conditionAppliesTo(c, target));
}

export function stopClockProblems(catalog: Catalog, s: StopClockCandidate, target: 'ticket' | 'order'): Problem[] {
  const problems: Problem[] = [];
  const refused = catalog.refused(s.code);
  if (refused) {
    return [{ path: '/code', message: `"${refused.title}" is never a stop clock: ${refused.reason}` }];
  }
  const c = catalog.condition(s.code);
  if (!c) return [{ path: '/code', message: `"${s.code}" is not a stop clock condition` }];
  if (!conditionAppliesTo(c, target)) {
    problems.push(
      target === 'ticket'
        ? { path: '/code', message: `${c.title} applies to provisioning (orders) only, never to a trouble ticket` }
        : { path: '/code', message: `On an order only ${conditionsFor(catalog.stopClockConditions, 'order').map((o) => o.title).join(' or ')} stops the clock, not ${c.title}` },
    );
  }
  if (c.requiresNote && s.note.trim() === '') {
    problems.push({ path: '/note', message: `${c.title} needs a note documenting it (the request, the contact attempts): ${c.rule}` });
  }
  if (c.windowLimited && (s.windowStart === null || s.windowEnd === null)) {
    problems.push({ path: s.windowStart === null ? '/windowStart' : '/windowEnd', message: `${c.title} needs the scheduled maintenance window: it counts only inside it` });
  }
  if (s.windowStart !== null && s.windowEnd !== null && Date.parse(s.windowEnd) < Date.parse(s.windowStart)) {
    problems.push({ path: '/windowEnd', message: 'The maintenance window cannot end before it starts' });
  }
  if (s.endAt !== null && Date.parse(s.endAt) < Date.parse(s.startAt)) {
    problems.push({ path: '/endAt', message: 'The stop clock cannot end before it starts' });
  }
  return problems;
}
