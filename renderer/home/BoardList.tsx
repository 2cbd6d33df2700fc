// The board itself, filtered by the summary's chosen groups. A ticket's group changes as its
// countdowns run, so the filter is applied on every tick, not once.
import type { BusinessCalendar } from '../../shared/calendar';
import type { BoardEntry } from '../../shared/ipc/tickets';
import { useNow } from '../tickets/clock';
import { BoardCard } from './BoardCard';
import { filterBoard, shownGroupsText } from './model';
import { useHomeUi } from './store';

export function BoardList({ entries, cal, zone }: { entries: BoardEntry[]; cal: BusinessCalendar; zone: string }) {
  const now = useNow();
  const shown = useHomeUi((s) => s.shown);
  const showAll = useHomeUi((s) => s.showAll);
  const visible = filterBoard(entries, shown, now, cal);
  return (
    <>
      {shown.length > 0 ? (
        <p className="board-filtered" role="status">
          Showing {visible.length} of {entries.length} open tickets: {shownGroupsText(shown)}.
        </p>
      ) : null}
      {visible.length === 0 ? (
        <div className="board-none">
          <p>No ticket is {shownGroupsText(shown)} now.</p>
          <button type="button" className="button small" onClick={showAll}>
            Show all
          </button>
        </div>
      ) : (
        <ol className="board" aria-label="Open tickets, nearest deadline first">
          {visible.map((e) => (
            <li key={e.ticket.id}>
              <BoardCard entry={e} cal={cal} zone={zone} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
