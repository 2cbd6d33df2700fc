// The claim's steps in date order: made, submitted, acknowledged, credited, denied, disputed,
// and the calls up the ladder.
import type { ClaimEvent } from '../../../shared/ipc/claims';
import { dateLabel, eventText } from '../model';

export function ClaimTimeline({ events }: { events: readonly ClaimEvent[] }) {
  return (
    <section className="panel claim-timeline" aria-labelledby="claim-timeline-title">
      <h2 id="claim-timeline-title">Timeline</h2>
      <ol className="claim-steps">
        {events.map((e) => {
          const t = eventText(e);
          return (
            <li key={e.id} className={`claim-step step-${e.kind}`} data-kind={e.kind}>
              <span className="claim-step-date">{dateLabel(e.on)}</span>
              <span className="claim-step-title">{t.title}</span>
              {t.detail ? <span className="claim-step-detail">{t.detail}</span> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
