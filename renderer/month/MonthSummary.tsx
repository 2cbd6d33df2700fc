// The month at a glance: the total owed, how many results met, missed or are still open, the
// notification flags, and one line per SLA (a click filters the results to it).
import { useMemo } from 'react';
import type { MonthReport } from '../../shared/ipc/sla';
import { formatAmount } from '../ui/slaText';
import { countsOf, summaryBySla } from './model';
import { useMonthUi } from './store';

export function MonthSummary({ report, asOf }: { report: MonthReport; asOf: string }) {
  const counts = useMemo(() => countsOf(report.results, report.pending), [report]);
  const bySla = useMemo(() => summaryBySla(report.results, report.pending), [report]);
  const setSla = useMonthUi((s) => s.setSla);
  const activeSla = useMonthUi((s) => s.filters.sla);

  return (
    <section className="month-summary" aria-label="Month summary">
      <div className="month-total panel">
        <span className="month-total-label">Total owed</span>
        <span className="month-total-amount money" data-testid="month-total">
          {formatAmount(report.totalCredit)}
        </span>
        <span className="month-total-note">
          {counts.missed === 0 ? 'No SLA missed' : `${counts.missed.toLocaleString('en-US')} missed result${counts.missed === 1 ? '' : 's'}`} · as of {asOf}
        </span>
      </div>
      <dl className="month-counts">
        <div className="month-count is-missed">
          <dt>Missed</dt>
          <dd>{counts.missed.toLocaleString('en-US')}</dd>
        </div>
        <div className="month-count is-met">
          <dt>Met</dt>
          <dd>{counts.met.toLocaleString('en-US')}</dd>
        </div>
        <div className="month-count is-pending">
          <dt>Still open</dt>
          <dd>{counts.pending.toLocaleString('en-US')}</dd>
        </div>
        <div className={`month-count${counts.escalations > 0 ? ' is-flag' : ''}`}>
          <dt title="Missed notifications (29.4.8.9): senior management escalation, no money">Escalations</dt>
          <dd>{counts.escalations.toLocaleString('en-US')}</dd>
        </div>
      </dl>
      <div className="month-by-sla panel">
        <table className="data-table compact by-sla-table" aria-label="Results per SLA">
          <colgroup>
            <col />
            <col className="w-count" />
            <col className="w-count" />
            <col className="w-count" />
            <col className="w-count" />
            <col className="w-owed" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">SLA</th>
              <th scope="col" className="col-num">Met</th>
              <th scope="col" className="col-num">Missed</th>
              <th scope="col" className="col-num">Open</th>
              <th scope="col" className="col-num">N/A</th>
              <th scope="col" className="col-money">Owed</th>
            </tr>
          </thead>
          <tbody>
            {bySla.map((row) => (
              <tr key={row.sla} className={activeSla === row.sla ? 'selected' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button sla-filter-link"
                    aria-pressed={activeSla === row.sla}
                    onClick={() => setSla(activeSla === row.sla ? null : row.sla)}
                    title={activeSla === row.sla ? 'Show every SLA' : `Show only ${row.title}`}
                  >
                    {row.title}
                  </button>{' '}
                  <span className="sla-clause">{row.clause}</span>
                </th>
                <td className="col-num">{row.met || <span className="muted">0</span>}</td>
                <td className={`col-num${row.missed > 0 ? ' is-missed' : ''}`}>{row.missed || <span className="muted">0</span>}</td>
                <td className="col-num">{row.pending || <span className="muted">0</span>}</td>
                <td className="col-num">{row.notApplicable || <span className="muted">0</span>}</td>
                <td className="col-money">
                  {row.owed > 0 ? (
                    <span className="money owed">{formatAmount(row.owed)}</span>
                  ) : row.escalations > 0 ? (
                    <span className="flag-text">
                      {row.escalations} escalation{row.escalations === 1 ? '' : 's'}
                    </span>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
