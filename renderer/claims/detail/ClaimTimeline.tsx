// The claim's steps in date order: made, submitted, acknowledged, credited, denied, disputed,
// and the calls up the ladder. A call undone right after logging stays, struck through, with
// when, by whom and why it was retracted.
import type { ClaimEvent } from '../../../shared/ipc/claims';
import { formatWhen } from '../../tickets/dates';
import { useAgencyZone } from '../../ui/agencyTime';
import { dateLabel, eventText } from '../model';

export function ClaimTimeline({ events }: { events: readonly ClaimEvent[] }) {
  const zone = useAgencyZone();
  return (
    <section className="panel claim-timeline" aria-labelledby="claim-timeline-title">
      <h2 id="claim-timeline-title">Timeline</h2>
      <ol className="claim-steps">
        {events.map((e) => {
          const t = eventText(e);
          const retracted = e.retractedAt !== null;
          return (
            <li key={e.id} className={`claim-step step-${e.kind}${retracted ? ' is-retracted' : ''}`} data-kind={e.kind} data-retracted={retracted ? 'true' : undefined}>
              <span className="claim-step-date">{dateLabel(e.on)}</span>
              {retracted ? <del className="claim-step-title">{t.title}</del> : <span className="claim-step-title">{t.title}</span>}
              {t.detail ? <span className="claim-step-detail">{t.detail}</span> : null}
              {e.retractedAt !== null ? (
                <span className="claim-step-detail">
                  Retracted {formatWhen(e.retractedAt, zone)}
                  {e.retractedBy ? ` by ${e.retractedBy}` : ''}: {e.retractedReason}
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
