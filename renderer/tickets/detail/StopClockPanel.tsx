// The ticket's stop clocks: each interval with its condition and note; a running one can be
// ended, a voidable one voided (with a reason), and any one recorded wrongly corrected or
// retracted (with a reason). A voided or retracted interval stays on record, struck through,
// with who, when and why.
import { useState } from 'react';
import type { StopClock, Ticket } from '../../../shared/ipc/tickets';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { notify } from '../../shell/notices';
import { formatWhen } from '../dates';
import { EndStopClockDialog, VoidStopClockDialog } from './StopClockActions';
import { ReasonDialog } from '../../ui/ReasonDialog';
import { StartStopClockDialog } from './StartStopClockDialog';
import { useRecorder } from '../../shell/recorder';

const NO_REQUEST = {};

type Open = { kind: 'start' } | { kind: 'end' | 'void' | 'correct' | 'retract'; clock: StopClock } | null;

export function StopClockPanel({ ticket, stopClocks, zone }: { ticket: Ticket; stopClocks: StopClock[]; zone: string }) {
  const conditions = useApiQuery('stopClocks:conditions', NO_REQUEST, []);
  const [open, setOpen] = useState<Open>(null);
  const who = useRecorder((s) => s.who);
  const voidable = new Set((conditions.data?.conditions ?? []).filter((c) => c.voidable).map((c) => c.code));

  return (
    <section className="panel stop-clocks" aria-labelledby="stop-clocks-title">
      <div className="panel-head">
        <h2 id="stop-clocks-title">Stop clocks</h2>
        {ticket.status !== 'closed' ? (
          <button type="button" className="button small" onClick={() => setOpen({ kind: 'start' })} aria-haspopup="dialog" disabled={!conditions.data}>
            Start a stop clock…
          </button>
        ) : null}
      </div>
      {stopClocks.length === 0 ? (
        <p className="muted">None. A stop clock pauses Time to Repair, Excessive Outage and CAT 1 while it runs.</p>
      ) : (
        <ul className="stop-list" aria-label="Stop clocks">
          {stopClocks.map((s) => {
            const struck = s.voidedAt !== null || s.retractedAt !== null;
            return (
            <li key={s.id} className={`stop-item${struck ? ' is-voided' : ''}${!s.endAt && !struck ? ' is-running' : ''}`}>
              <div className="stop-main">
                <div className="stop-title">
                  {struck ? <del>{s.title}</del> : <strong>{s.title}</strong>}
                  {!s.endAt && !struck ? <span className="status-badge status-running">Running</span> : null}
                  {s.voidedAt ? <span className="status-badge status-voided">Voided</span> : null}
                  {s.retractedAt ? <span className="status-badge status-voided">{stopClocks.some((x) => x.correctsId === s.id) ? 'Corrected' : 'Retracted'}</span> : null}
                </div>
                <div className="stop-when">
                  {struck ? (
                    <del>
                      {formatWhen(s.startAt, zone)} → {s.endAt ? formatWhen(s.endAt, zone) : 'running'}
                    </del>
                  ) : (
                    <>
                      {formatWhen(s.startAt, zone)} → {s.endAt ? formatWhen(s.endAt, zone) : 'running'}
                    </>
                  )}
                </div>
                {s.windowStart && s.windowEnd ? (
                  <div className="stop-window">
                    Maintenance window {formatWhen(s.windowStart, zone)} → {formatWhen(s.windowEnd, zone)}
                  </div>
                ) : null}
                {s.note ? <p className="stop-note">{s.note}</p> : null}
                {s.voidedAt ? (
                  <p className="stop-void-reason">
                    Voided {formatWhen(s.voidedAt, zone)}
                    {s.voidedBy ? ` by ${s.voidedBy}` : ''}: {s.voidedReason}
                  </p>
                ) : null}
                {s.retractedAt ? (
                  <p className="stop-void-reason">
                    {stopClocks.some((x) => x.correctsId === s.id) ? 'Corrected' : 'Retracted'} {formatWhen(s.retractedAt, zone)}
                    {s.retractedBy ? ` by ${s.retractedBy}` : ''}: {s.retractedReason}
                  </p>
                ) : null}
              </div>
              {!s.retractedAt ? (
                <div className="stop-actions">
                  {!s.endAt ? (
                    <button type="button" className="button small" onClick={() => setOpen({ kind: 'end', clock: s })} aria-label={`End ${s.title} stop clock`}>
                      End…
                    </button>
                  ) : null}
                  {voidable.has(s.code) && !s.voidedAt ? (
                    <button type="button" className="button small" onClick={() => setOpen({ kind: 'void', clock: s })} aria-label={`Void ${s.title} stop clock`}>
                      Void…
                    </button>
                  ) : null}
                  {!s.voidedAt ? (
                    <button type="button" className="button small" onClick={() => setOpen({ kind: 'correct', clock: s })} aria-label={`Correct ${s.title} stop clock`} disabled={!conditions.data}>
                      Correct…
                    </button>
                  ) : null}
                  <button type="button" className="button small" onClick={() => setOpen({ kind: 'retract', clock: s })} aria-label={`Retract ${s.title} stop clock`}>
                    Retract…
                  </button>
                </div>
              ) : null}
            </li>
            );
          })}
        </ul>
      )}
      {open?.kind === 'start' && conditions.data ? (
        <StartStopClockDialog ticketId={ticket.id} conditions={conditions.data} zone={zone} onClose={() => setOpen(null)} />
      ) : null}
      {open?.kind === 'end' ? <EndStopClockDialog clock={open.clock} zone={zone} onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'void' ? <VoidStopClockDialog clock={open.clock} zone={zone} onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'correct' && conditions.data ? (
        <StartStopClockDialog ticketId={ticket.id} conditions={conditions.data} zone={zone} correcting={open.clock} onClose={() => setOpen(null)} />
      ) : null}
      {open?.kind === 'retract' ? (
        <ReasonDialog
          initialWho={who}
          title={`Retract the ${open.clock.title} stop clock?`}
          description={`${formatWhen(open.clock.startAt, zone)} → ${open.clock.endAt ? formatWhen(open.clock.endAt, zone) : 'running'}. Retract a stop clock entered in error (wrong ticket, wrong condition): it stays on record, struck through with your reason, and stops counting. If the condition happened but was not the cause, void it instead.`}
          send={(reason, who) => api.invoke('stopClocks:retract', { id: open.clock.id, reason, who })}
          onDone={() => notify(`${open.clock.title} stop clock retracted`, 'It stays on record and no longer counts.')}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </section>
  );
}
