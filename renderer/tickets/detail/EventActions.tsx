// What can be recorded on the ticket: notes, contacts and escalations, and the state changes
// (restored, not restored, actual restoration, closed, reopened). The back end checks each
// against the ticket's state and says why when it refuses.
import { useState } from 'react';
import type { TicketDetail, TicketEventKind } from '../../../shared/ipc/tickets';
import { EventDialog } from './EventDialog';

const LOG: Array<[TicketEventKind, string]> = [
  ['note', 'Add note'],
  ['contact', 'Record contact'],
  ['escalated', 'Record escalation'],
];

const STATE: Array<[TicketEventKind, string]> = [
  ['restored', 'Restored'],
  ['not_restored', 'Not restored'],
  ['actual_restored', 'Actual restoration'],
  ['closed', 'Close'],
];

/** The state change that usually comes next, shown as the primary button. */
function suggested(d: TicketDetail): TicketEventKind | null {
  const t = d.ticket;
  if (t.status === 'open') return t.notRestoredAt !== null ? 'actual_restored' : 'restored';
  if (t.status === 'restored') return 'closed';
  return 'reopened';
}

export function EventActions({ detail, zone }: { detail: TicketDetail; zone: string }) {
  const [kind, setKind] = useState<TicketEventKind | null>(null);
  const next = suggested(detail);
  const closed = detail.ticket.status === 'closed';
  const state = closed ? [...STATE, ['reopened', 'Reopen'] as [TicketEventKind, string]] : STATE;

  const button = ([k, label]: [TicketEventKind, string]) => (
    <button key={k} type="button" className={`button small${k === next ? ' primary' : ''}`} onClick={() => setKind(k)} aria-haspopup="dialog">
      {label}…
    </button>
  );

  return (
    <div className="event-actions" role="group" aria-label="Record on this ticket">
      <div className="button-row">{LOG.map(button)}</div>
      <div className="button-row">{state.map(button)}</div>
      {kind ? <EventDialog kind={kind} detail={detail} zone={zone} onClose={() => setKind(null)} /> : null}
    </div>
  );
}
