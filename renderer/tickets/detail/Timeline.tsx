// The ticket's timeline, oldest first: what happened, when, who recorded it, and for calls
// whom, how and the answer.
import type { TicketEvent } from '../../../shared/ipc/tickets';
import { formatWhen } from '../dates';
import { timelineTitle, timelineTone } from '../model';

export function Timeline({ events, zone }: { events: TicketEvent[]; zone: string }) {
  return (
    <section className="panel timeline-panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      {events.length === 0 ? (
        <p className="muted">Nothing recorded yet.</p>
      ) : (
        <ol className="timeline" aria-label="Timeline">
          {events.map((e) => (
            <li key={e.id} className={`tl-item tone-${timelineTone(e.kind)}`} data-kind={e.kind}>
              <span className="tl-marker" aria-hidden="true" />
              <div className="tl-body">
                <div className="tl-head">
                  <strong className="tl-title">{timelineTitle(e)}</strong>
                  <time className="tl-when" dateTime={e.at}>
                    {formatWhen(e.at, zone)}
                  </time>
                </div>
                {e.answer ? <p className="tl-answer">“{e.answer}”</p> : null}
                {e.detail ? <p className="tl-detail">{e.detail}</p> : null}
                {e.who ? <p className="tl-who">Recorded by {e.who}</p> : null}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
