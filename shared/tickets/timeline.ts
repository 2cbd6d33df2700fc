// A ticket's state events — the contractor's restoration, the End-User's "not restored" report,
// the actual restoration, closing and reopening — and the order they must follow. One rule for
// three uses: recording an event, replaying the timeline after a correction or retraction, and
// choosing which actions a ticket offers (a closed ticket offers only what applies to it).
//
// 29.4.8.11 Time to Repair counts from the start (alarm or opening, whichever is first) to the
// restoration; when the End-User reports the service not restored, to the actual restoration.
// So: alarm, opening ≤ restoration ≤ "not restored" ≤ actual restoration ≤ closing.

export const STATE_EVENT_KINDS = ['restored', 'not_restored', 'actual_restored', 'closed', 'reopened'] as const;
export type StateEventKind = (typeof STATE_EVENT_KINDS)[number];

export const isStateEventKind = (kind: string): kind is StateEventKind => (STATE_EVENT_KINDS as readonly string[]).includes(kind);

/** What the ticket itself fixes: its start and whether it is a measured kind (delay, jitter). */
export interface TicketTimes {
  alarmAt: string | null;
  openedAt: string;
  /** Measured tickets (delay, jitter) close without a restoration. */
  measured: boolean;
}

/** The instants the state events leave on the ticket (UTC ISO strings). */
export interface TicketState {
  restoredAt: string | null;
  notRestoredAt: string | null;
  actualRestoredAt: string | null;
  closedAt: string | null;
}

export const EMPTY_STATE: TicketState = { restoredAt: null, notRestoredAt: null, actualRestoredAt: null, closedAt: null };

export type TicketStatus = 'open' | 'restored' | 'closed';

/** Closed; else restored when actually restored, or declared restored and not reported otherwise; else open. */
export function statusOf(s: TicketState): TicketStatus {
  if (s.closedAt !== null) return 'closed';
  if (s.actualRestoredAt !== null || (s.restoredAt !== null && s.notRestoredAt === null)) return 'restored';
  return 'open';
}

/** Formats an instant in the agency's time for a message. */
export type FormatInstant = (iso: string) => string;

/** Why an event is refused: `state` when the ticket's state does not allow it, `order` when its time is out of order. */
export interface Refusal {
  reason: 'state' | 'order';
  message: string;
}

/** "Restored (contractor) (Oct 6, 10:00 AM PDT) cannot be before the alarm (Oct 6, 11:00 AM PDT)". */
export function beforeMessage(what: string, iso: string, limitWhat: string, limit: string, fmt: FormatInstant): string {
  return `${what} (${fmt(iso)}) cannot be before ${limitWhat} (${fmt(limit)})`;
}

/** Can an event of this kind happen to a ticket in this state, whenever it is timed? */
export function stateRefusal(kind: StateEventKind, times: TicketTimes, s: TicketState, fmt: FormatInstant): string | null {
  const status = statusOf(s);
  switch (kind) {
    case 'restored':
      if (status === 'closed') return 'The ticket is closed; reopen it first';
      if (s.restoredAt !== null) return `The contractor already declared it restored at ${fmt(s.restoredAt)}; if the End-User says it is not, record "End-User reports not restored"`;
      return null;
    case 'not_restored':
      if (s.restoredAt === null) return 'Only a ticket the contractor declared restored can be reported not restored';
      if (s.notRestoredAt !== null) return `The End-User already reported it not restored at ${fmt(s.notRestoredAt)}`;
      if (status === 'closed') return 'The ticket is closed; reopen it first';
      return null;
    case 'actual_restored':
      if (s.notRestoredAt === null) return 'Actual restoration is recorded after the End-User reports the service not restored';
      if (s.actualRestoredAt !== null) return `Actual restoration is already recorded at ${fmt(s.actualRestoredAt)}`;
      return null;
    case 'closed':
      if (status === 'closed') return 'The ticket is already closed';
      if (status !== 'restored' && !times.measured) return 'Record the restoration before closing the ticket';
      return null;
    case 'reopened':
      return status === 'closed' ? null : 'Only a closed ticket can be reopened';
  }
}

/** Is the event's time in order with what it follows? `label` names the event in the message. */
export function orderRefusal(kind: StateEventKind, at: string, label: string, times: TicketTimes, s: TicketState, fmt: FormatInstant): string | null {
  const limits: Array<[string | null, string]> = [];
  const afterStart: Array<[string | null, string]> = [
    [times.alarmAt, 'the alarm'],
    [times.openedAt, "the ticket's opening"],
  ];
  if (kind === 'restored') limits.push(...afterStart);
  if (kind === 'not_restored') limits.push([s.restoredAt, "the contractor's restoration"]);
  // The actual restoration follows the End-User's "not restored" report (29.4.8.11).
  if (kind === 'actual_restored') limits.push([s.notRestoredAt, 'the End-User\'s "not restored" report']);
  if (kind === 'closed') limits.push(...afterStart, [s.actualRestoredAt ?? s.restoredAt, 'the restoration']);
  if (kind === 'reopened') limits.push([s.closedAt, 'the closing']);
  for (const [limit, what] of limits) {
    if (limit !== null && Date.parse(at) < Date.parse(limit)) return beforeMessage(label, at, what, limit, fmt);
  }
  return null;
}

/** The state after the event (assumed allowed). */
export function nextState(kind: StateEventKind, at: string, s: TicketState): TicketState {
  switch (kind) {
    case 'restored':
      return { ...s, restoredAt: at };
    case 'not_restored':
      return { ...s, notRestoredAt: at };
    case 'actual_restored':
      return { ...s, actualRestoredAt: at };
    case 'closed':
      return { ...s, closedAt: at };
    case 'reopened':
      return { ...s, closedAt: null };
  }
}

/** Applies one event: the new state, or why it is refused. */
export function applyStateEvent(kind: StateEventKind, at: string, label: string, times: TicketTimes, s: TicketState, fmt: FormatInstant): { state: TicketState } | { refusal: Refusal } {
  const state = stateRefusal(kind, times, s, fmt);
  if (state !== null) return { refusal: { reason: 'state', message: state } };
  const order = orderRefusal(kind, at, label, times, s, fmt);
  if (order !== null) return { refusal: { reason: 'order', message: order } };
  return { state: nextState(kind, at, s) };
}

export interface StateEvent {
  id: number;
  kind: StateEventKind;
  at: string;
}

/**
 * The state a timeline leaves, replayed from the start in time order (ties by the order they
 * were recorded): what the ticket's instants become after an event is corrected or retracted.
 * Refuses with the first event the timeline no longer allows.
 */
export function replayState(
  times: TicketTimes,
  events: readonly StateEvent[],
  labelOf: (kind: StateEventKind) => string,
  fmt: FormatInstant,
): { state: TicketState } | { refusal: Refusal; event: StateEvent } {
  const ordered = [...events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id - b.id);
  let state = EMPTY_STATE;
  for (const e of ordered) {
    const r = applyStateEvent(e.kind, e.at, labelOf(e.kind), times, state, fmt);
    if ('refusal' in r) return { refusal: r.refusal, event: e };
    state = r.state;
  }
  return { state };
}

/** The state events a ticket in this state can take now (the actions its screen offers). */
export function applicableStateEvents(times: TicketTimes, s: TicketState): StateEventKind[] {
  return STATE_EVENT_KINDS.filter((k) => stateRefusal(k, times, s, () => '') === null);
}

/** Why an escalation cannot be recorded: the ladder applies while the trouble lasts, not after closing. */
export function escalationRefusal(s: TicketState): string | null {
  return statusOf(s) === 'closed' ? 'The ticket is closed; reopen it first to escalate' : null;
}

/** Notes, contacts and escalations the ticket can take now (a closed one: notes and contacts). */
export function applicableLogEvents(s: TicketState): Array<'note' | 'contact' | 'escalated'> {
  return escalationRefusal(s) === null ? ['note', 'contact', 'escalated'] : ['note', 'contact'];
}
