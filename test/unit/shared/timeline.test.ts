// The ticket's state events and their order (shared/tickets/timeline): the rule the repository
// applies when an event is recorded, the replay after a correction, and the actions a ticket offers.
import { describe, expect, it } from 'vitest';
import { applicableLogEvents, applicableStateEvents, applyStateEvent, EMPTY_STATE, replayState, statusOf, type TicketTimes } from '../../../shared/tickets/timeline';

const fmt = (iso: string) => iso.slice(11, 16);
const label = (k: string) => k;
const repair: TicketTimes = { alarmAt: '2026-10-06T08:00:00.000Z', openedAt: '2026-10-06T08:05:00.000Z', measured: false };

describe('applyStateEvent', () => {
  it('refuses a restoration before the alarm or the opening, with both times', () => {
    expect(applyStateEvent('restored', '2026-10-06T07:59:00.000Z', 'Restored', repair, EMPTY_STATE, fmt)).toEqual({
      refusal: { reason: 'order', message: 'Restored (07:59) cannot be before the alarm (08:00)' },
    });
    // Exactly at the opening is in order.
    expect(applyStateEvent('restored', '2026-10-06T08:05:00.000Z', 'Restored', repair, EMPTY_STATE, fmt)).toEqual({
      state: { ...EMPTY_STATE, restoredAt: '2026-10-06T08:05:00.000Z' },
    });
  });

  it('takes the actual restoration only after a "not restored" report, and closes from it', () => {
    const restored = { ...EMPTY_STATE, restoredAt: '2026-10-06T10:00:00.000Z' };
    expect(applyStateEvent('actual_restored', '2026-10-06T11:00:00.000Z', 'Actual', repair, restored, fmt)).toMatchObject({ refusal: { reason: 'state' } });
    const reported = { ...restored, notRestoredAt: '2026-10-06T10:30:00.000Z' };
    expect(statusOf(reported)).toBe('open');
    expect(applyStateEvent('closed', '2026-10-06T11:00:00.000Z', 'Closed', repair, reported, fmt)).toEqual({
      refusal: { reason: 'state', message: 'Record the restoration before closing the ticket' },
    });
    const actual = { ...reported, actualRestoredAt: '2026-10-06T12:00:00.000Z' };
    // The closing follows the actual restoration, not the contractor's.
    expect(applyStateEvent('closed', '2026-10-06T11:00:00.000Z', 'Closed', repair, actual, fmt)).toEqual({
      refusal: { reason: 'order', message: 'Closed (11:00) cannot be before the restoration (12:00)' },
    });
  });

  it('closes a measured (delay, jitter) ticket without a restoration', () => {
    expect(applyStateEvent('closed', '2026-10-06T09:00:00.000Z', 'Closed', { ...repair, measured: true }, EMPTY_STATE, fmt)).toMatchObject({ state: { closedAt: '2026-10-06T09:00:00.000Z' } });
  });
});

describe('replayState', () => {
  it('replays in time order, ties in the order recorded, and reopening clears the closing', () => {
    const r = replayState(
      repair,
      [
        { id: 4, kind: 'reopened', at: '2026-10-06T12:00:00.000Z' },
        { id: 2, kind: 'restored', at: '2026-10-06T10:00:00.000Z' },
        { id: 3, kind: 'closed', at: '2026-10-06T10:00:00.000Z' },
      ],
      label,
      fmt,
    );
    expect(r).toEqual({ state: { ...EMPTY_STATE, restoredAt: '2026-10-06T10:00:00.000Z' } });
  });

  it('names the first event the timeline no longer allows', () => {
    const r = replayState(repair, [{ id: 3, kind: 'closed', at: '2026-10-06T11:00:00.000Z' }], label, fmt);
    expect(r).toMatchObject({ event: { id: 3 }, refusal: { reason: 'state', message: 'Record the restoration before closing the ticket' } });
  });
});

describe('the actions a ticket offers', () => {
  it('an open ticket: restored (and close if measured); a restored one: not restored and close; a closed one: reopen, notes and contacts', () => {
    expect(applicableStateEvents(repair, EMPTY_STATE)).toEqual(['restored']);
    expect(applicableStateEvents({ ...repair, measured: true }, EMPTY_STATE)).toEqual(['restored', 'closed']);
    const restored = { ...EMPTY_STATE, restoredAt: '2026-10-06T10:00:00.000Z' };
    expect(applicableStateEvents(repair, restored)).toEqual(['not_restored', 'closed']);
    expect(applicableStateEvents(repair, { ...restored, notRestoredAt: '2026-10-06T10:30:00.000Z' })).toEqual(['actual_restored']);
    const closed = { ...restored, closedAt: '2026-10-06T11:00:00.000Z' };
    expect(applicableStateEvents(repair, closed)).toEqual(['reopened']);
    expect(applicableLogEvents(closed)).toEqual(['note', 'contact']);
    expect(applicableLogEvents(restored)).toEqual(['note', 'contact', 'escalated']);
  });
});
