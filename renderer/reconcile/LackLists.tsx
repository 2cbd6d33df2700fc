// What only one record holds, and their stop clocks the contract does not allow: tickets of
// theirs we lack (one click opens one as ours, marked as from their report, with the stop clocks
// the contract allows), ours they lack, and each invalid stop clock with its clause.
import type { Reconciliation } from '../../shared/ipc/reconcile';
import { api } from '../api/client';
import { notify } from '../shell/notices';
import { goTo, hrefForTicket } from '../shell/route';
import { useRecorder } from '../shell/recorder';
import { formatListTime, minutesText, stopClockText } from './format';
import { StopClockList } from './StopClockList';
import { useReconcileUi } from './store';

export function InvalidStopClocks({ rows, zone, contractor }: { rows: Reconciliation['invalidStopClocks']; zone: string; contractor: string }) {
  return (
    <section className="recon-section" aria-labelledby="recon-invalid">
      <h2 id="recon-invalid">Stop clocks the contract does not allow ({rows.length})</h2>
      {rows.length === 0 ? (
        <p className="muted">Every stop clock in {contractor}’s report this month is one the contract allows.</p>
      ) : (
        <div className="recon-table-wrap">
          <table className="data-table compact recon-table" aria-label="Stop clocks the contract does not allow">
            <thead>
              <tr>
                <th scope="col">Their ticket</th>
                <th scope="col">Stop clock</th>
                <th scope="col">Clause</th>
                <th scope="col">Why it does not count</th>
                <th scope="col">Line</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr key={`${s.ticketNumber}-${s.line}-${s.code}`} className="recon-invalid-row">
                  <td className="mono">{s.ticketNumber}</td>
                  <td>{stopClockText(s, zone)}</td>
                  <td className="mono">{s.clause}</td>
                  <td>{s.reason}</td>
                  <td className="mono">{s.line}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

interface TheirsProps {
  rows: Reconciliation['theirsWeLack'];
  reportId: number;
  zone: string;
  contractor: string;
}

export function TheirsWeLack({ rows, reportId, zone, contractor }: TheirsProps) {
  const opening = useReconcileUi((s) => s.opening);
  const setOpening = useReconcileUi((s) => s.setOpening);
  const who = useRecorder((s) => s.who);

  const open = async (ticketNumber: string) => {
    setOpening(ticketNumber, true);
    const r = await api.invoke('reconcile:openTicket', { reportId, ticketNumber, who });
    setOpening(ticketNumber, false);
    if (!r.ok) return notify(`Ticket ${ticketNumber} could not be opened`, r.error.message, 'error');
    const left = r.value.leftOut.map((l) => `${l.code} (line ${l.line}): ${l.reason}`).join(' ');
    const id = r.value.ticketId;
    notify(
      `Ticket ${ticketNumber} opened as ours`,
      `Marked as from ${contractor}’s report, with ${r.value.stopClocksRecorded} stop clock${r.value.stopClocksRecorded === 1 ? '' : 's'}.${left ? ` Left out: ${left}` : ''}`,
      left ? 'warning' : 'success',
      { label: 'Open the ticket', run: () => goTo(hrefForTicket(id)) },
    );
  };

  return (
    <section className="recon-section" aria-labelledby="recon-theirs">
      <h2 id="recon-theirs">
        In {contractor}’s report, not in ours ({rows.length})
      </h2>
      {rows.length === 0 ? (
        <p className="muted">We hold every ticket of theirs this month.</p>
      ) : (
        <div className="recon-table-wrap">
          <table className="data-table compact recon-table" aria-label={`In ${contractor}’s report, not in ours`}>
            <thead>
              <tr>
                <th scope="col">Their ticket</th>
                <th scope="col">Circuit ID</th>
                <th scope="col">Start</th>
                <th scope="col">Restored</th>
                <th scope="col">Their duration</th>
                <th scope="col">Stop clocks</th>
                <th scope="col">
                  <span className="visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((t) => {
                const busy = opening.includes(t.ticketNumber);
                return (
                  <tr key={t.ticketNumber} data-ticket={t.ticketNumber}>
                    <td className="mono">{t.ticketNumber}</td>
                    <td className="mono">{t.circuitId}</td>
                    <td>{formatListTime(t.startAt, zone)}</td>
                    <td>{formatListTime(t.restoredAt, zone)}</td>
                    <td>{minutesText(t.durationMinutes)}</td>
                    <td>
                      <StopClockList clocks={t.stopClocks} zone={zone} />
                    </td>
                    <td className="col-actions">
                      {t.unknownCircuit ? (
                        <span className="muted">Not one of {contractor}’s services here</span>
                      ) : (
                        <button type="button" className="button small" disabled={busy} aria-label={`Open as our ticket: ${t.ticketNumber}`} onClick={() => void open(t.ticketNumber)}>
                          {busy ? 'Opening…' : 'Open as our ticket'}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function OursTheyLack({ rows, zone, contractor }: { rows: Reconciliation['oursTheyLack']; zone: string; contractor: string }) {
  return (
    <section className="recon-section" aria-labelledby="recon-ours">
      <h2 id="recon-ours">
        In ours, not in {contractor}’s report ({rows.length})
      </h2>
      {rows.length === 0 ? (
        <p className="muted">Their report holds every ticket of ours this month.</p>
      ) : (
        <div className="recon-table-wrap">
          <table className="data-table compact recon-table" aria-label={`In ours, not in ${contractor}’s report`}>
            <thead>
              <tr>
                <th scope="col">Our ticket</th>
                <th scope="col">Circuit ID</th>
                <th scope="col">Start</th>
                <th scope="col">Restored</th>
                <th scope="col">Stop clocks</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((t) => (
                <tr key={t.ticketId}>
                  <td>
                    <a href={hrefForTicket(t.ticketId)}>{t.ticketNumber || `#${t.ticketId}`}</a>
                  </td>
                  <td className="mono">{t.circuitId}</td>
                  <td>{formatListTime(t.startAt, zone)}</td>
                  <td>{formatListTime(t.actualRestoredAt ?? t.restoredAt, zone)}</td>
                  <td>
                    <StopClockList clocks={t.stopClocks} zone={zone} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
