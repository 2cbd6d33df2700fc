// One ticket on the board: what failed, its live countdowns, and whom to call next.
import { useId } from 'react';
import type { BusinessCalendar } from '../../shared/calendar';
import type { BoardEntry } from '../../shared/ipc/tickets';
import { hrefForTicket } from '../shell/route';
import { useNow } from '../tickets/clock';
import { CountdownList } from '../tickets/Countdown';
import { formatShort } from '../tickets/dates';
import { LogCall, NextContactCard } from '../tickets/LogCall';
import { kindLabel } from '../tickets/model';
import { entryState } from '../tickets/urgency';

export function BoardCard({ entry, cal, zone }: { entry: BoardEntry; cal: BusinessCalendar; zone: string }) {
  const { ticket: t, countdowns, nextContact } = entry;
  const headingId = useId();
  const now = useNow();
  const state = entryState(countdowns, now, cal);
  const restored = t.status === 'restored';

  return (
    <article className={`board-card state-${state}`} aria-labelledby={headingId} data-ticket-id={t.id}>
      <div className="board-what">
        <h2 id={headingId} className="board-circuit">
          <a href={hrefForTicket(t.id)}>{t.circuitId}</a>
        </h2>
        <div className="board-meta">
          <span className={`kind-badge kind-${t.kind}`}>{kindLabel(t.kind)}</span>
          {t.severity ? <span className="sev">Sev {t.severity}</span> : null}
          <span className="board-ticket" title="Contractor ticket number">
            {t.contractorTicket ? `#${t.contractorTicket}` : 'no contractor ticket yet'}
          </span>
        </div>
        <div className="board-site">
          {t.site ? <span>{t.site}</span> : null}
          <span className="muted">{t.contractorName}</span>
        </div>
        {t.description ? (
          <p className="board-desc" title={t.description}>
            {t.description}
          </p>
        ) : null}
      </div>

      <div className="board-clocks">
        {restored ? (
          <p className="board-restored">
            <span className="status-badge status-restored">Restored</span> {formatShort(t.actualRestoredAt ?? t.restoredAt, zone)} — close it once the End-User
            confirms.
          </p>
        ) : (
          <CountdownList countdowns={countdowns} cal={cal} zone={zone} label={`Countdowns for ${t.circuitId}`} />
        )}
      </div>

      <div className="board-contact">
        {nextContact && !restored ? (
          <>
            <NextContactCard contact={nextContact} />
            <LogCall ticketId={t.id} contact={nextContact} />
          </>
        ) : restored ? (
          <a className="button small" href={hrefForTicket(t.id)}>
            Open to close
          </a>
        ) : (
          <p className="muted small-text">{t.ladderId ? 'Top of the escalation ladder reached.' : 'No escalation ladder for this contractor.'}</p>
        )}
      </div>
    </article>
  );
}
