// "SLA and credit": every SLA the engine evaluates on this ticket (sla:ticket), its measure
// against the objective, met / missed / pending (and what a pending one waits for), the credit
// owed and the explain lines citing the clause. Shows what the engine returned; fetched again
// whenever something the verdicts read from is written.
import { useEffect } from 'react';
import type { SlaResultRow } from '../../../shared/ipc/sla';
import { useApiQuery } from '../../api/useApiQuery';
import { CreditCell, ExplainLines, SlaStatusPill } from '../../ui/SlaBits';
import { measureText } from '../../ui/slaText';
import { formatWhen } from '../dates';
import { owedHeadline, slaPanelRows } from '../sla';

/** What the ticket's verdicts read: the ticket, its timeline, stop clocks, notices, incident and service. */
export const SLA_TABLES = ['tickets', 'ticket_events', 'stop_clocks', 'ticket_notices', 'incidents', 'services'] as const;
/** A pending result's time left changes with the clock: ask again now and then. */
const REFRESH_MS = 60_000;

export function SlaPanel({ ticketId, zone }: { ticketId: number; zone: string }) {
  const q = useApiQuery('sla:ticket', { id: ticketId }, SLA_TABLES);
  const { reload } = q;
  useEffect(() => {
    const t = window.setInterval(reload, REFRESH_MS);
    return () => window.clearInterval(t);
  }, [reload]);

  const data = q.data;
  const headline = data ? owedHeadline(data.results, data.totalCredit) : null;
  const rows = data ? slaPanelRows(data.results) : null;

  return (
    <section className="panel sla-panel" aria-labelledby="sla-panel-title" data-loaded={data && !q.loading ? 'true' : 'false'}>
      <div className="sla-panel-head">
        <div>
          <h2 id="sla-panel-title">SLA and credit</h2>
          {data ? (
            <p className="sla-panel-sub">
              Results for {data.month}, the month the outage started · measured {formatWhen(data.asOf, zone)}
            </p>
          ) : null}
        </div>
        {headline ? (
          <div className="sla-owed" data-testid="sla-owed">
            <span className="sla-owed-label">Owed on this ticket</span>
            {headline.amount ? <span className="sla-owed-amount money">{headline.amount}</span> : null}
            <span className="sla-owed-note">{headline.note}</span>
          </div>
        ) : null}
      </div>

      {q.error && !data ? (
        <div className="sla-error" role="alert">
          <p>The SLA results could not be worked out: {q.error.message}</p>
          <button type="button" className="button small" onClick={reload}>
            Try again
          </button>
        </div>
      ) : !rows ? (
        <p className="muted">Working out the SLAs…</p>
      ) : rows.applicable.length === 0 && rows.notApplicable.length === 0 ? (
        <p className="muted">No SLA of the catalog measures this kind of ticket.</p>
      ) : (
        <>
          {rows.applicable.length > 0 ? (
            <ul className="sla-results" aria-label="SLA results">
              <li className="sla-results-head" aria-hidden="true">
                <span>SLA</span>
                <span>Measure</span>
                <span>Verdict</span>
                <span className="sla-col-money">Credit</span>
              </li>
              {rows.applicable.map((r) => (
                <SlaResultItem key={r.key} result={r} />
              ))}
            </ul>
          ) : null}
          {rows.notApplicable.length > 0 ? (
            <ul className="sla-na" aria-label="SLAs that do not apply">
              {rows.notApplicable.map(({ result: r, reason }) => (
                <li key={r.key} className="sla-na-item">
                  <span className="sla-na-title">
                    {r.title} <span className="sla-clause">{r.clause}</span>
                  </span>
                  <span className="sla-na-reason">Not applicable: {reason}</span>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </section>
  );
}

function SlaResultItem({ result: r }: { result: SlaResultRow }) {
  const m = measureText(r);
  return (
    <li className={`sla-result is-${r.status}`} data-sla={r.sla}>
      <div className="sla-result-main">
        <div className="sla-name">
          <strong>{r.title}</strong>
          <span className="sla-clause">{r.clause}</span>
        </div>
        <div className="sla-measure">
          <span className="sla-measure-value">{m.measure ?? <span className="muted">not measured</span>}</span>
          {m.objective ? <span className="sla-objective">objective {m.objective}</span> : null}
          {m.detail ? <span className="sla-objective">{m.detail}</span> : null}
        </div>
        <div className="sla-verdict">
          <SlaStatusPill status={r.status} />
        </div>
        <div className="sla-col-money">
          <CreditCell result={r} />
        </div>
      </div>
      {r.status === 'pending' && r.awaiting ? (
        <p className="sla-awaiting">
          <span className="sla-awaiting-label">Waiting for</span> {r.awaiting}
        </p>
      ) : null}
      <ExplainLines lines={r.explain} what={r.title} />
    </li>
  );
}
