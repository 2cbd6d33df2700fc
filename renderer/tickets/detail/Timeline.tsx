// The ticket's timeline, oldest first: what happened, when, who recorded it, and for calls
// whom, how and the answer. A line the ATR recorded can be corrected or retracted with a reason;
// the original stays here, struck through, with why (an ATR's record is evidence in a dispute).
import { useState } from 'react';
import { EVENT_KINDS, EVENT_LABELS, type TicketDetail, type TicketEvent, type TicketEventKind } from '../../../shared/ipc/tickets';
import { api } from '../../api/client';
import { notify } from '../../shell/notices';
import { formatWhen } from '../dates';
import { timelineTitle, timelineTone } from '../model';
import { EventDialog } from './EventDialog';
import { ReasonDialog } from '../../ui/ReasonDialog';
import { useRecorder } from '../../shell/recorder';

/** Lines the ATR recorded; the opening is the ticket's own and stop-clock lines follow their stop clock. */
const correctable = (e: TicketEvent): e is TicketEvent & { kind: TicketEventKind } => e.retractedAt === null && (EVENT_KINDS as readonly string[]).includes(e.kind);

type Open = { kind: 'correct' | 'retract'; event: TicketEvent & { kind: TicketEventKind } } | null;

function Retraction({ e, correctedBy, zone }: { e: TicketEvent; correctedBy: TicketEvent | undefined; zone: string }) {
  if (e.retractedAt === null) return null;
  const by = e.retractedBy ? ` by ${e.retractedBy}` : '';
  return (
    <p className="tl-retracted">
      {correctedBy ? 'Corrected' : 'Retracted'} {formatWhen(e.retractedAt, zone)}
      {by}: {e.retractedReason}
    </p>
  );
}

export function Timeline({ detail, zone }: { detail: TicketDetail; zone: string }) {
  const events = detail.events;
  const [open, setOpen] = useState<Open>(null);
  const who = useRecorder((s) => s.who);
  const corrections = new Map(events.filter((e) => e.correctsId !== null).map((e) => [e.correctsId as number, e]));
  const byId = new Map(events.map((e) => [e.id, e]));
  return (
    <section className="panel timeline-panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      {events.length === 0 ? (
        <p className="muted">Nothing recorded yet.</p>
      ) : (
        <ol className="timeline" aria-label="Timeline">
          {events.map((e) => {
            const title = timelineTitle(e);
            const corrected = e.correctsId !== null ? byId.get(e.correctsId) : undefined;
            return (
              <li key={e.id} className={`tl-item tone-${timelineTone(e.kind)}${e.retractedAt ? ' is-retracted' : ''}`} data-kind={e.kind} data-retracted={e.retractedAt ? 'true' : undefined}>
                <span className="tl-marker" aria-hidden="true" />
                <div className="tl-body">
                  <div className="tl-head">
                    {e.retractedAt ? (
                      <del className="tl-title">{title}</del>
                    ) : (
                      <strong className="tl-title">{title}</strong>
                    )}
                    <time className="tl-when" dateTime={e.at}>
                      {e.retractedAt ? <del>{formatWhen(e.at, zone)}</del> : formatWhen(e.at, zone)}
                    </time>
                  </div>
                  {e.answer ? <p className="tl-answer">“{e.answer}”</p> : null}
                  {e.detail ? <p className="tl-detail">{e.detail}</p> : null}
                  {e.who ? <p className="tl-who">Recorded by {e.who}</p> : null}
                  {corrected ? <p className="tl-correction">Correction of the line recorded for {formatWhen(corrected.at, zone)}</p> : null}
                  <Retraction e={e} correctedBy={corrections.get(e.id)} zone={zone} />
                  {correctable(e) ? (
                    <div className="tl-actions">
                      <button type="button" className="link-button" aria-haspopup="dialog" aria-label={`Correct: ${title}, ${formatWhen(e.at, zone)}`} onClick={() => setOpen({ kind: 'correct', event: e })}>
                        Correct…
                      </button>
                      <button type="button" className="link-button" aria-haspopup="dialog" aria-label={`Retract: ${title}, ${formatWhen(e.at, zone)}`} onClick={() => setOpen({ kind: 'retract', event: e })}>
                        Retract…
                      </button>
                    </div>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {open?.kind === 'correct' ? <EventDialog kind={open.event.kind} detail={detail} zone={zone} correcting={open.event} onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'retract' ? (
        <ReasonDialog
          initialWho={who}
          title={`Retract: ${EVENT_LABELS[open.event.kind] ?? open.event.kind}?`}
          description={`${timelineTitle(open.event)}, ${formatWhen(open.event.at, zone)}. Retract a line entered in error: it stays on the timeline and in the History, struck through with your reason, and stops counting; every SLA result is computed again.`}
          send={(reason, who) => api.invoke('tickets:retractEvent', { id: open.event.id, reason, who })}
          onDone={() => notify(`${EVENT_LABELS[open.event.kind] ?? open.event.kind} retracted`, 'It stays on the timeline, struck through, with your reason.')}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </section>
  );
}
