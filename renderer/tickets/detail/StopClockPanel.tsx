// The ticket's stop clocks: each interval with its condition and note; a running one can be
// ended, a voidable one voided (with a reason). A voided interval stays on record, struck
// through, with who voided it, when and why.
import { useState } from 'react';
import type { StopClock, Ticket } from '../../../shared/ipc/tickets';
import { useApiQuery } from '../../api/useApiQuery';
import { formatWhen } from '../dates';
import { EndStopClockDialog, VoidStopClockDialog } from './StopClockActions';
import { StartStopClockDialog } from './StartStopClockDialog';

const NO_REQUEST = {};

type Open = { kind: 'start' } | { kind: 'end'; clock: StopClock } | { kind: 'void'; clock: StopClock } | null;

export function StopClockPanel({ ticket, stopClocks, zone }: { ticket: Ticket; stopClocks: StopClock[]; zone: string }) {
  const conditions = useApiQuery('stopClocks:conditions', NO_REQUEST, []);
  const [open, setOpen] = useState<Open>(null);
  const voidable = new Set((conditions.data?.conditions ?? []).filter((c) => c.voidable).map((c) => c.code));

  return (
    <section className="panel stop-clocks" aria-labelledby="stop-clocks-title">
      <div className="panel-head">
        <h2 id="stop-clocks-title">Stop clocks</h2>
        <button type="button" className="button small" onClick={() => setOpen({ kind: 'start' })} aria-haspopup="dialog" disabled={!conditions.data}>
          Start a stop clock…
        </button>
      </div>
      {stopClocks.length === 0 ? (
        <p className="muted">None. A stop clock pauses Time to Repair, Excessive Outage and CAT 1 while it runs.</p>
      ) : (
        <ul className="stop-list" aria-label="Stop clocks">
          {stopClocks.map((s) => (
            <li key={s.id} className={`stop-item${s.voidedAt ? ' is-voided' : ''}${!s.endAt && !s.voidedAt ? ' is-running' : ''}`}>
              <div className="stop-main">
                <div className="stop-title">
                  {s.voidedAt ? <del>{s.title}</del> : <strong>{s.title}</strong>}
                  {!s.endAt && !s.voidedAt ? <span className="status-badge status-running">Running</span> : null}
                  {s.voidedAt ? <span className="status-badge status-voided">Voided</span> : null}
                </div>
                <div className="stop-when">
                  {s.voidedAt ? (
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
              </div>
              {!s.voidedAt ? (
                <div className="stop-actions">
                  {!s.endAt ? (
                    <button type="button" className="button small" onClick={() => setOpen({ kind: 'end', clock: s })} aria-label={`End ${s.title} stop clock`}>
                      End…
                    </button>
                  ) : null}
                  {voidable.has(s.code) ? (
                    <button type="button" className="button small" onClick={() => setOpen({ kind: 'void', clock: s })} aria-label={`Void ${s.title} stop clock`}>
                      Void…
                    </button>
                  ) : null}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {open?.kind === 'start' && conditions.data ? (
        <StartStopClockDialog ticketId={ticket.id} conditions={conditions.data} zone={zone} onClose={() => setOpen(null)} />
      ) : null}
      {open?.kind === 'end' ? <EndStopClockDialog clock={open.clock} zone={zone} onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'void' ? <VoidStopClockDialog clock={open.clock} zone={zone} onClose={() => setOpen(null)} /> : null}
    </section>
  );
}
