// The board's tally, live: overdue, due soon, on track, paused, restored and waiting. Each
// count is a toggle that filters the board to its group (several may be on at once); "Show
// all" clears the choice. The choice lives in the home store, the counts come from the tick.
import type { BusinessCalendar } from '../../shared/calendar';
import type { BoardEntry } from '../../shared/ipc/tickets';
import { useNow } from '../tickets/clock';
import { tally } from '../tickets/urgency';
import { BOARD_GROUPS } from './model';
import { useHomeUi } from './store';

export function BoardSummary({ entries, cal }: { entries: BoardEntry[]; cal: BusinessCalendar }) {
  const now = useNow();
  const t = tally(entries, now, cal);
  const shown = useHomeUi((s) => s.shown);
  const toggle = useHomeUi((s) => s.toggle);
  const showAll = useHomeUi((s) => s.showAll);
  return (
    <div className="board-filter">
      <ul className="board-summary" aria-label="Summary">
        {BOARD_GROUPS.map(({ group, label }) => {
          const n = t[group];
          const pressed = shown.includes(group);
          return (
            <li key={group}>
              <button
                type="button"
                className={`tally tally-${group}${n === 0 ? ' is-zero' : ''}`}
                aria-pressed={pressed}
                title={pressed ? `Stop showing only ${label} tickets` : `Show ${label} tickets only`}
                onClick={() => toggle(group)}
              >
                {pressed ? (
                  <span className="tally-check" aria-hidden="true">
                    ✓
                  </span>
                ) : null}
                <span className="tally-n">{n}</span> {label}
              </button>
            </li>
          );
        })}
      </ul>
      {shown.length > 0 ? (
        <button type="button" className="button subtle small" onClick={showAll}>
          Show all
        </button>
      ) : null}
    </div>
  );
}
