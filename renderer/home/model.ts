// Pure helpers of the home board: the summary's groups in the order shown, and the board
// filtered by the chosen ones. Tested in test/unit/renderer/home.
import type { BusinessCalendar } from '../../shared/calendar';
import type { Countdown } from '../../shared/ipc/tickets';
import { boardGroup, type BoardGroup } from '../tickets/urgency';

export const BOARD_GROUPS: ReadonlyArray<{ group: BoardGroup; label: string }> = [
  { group: 'overdue', label: 'overdue' },
  { group: 'soon', label: 'due soon' },
  { group: 'ok', label: 'on track' },
  { group: 'paused', label: 'paused by a stop clock' },
  { group: 'waiting', label: 'restored, to close' },
];

/** The entries in any of the shown groups, in the board's order; all of them when none is chosen. */
export function filterBoard<E extends { countdowns: readonly Countdown[] }>(entries: readonly E[], shown: readonly BoardGroup[], nowMs: number, cal: BusinessCalendar): E[] {
  if (shown.length === 0) return [...entries];
  return entries.filter((e) => shown.includes(boardGroup(e.countdowns, nowMs, cal)));
}

/** "overdue", "overdue or due soon": what the filtered board shows, for its status line. */
export function shownGroupsText(shown: readonly BoardGroup[]): string {
  const labels = BOARD_GROUPS.filter((g) => shown.includes(g.group)).map((g) => g.label);
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`;
}
