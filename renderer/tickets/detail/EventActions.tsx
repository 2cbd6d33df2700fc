// What can be recorded on the ticket now: notes, contacts and escalations, and the state changes
// that apply to it (shared/tickets/timeline decides, the rule the back end applies): an open
// ticket offers "Restored", a restored one "Not restored" and "Close", a closed one "Reopen"
// and notes. The back end still checks each against the ticket's state and time order.
import { useState } from 'react';
import { isMeasuredKind, type TicketDetail, type TicketEventKind } from '../../../shared/ipc/tickets';
import { applicableLogEvents, applicableStateEvents, type TicketState } from '../../../shared/tickets/timeline';
import { EventDialog } from './EventDialog';

const LABELS: Record<TicketEventKind, string> = {
  note: 'Add note',
  contact: 'Record contact',
  escalated: 'Record escalation',
  restored: 'Restored',
  not_restored: 'Not restored',
  actual_restored: 'Actual restoration',
  closed: 'Close',
  reopened: 'Reopen',
};

/** The state change that usually comes next, shown as the primary button. */
function suggested(d: TicketDetail): TicketEventKind | null {
  const t = d.ticket;
  if (t.status === 'open') return t.notRestoredAt !== null ? 'actual_restored' : 'restored';
  if (t.status === 'restored') return 'closed';
  return 'reopened';
}

export function EventActions({ detail, zone }: { detail: TicketDetail; zone: string }) {
  const [kind, setKind] = useState<TicketEventKind | null>(null);
  const t = detail.ticket;
  const state: TicketState = { restoredAt: t.restoredAt, notRestoredAt: t.notRestoredAt, actualRestoredAt: t.actualRestoredAt, closedAt: t.closedAt };
  const next = suggested(detail);

  const button = (k: TicketEventKind) => (
    <button key={k} type="button" className={`button small${k === next ? ' primary' : ''}`} onClick={() => setKind(k)} aria-haspopup="dialog">
      {LABELS[k]}…
    </button>
  );

  return (
    <div className="event-actions" role="group" aria-label="Record on this ticket">
      <div className="button-row">{applicableLogEvents(state).map(button)}</div>
      <div className="button-row">{applicableStateEvents({ alarmAt: t.alarmAt, openedAt: t.openedAt, measured: isMeasuredKind(t.kind) }, state).map(button)}</div>
      {kind ? <EventDialog kind={kind} detail={detail} zone={zone} onClose={() => setKind(null)} /> : null}
    </div>
  );
}
