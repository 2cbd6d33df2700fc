// The scorecard of a help-desk month (sla:scorecard): every target against its objective, met or
// missed with its clause and arithmetic; each target's 12-month trend (recharts, readable in black
// and white); how the month's incidents did step by step; and the incidents with a missed step,
// each with its timeline. Printable: the page prints the scorecard alone.
import { targetSeries } from '../../shared/charts';
import type { Scorecard, SlaResultRow } from '../../shared/ipc/sla';
import { useApiQuery } from '../api/useApiQuery';
import { TargetTrendChart } from '../charts';
import { formatWhen } from '../tickets/dates';
import { hrefForTicket } from '../shell/route';
import { LoadError } from '../ui/ScreenStates';
import { ExplainLines, SlaStatusPill } from '../ui/SlaBits';
import { measureText, monthLabel } from '../ui/slaText';
import type { Contract } from './model';

/** What a scorecard reads: an incident, its times and notifications, the figures. */
export const SCORECARD_TABLES = ['tickets', 'ticket_events', 'ticket_notices', 'services', 'contract_figures'] as const;

const STATUS_WORD = { met: 'met', missed: 'missed', pending: 'pending' } as const;

export function ScorecardPanel({ contract, month, zone }: { contract: Contract; month: string; zone: string }) {
  const card = useApiQuery('sla:scorecard', { contractorId: contract.contractorId, catalogId: contract.catalogId, month }, SCORECARD_TABLES);
  if (card.error && !card.data) return <LoadError message={`The scorecard could not be worked out: ${card.error.message}`} onRetry={card.reload} />;
  if (!card.data) return <p className="muted">Loading…</p>;
  const s = card.data;
  return (
    <div className="scorecard" data-loaded={card.loading ? 'false' : 'true'}>
      <div className="scorecard-head">
        <h2>
          {s.contractorName}: {monthLabel(s.month)}
        </h2>
        <button type="button" className="button no-print" onClick={() => window.print()}>
          Print scorecard
        </button>
      </div>
      <p className="small muted">{s.remedy}</p>
      <TargetsTable targets={s.targets} />
      <section className="scorecard-trend" aria-labelledby="scorecard-trend-title">
        <h3 id="scorecard-trend-title">The last {s.trend.length} months</h3>
        <div className="trend-grid">
          {targetSeries(s).map((t) => (
            <div key={t.sla} className="trend-cell">
              <h4>
                {t.title} ({t.report === 'seconds' ? 'seconds' : t.report === 'percent' ? '%' : 'of 5'})
              </h4>
              <TargetTrendChart series={t} />
            </div>
          ))}
        </div>
      </section>
      <StepsTable card={s} />
      <MissedIncidents card={s} zone={zone} />
    </div>
  );
}

function TargetsTable({ targets }: { targets: SlaResultRow[] }) {
  return (
    <table className="data-table scorecard-targets">
      <caption>Service targets</caption>
      <thead>
        <tr>
          <th scope="col">Target</th>
          <th scope="col" className="col-num">
            Measure
          </th>
          <th scope="col">Objective</th>
          <th scope="col">Result</th>
          <th scope="col">Clause and arithmetic</th>
        </tr>
      </thead>
      <tbody>
        {targets.map((r) => {
          const m = measureText(r);
          return (
            <tr key={r.key} data-sla={r.sla}>
              <th scope="row">{r.title}</th>
              <td className="col-num">{m.measure ?? 'Not recorded'}</td>
              <td>{m.objective ?? '—'}</td>
              <td>
                <SlaStatusPill status={r.status} />
              </td>
              <td>
                <span className="small">{r.clause}</span>
                <ExplainLines lines={r.explain} what={r.title} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function StepsTable({ card }: { card: Scorecard }) {
  return (
    <section aria-labelledby="scorecard-steps-title">
      <h3 id="scorecard-steps-title">
        Incidents created in {monthLabel(card.month)}: {card.incidents.total}
      </h3>
      {card.incidents.total === 0 ? (
        <p className="empty-inline">No incident was recorded this month.</p>
      ) : (
        <table className="data-table compact">
          <caption className="visually-hidden">The notification schedule step by step</caption>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col" className="col-num">Met</th>
              <th scope="col" className="col-num">Missed</th>
              <th scope="col" className="col-num">Pending</th>
              <th scope="col" className="col-num">Not applicable</th>
            </tr>
          </thead>
          <tbody>
            {card.steps.map((st) => (
              <tr key={st.sla}>
                <th scope="row">{st.title}</th>
                <td className="col-num">{st.met}</td>
                <td className="col-num">{st.missed}</td>
                <td className="col-num">{st.pending}</td>
                <td className="col-num">{st.notApplicable}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function MissedIncidents({ card, zone }: { card: Scorecard; zone: string }) {
  return (
    <section aria-labelledby="scorecard-missed-title">
      <h3 id="scorecard-missed-title">Incidents with a missed notification step</h3>
      {card.incidents.missed.length === 0 ? (
        <p className="empty-inline">Every incident of the month met its schedule so far.</p>
      ) : (
        <ul className="missed-incidents">
          {card.incidents.missed.map((inc) => (
            <li key={inc.ticketId} className="missed-incident" aria-labelledby={`missed-${inc.ticketId}`}>
              <h4 id={`missed-${inc.ticketId}`}>
                <a href={hrefForTicket(inc.ticketId)}>
                  {inc.kindTitle} incident {inc.reference || inc.ticketId}
                </a>{' '}
                <span className="muted small">
                  on {inc.circuitId}, created {formatWhen(inc.createdAt, zone)}
                </span>
              </h4>
              <ul className="missed-steps">
                {inc.results
                  .filter((r) => r.status === 'missed')
                  .map((r) => (
                    <li key={r.key}>
                      <strong>{r.title}</strong> missed <span className="small muted">({r.clause})</span>
                      <ExplainLines lines={r.explain} what={`${r.title}, incident ${inc.reference || inc.ticketId}`} />
                    </li>
                  ))}
              </ul>
              <ol className="incident-timeline" aria-label={`Timeline of incident ${inc.reference || inc.ticketId}`}>
                {inc.timeline.map((e, i) => (
                  <li key={i} className={`timeline-${e.kind}${e.status ? ` due-${e.status}` : ''}`}>
                    <time dateTime={e.at}>{formatWhen(e.at, zone)}</time> <span>{e.what}</span>
                    {e.status ? (
                      <>
                        : <span className="due-status">{STATUS_WORD[e.status]}</span>
                      </>
                    ) : null}
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
