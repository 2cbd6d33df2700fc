// The reconciliation of one month of a contractor's report (reconcile:run): the totals at stake,
// each matched ticket whose record differs (ours vs theirs side by side, every difference with its
// effect on the verdicts and credits as the back end words it), their stop clocks the contract
// does not allow, theirs we lack (opened as ours in one click), ours they lack, the tickets that
// agree, and the dispute.
import type { Contractor } from '../../shared/ipc/agency';
import type { Reconciliation as Run, ReportSummary } from '../../shared/ipc/reconcile';
import { useApiQuery } from '../api/useApiQuery';
import { hrefForTicket } from '../shell/route';
import { formatListTime } from '../tickets/dates';
import { LoadError } from '../ui/ScreenStates';
import { formatAmount, monthLabel } from '../ui/slaText';
import { DisputePanel } from './DisputePanel';
import { InvalidStopClocks, OursTheyLack, TheirsWeLack } from './LackLists';
import { count, MATCHED_BY_LABELS, RECONCILE_TABLES } from './model';
import type { ReconcileRoute } from './route';
import { TicketDifferencesCard } from './TicketDifferencesCard';

interface Props {
  report: ReportSummary;
  month: string;
  route: ReconcileRoute;
  zone: string;
  contractor: Contractor;
}

export function Reconciliation({ report, month, route, zone, contractor }: Props) {
  const run = useApiQuery('reconcile:run', { reportId: report.id, month }, RECONCILE_TABLES);
  const r = run.data;
  if (!r) {
    return run.error ? (
      <LoadError message={`The reconciliation could not be worked out: ${run.error.message}`} onRetry={run.reload} />
    ) : (
      <p className="muted" data-loaded="false">
        Lining up {monthLabel(month)}…
      </p>
    );
  }
  const differing = [...r.differences].sort((a, b) => b.atStake - a.atStake || a.theirs.ticketNumber.localeCompare(b.theirs.ticketNumber));
  const agreeing = r.matches.filter((m) => m.differences === 0);
  return (
    <div className="recon-run" data-loaded={run.loading ? 'false' : 'true'} aria-busy={run.loading}>
      {run.error ? (
        <p className="form-error" role="alert">
          The reconciliation could not be refreshed: {run.error.message}{' '}
          <button type="button" className="link-button" onClick={run.reload}>
            Try again
          </button>
        </p>
      ) : null}
      <Totals r={r} month={month} zone={zone} contractor={contractor.name} />

      <section className="recon-section" aria-labelledby="recon-differences">
        <h2 id="recon-differences">Differences that matter ({differing.length})</h2>
        {differing.length === 0 ? (
          <p className="muted">Every ticket both records hold agrees on start, restoration and stop clocks.</p>
        ) : (
          differing.map((d) => <TicketDifferencesCard key={d.theirs.ticketNumber} d={d} zone={zone} contractor={contractor.name} />)
        )}
      </section>

      <InvalidStopClocks rows={r.invalidStopClocks} zone={zone} contractor={contractor.name} />
      <TheirsWeLack rows={r.theirsWeLack} reportId={report.id} zone={zone} contractor={contractor.name} />
      <OursTheyLack rows={r.oursTheyLack} zone={zone} contractor={contractor.name} />

      {agreeing.length > 0 ? (
        <details className="recon-section recon-agreeing">
          <summary>
            <h2>Matched and in agreement ({agreeing.length})</h2>
          </summary>
          <ul className="plain-list recon-agree-list">
            {agreeing.map((m) => (
              <li key={m.theirNumber}>
                <span className="mono">{m.theirNumber}</span> ↔ <a href={hrefForTicket(m.ticketId)}>our ticket {m.ourNumber || `#${m.ticketId}`}</a>{' '}
                <span className="muted">{MATCHED_BY_LABELS[m.by]}</span>
                {m.fromReport ? <span className="badge recon-from-report">from {contractor.name}’s report</span> : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      <DisputePanel report={report} run={r} month={month} preferredClaimId={route.claimId} contractor={contractor} />
    </div>
  );
}

function Totals({ r, month, zone, contractor }: { r: Run; month: string; zone: string; contractor: string }) {
  const t = r.months.find((m) => m.month === month) ?? { ...r.totals, month };
  return (
    <section className="recon-summary" aria-label="At stake this month">
      <div className="month-total panel">
        <span className="month-total-label">At stake in {monthLabel(month)}</span>
        <span className="month-total-amount money" data-testid="recon-at-stake">
          {formatAmount(t.atStake)}
        </span>
        <span className="month-total-note">
          {formatAmount(t.lessInTheirs)} less by {contractor}’s record, {formatAmount(t.moreInTheirs)} more · verdicts as of {formatListTime(r.asOf, zone)}
        </span>
      </div>
      <dl className="month-counts recon-counts">
        <div className="month-count">
          <dt>Their tickets</dt>
          <dd>{t.theirTickets.toLocaleString('en-US')}</dd>
        </div>
        <div className="month-count">
          <dt>Ours</dt>
          <dd>{t.ourTickets.toLocaleString('en-US')}</dd>
        </div>
        <div className="month-count">
          <dt>Matched</dt>
          <dd>{t.matched.toLocaleString('en-US')}</dd>
        </div>
        <div className={`month-count${t.withDifferences > 0 ? ' is-missed' : ''}`}>
          <dt>With differences</dt>
          <dd>{t.withDifferences.toLocaleString('en-US')}</dd>
        </div>
        <div className={`month-count${t.theirsWeLack > 0 ? ' is-flag' : ''}`}>
          <dt>Theirs we lack</dt>
          <dd>{t.theirsWeLack.toLocaleString('en-US')}</dd>
        </div>
        <div className={`month-count${t.oursTheyLack > 0 ? ' is-flag' : ''}`}>
          <dt>Ours they lack</dt>
          <dd>{t.oursTheyLack.toLocaleString('en-US')}</dd>
        </div>
        <div className={`month-count${t.invalidStopClocks > 0 ? ' is-missed' : ''}`}>
          <dt>Invalid stop clocks</dt>
          <dd>{t.invalidStopClocks.toLocaleString('en-US')}</dd>
        </div>
      </dl>
      {r.months.length > 1 ? (
        <p className="muted">
          Across the report: {count(r.totals.withDifferences, 'ticket')} with differences, {formatAmount(r.totals.atStake)} at stake.
        </p>
      ) : null}
    </section>
  );
}
