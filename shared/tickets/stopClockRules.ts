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

export function stopClockProblems(catalog: Catalog, s: StopClockCandidate, target: 'ticket' | 'order'): Problem[] {
  const problems: Problem[] = [];
  const refused = catalog.refused(s.code);
  if (refused) {
    return [{ path: '/code', message: `"${refused.title}" is never a stop clock: ${refused.reason}` }];
  }
  const c = catalog.condition(s.code);
  if (!c) return [{ path: '/code', message: `"${s.code}" is not a stop clock condition` }];
  if (c.ordersOnly && target === 'ticket') {
    problems.push({ path: '/code', message: `${c.title} applies to provisioning (orders) only, never to a trouble ticket` });
  }
  if (!c.ordersOnly && target === 'order') {
    problems.push({ path: '/code', message: `On an order only Customer Provisioning Delay stops the clock, not ${c.title}` });
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
