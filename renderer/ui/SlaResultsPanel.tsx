// A panel of the engine's results for one ticket or one order: the money owed at the top, one
// item per SLA that applies (its measure against the objective, the verdict, what a pending one
// waits for, the credit, and the explain lines behind a disclosure), then the SLAs that do not
// apply, muted, with the engine's reason.
import type { SlaResultRow } from '../../shared/ipc/sla';
import type { IpcError } from '../../shared/ipc/contract';
import { CreditCell, ExplainLines, SlaStatusPill } from './SlaBits';
import { measureText, owedHeadline, slaPanelRows } from './slaText';

interface Props {
  /** The heading's id; the section is named by it ("SLA and credit"). */
  titleId: string;
  title: string;
  /** h2 on a screen, h3 inside another section. */
  level?: 2 | 3;
  /** "Owed on this ticket". */
  owedLabel: string;
  /** The line under the title (the month, when measured). */
  sub: string | null;
  data: { results: SlaResultRow[]; totalCredit: number } | undefined;
  error: IpcError | null;
  loading: boolean;
  onRetry: () => void;
  /** Said when the engine returns no result at all. */
  emptyText: string;
  className?: string;
  /**
   * False under a catalog that names no remedy (the help desk): no money headline or credit
   * column, since every result there is met or missed and nothing is ever owed.
   */
  money?: boolean;
}

export function SlaResultsPanel({ titleId, title, level = 2, owedLabel, sub, data, error, loading, onRetry, emptyText, className, money = true }: Props) {
  const headline = data && money ? owedHeadline(data.results, data.totalCredit) : null;
  const rows = data ? slaPanelRows(data.results) : null;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={`sla-panel${money ? '' : ' no-money'}${className ? ` ${className}` : ''}`} aria-labelledby={titleId} data-loaded={data && !loading ? 'true' : 'false'}>
      <div className="sla-panel-head">
        <div>
          <Heading id={titleId}>{title}</Heading>
          {sub ? <p className="sla-panel-sub">{sub}</p> : null}
        </div>
        {headline ? (
          <div className="sla-owed" data-testid="sla-owed">
            <span className="sla-owed-label">{owedLabel}</span>
            {headline.amount ? <span className="sla-owed-amount money">{headline.amount}</span> : null}
            <span className="sla-owed-note">{headline.note}</span>
          </div>
        ) : null}
      </div>

      {error && !data ? (
        <div className="sla-error" role="alert">
          <p>The SLA results could not be worked out: {error.message}</p>
          <button type="button" className="button small" onClick={onRetry}>
            Try again
          </button>
        </div>
      ) : !rows ? (
        <p className="muted">Working out the SLAs…</p>
      ) : rows.applicable.length === 0 && rows.notApplicable.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <>
          {rows.applicable.length > 0 ? (
            <ul className="sla-results" aria-label="SLA results">
              <li className="sla-results-head" aria-hidden="true">
                <span>SLA</span>
                <span>Measure</span>
                <span>Verdict</span>
                {money ? <span className="sla-col-money">Credit</span> : null}
              </li>
              {rows.applicable.map((r) => (
                <SlaResultItem key={r.key} result={r} money={money} />
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

function SlaResultItem({ result: r, money }: { result: SlaResultRow; money: boolean }) {
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
        {money ? (
          <div className="sla-col-money">
            <CreditCell result={r} />
          </div>
        ) : null}
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
