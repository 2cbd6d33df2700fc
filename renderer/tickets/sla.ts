// Which tickets take the contractor's notices. Pure; tested in test/unit/renderer/tickets/sla.test.ts.
import type { TicketKind } from '../../shared/ipc/tickets';

/** CAT 2 and CAT 3 tickets carry the contractor's notices (29.4.8.9 Notification). */
export function takesNotices(kind: TicketKind | string): boolean {
  return kind === 'cat2' || kind === 'cat3';
}
