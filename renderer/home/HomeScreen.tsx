// Home, "needs me now": the open tickets, nearest deadline first (the main process sorts), each
// with its live countdowns and whom to call next. The board is fetched when tickets, their
// timeline or stop clocks change, and once a minute as a safety net; the countdowns tick from
// that answer every second without asking again.
import { useEffect } from 'react';
import { useApiQuery } from '../api/useApiQuery';
import { calendarFor } from '../ui/agencyTime';
import { LoadError } from '../ui/ScreenStates';
import { BoardList } from './BoardList';
import { BoardSummary } from './BoardSummary';
import { EmptyBoard } from './EmptyBoard';
import './home.css';

const BOARD_TABLES = ['tickets', 'ticket_events', 'stop_clocks'];
const NO_REQUEST = {};
export const BOARD_REFRESH_MS = 60_000;

export function HomeScreen({ agencyName }: { agencyName: string }) {
  const board = useApiQuery('tickets:board', NO_REQUEST, BOARD_TABLES);
  const { reload } = board;
  useEffect(() => {
    const t = window.setInterval(reload, BOARD_REFRESH_MS);
    return () => window.clearInterval(t);
  }, [reload]);

  const entries = board.data?.entries ?? [];
  const zone = board.data?.timeZone ?? 'America/Los_Angeles';
  const cal = calendarFor(zone);

  return (
    <div className="screen home" data-loaded={board.data !== undefined ? 'true' : 'false'}>
      <div className="screen-head">
        <div>
          <h1>Needs me now</h1>
          <p className="screen-sub">
            {agencyName ? `${agencyName}: ` : ''}open tickets, nearest deadline first
          </p>
        </div>
        {entries.length > 0 ? (
          <div className="button-row">
            <a className="button primary" href="#/tickets/new">
              Open a ticket
            </a>
          </div>
        ) : null}
      </div>

      {board.error && board.data === undefined ? (
        <LoadError message={`The open tickets could not be loaded: ${board.error.message}`} onRetry={reload} />
      ) : board.data === undefined ? (
        <p className="muted">Loading…</p>
      ) : entries.length === 0 ? (
        <EmptyBoard />
      ) : (
        <>
          <BoardSummary entries={entries} cal={cal} />
          <BoardList entries={entries} cal={cal} zone={zone} />
        </>
      )}
    </div>
  );
}
