// The item's history, newest first: each step and change with its date, who acted and in which role.
import type { ItemEvent } from '../../../shared/ipc/conversion';
import { byText, dateLabel, EVENT_LABELS } from '../model';

export function ItemHistory({ events, error }: { events: ItemEvent[] | null; error: string | null }) {
  return (
    <section className="panel" aria-labelledby="item-history-title">
      <h2 id="item-history-title">History</h2>
      {error ? (
        <p className="form-error" role="alert">
          The history could not be loaded: {error}
        </p>
      ) : events === null ? (
        <p className="muted">Loading…</p>
      ) : (
        <ol className="item-events">
          {[...events].reverse().map((e) => (
            <li key={e.id}>
              <span className="event-date">{dateLabel(e.on)}</span>
              <strong>{EVENT_LABELS[e.kind]}</strong>
              {byText(e) ? <span className="muted"> by {byText(e)}</span> : null}
              {e.detail ? <p className="event-detail">{e.detail}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
