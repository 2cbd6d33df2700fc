// The board's tally, live: overdue, due soon, on track, paused, restored and waiting.
import type { BusinessCalendar } from '../../shared/calendar';
import type { BoardEntry } from '../../shared/ipc/tickets';
import { useNow } from '../tickets/clock';
import { tally } from '../tickets/urgency';

export function BoardSummary({ entries, cal }: { entries: BoardEntry[]; cal: BusinessCalendar }) {
  const now = useNow();
  const t = tally(entries, now, cal);
  const items: Array<[string, number, string]> = [
    ['overdue', t.overdue, 'overdue'],
    ['soon', t.soon, 'due soon'],
    ['ok', t.ok, 'on track'],
    ['paused', t.paused, 'paused by a stop clock'],
    ['waiting', t.waiting, 'restored, to close'],
  ];
  return (
    <ul className="board-summary" aria-label="Summary">
      {items.map(([key, n, label]) => (
        <li key={key} className={`tally tally-${key}${n === 0 ? ' is-zero' : ''}`}>
          <span className="tally-n">{n}</span> {label}
        </li>
      ))}
    </ul>
  );
}
