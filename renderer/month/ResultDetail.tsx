// The selected result opened: its verdict, credit and the engine's explain lines (sla:result;
// a month report carries none, so they are asked for the one result the ATR reads).
import type { SlaResultRow } from '../../shared/ipc/sla';
import { useApiQuery } from '../api/useApiQuery';
import { CreditCell, SlaStatusPill } from '../ui/SlaBits';
import { measureText, stepText } from '../ui/slaText';
import { MONTH_TABLES, subjectOf } from './model';
import { useMonthUi } from './store';

export function ResultDetail({ month, rows }: { month: string; rows: readonly SlaResultRow[] }) {
  const selectedKey = useMonthUi((s) => s.selectedKey);
  const selected = selectedKey === null ? undefined : rows.find((r) => r.key === selectedKey);
  if (!selected) {
    return <p className="table-note">Select a result to see how it was worked out, line by line, with the clause it rests on.</p>;
  }
  return <OpenResult key={selected.key} month={month} row={selected} />;
}

function OpenResult({ month, row }: { month: string; row: SlaResultRow }) {
  const q = useApiQuery('sla:result', { month, key: row.key }, MONTH_TABLES);
  // The row from the list until the full result arrives: the verdict never blinks.
  const r = q.data ?? row;
  const s = subjectOf(r);
  const m = measureText(r);
  const step = stepText(r.consecutiveMisses);
  return (
    <section className="panel result-detail" aria-labelledby="result-detail-title" data-loaded={q.data && !q.loading ? 'true' : 'false'}>
      <div className="result-detail-head">
        <div>
          <h2 id="result-detail-title">
            {r.title} <span className="sla-clause">{r.clause}</span>
          </h2>
          <p className="result-detail-sub">
            {s.href ? <a href={s.href}>{s.label}</a> : s.label}
            {s.circuit ? <span className="mono"> {s.circuit}</span> : null}
            {r.site && s.kind !== 'site' ? <span> · site {r.site}</span> : null}
            <span> · {r.month}</span>
          </p>
        </div>
        <div className="result-detail-verdict">
          <SlaStatusPill status={r.status} />
          <CreditCell result={r} />
        </div>
      </div>
      <dl className="result-facts">
        <div>
          <dt>Measure</dt>
          <dd>{m.measure ?? '—'}</dd>
        </div>
        <div>
          <dt>Objective</dt>
          <dd>{m.objective ?? 'N/A'}</dd>
        </div>
        {m.detail ? (
          <div>
            <dt>Also</dt>
            <dd>{m.detail}</dd>
          </div>
        ) : null}
        {step ? (
          <div>
            <dt>Consecutive misses</dt>
            <dd>{step}</dd>
          </div>
        ) : null}
      </dl>
      {q.error ? (
        <p className="form-error" role="alert">
          The explanation could not be loaded: {q.error.message}{' '}
          <button type="button" className="link-button" onClick={q.reload}>
            Try again
          </button>
        </p>
      ) : q.data ? (
        <ol className="explain-lines" aria-label={`How ${r.title} was worked out`}>
          {q.data.explain.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ol>
      ) : (
        <p className="muted">Loading the explanation…</p>
      )}
    </section>
  );
}
