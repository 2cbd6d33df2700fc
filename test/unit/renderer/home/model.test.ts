import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '../../../../shared/calendar';
import type { Countdown } from '../../../../shared/ipc/tickets';
import { filterBoard, shownGroupsText } from '../../../../renderer/home/model';
import { useHomeUi } from '../../../../renderer/home/store';

const H = 3_600_000;
const NOW = Date.parse('2026-10-06T17:00:00Z');

function ttr(dueInMs: number | null, paused = false): Countdown {
  return {
    key: 'time-to-repair', label: 'Time to Repair (TTR)', clause: '29.4.8.11', kind: 'sla', dueAt: dueInMs === null ? null : new Date(NOW + dueInMs).toISOString(),
    remainingMs: dueInMs ?? 2 * H, intervalMs: 4 * H, paused, businessTime: false, level: null, contact: null,
  };
}

// In the board's order (nearest deadline first), one ticket per group.
const board = [
  { id: 'overdue', countdowns: [ttr(-60_000)] },
  { id: 'soon', countdowns: [ttr(H / 2)] },
  { id: 'ok', countdowns: [ttr(3 * H)] },
  { id: 'paused', countdowns: [ttr(null, true)] },
  { id: 'waiting', countdowns: [] },
];
const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id);

describe('the home board filtered by the summary', () => {
  it('shows every ticket when no group is chosen, the chosen groups otherwise, in the board order', () => {
    expect(ids(filterBoard(board, [], NOW, DEFAULT_CALENDAR))).toEqual(['overdue', 'soon', 'ok', 'paused', 'waiting']);
    expect(ids(filterBoard(board, ['overdue'], NOW, DEFAULT_CALENDAR))).toEqual(['overdue']);
    expect(ids(filterBoard(board, ['waiting', 'overdue'], NOW, DEFAULT_CALENDAR))).toEqual(['overdue', 'waiting']);
  });

  it('moves a ticket between groups as its countdown runs: due soon becomes overdue', () => {
    expect(ids(filterBoard(board, ['overdue'], NOW + H, DEFAULT_CALENDAR))).toEqual(['overdue', 'soon']);
  });

  it('names the chosen groups in the summary order', () => {
    expect(shownGroupsText(['overdue'])).toBe('overdue');
    expect(shownGroupsText(['soon', 'overdue'])).toBe('overdue or due soon');
    expect(shownGroupsText(['paused', 'ok', 'overdue'])).toBe('overdue, on track or paused by a stop clock');
  });
});

describe('the home store', () => {
  beforeEach(() => useHomeUi.getState().showAll());

  it('toggles a group on and off, and "show all" clears the choice', () => {
    const ui = useHomeUi.getState();
    ui.toggle('overdue');
    ui.toggle('soon');
    expect(useHomeUi.getState().shown).toEqual(['overdue', 'soon']);
    ui.toggle('overdue');
    expect(useHomeUi.getState().shown).toEqual(['soon']);
    ui.showAll();
    expect(useHomeUi.getState().shown).toEqual([]);
  });
});
