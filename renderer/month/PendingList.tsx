// The month's results still pending (a ticket of the month not yet restored, an order not yet
// due), listed apart from the verdicts with what each waits for: when one resolves and misses,
// its credit still belongs to this month (a supplementary claim), so nothing owed is forgotten.
import { useMemo, useState } from 'react';
import type { SlaResultRow } from '../../shared/ipc/sla';
import { SlaStatusPill } from '../ui/SlaBits';
import { measureText } from '../ui/slaText';
import { sortPending, subjectOf } from './model';

/** A long list is drawn a page at a time (an agency-year month can hold hundreds). */
const PAGE = 100;

export function PendingList({ pending }: { pending: readonly SlaResultRow[] }) {
  const rows = useMemo(() => sortPending(pending), [pending]);
  const [limit, setLimit] = useState(PAGE);
  return (
    <section className="panel pending-panel" aria-labelledby="pending-title">
      <div className="panel-head">
        <h2 id="pending-title">Still open — nothing owed is forgotten</h2>
        <span className="badge">{rows.length.toLocaleString('en-US')}</span>
      </div>
      <p className="panel-intro small">
        These results have no verdict yet. When one is decided and missed, its credit still belongs to this month and goes on a
        supplementary claim.
      </p>
      {rows.length === 0 ? (
        <p className="empty-inline">Nothing pending: every result of this month has its verdict.</p>
      ) : (
        <ul className="pending-list" aria-label="Pending results">
          {rows.slice(0, limit).map((r) => {
            const s = subjectOf(r);
            const m = measureText(r);
            return (
              <li key={r.key} className="pending-item">
                <div className="pending-what">
                  <span className="pending-sla">
                    {r.title} <span className="sla-clause">{r.clause}</span>
                  </span>
                  <span className="pending-subject">
                    {s.href ? <a href={s.href}>{s.label}</a> : s.label}
                    {s.circuit ? <span className="mono subject-circuit">{s.circuit}</span> : null}
                  </span>
                </div>
                <p className="pending-awaiting">
                  {r.awaiting ? (
                    <>
                      <span className="sla-awaiting-label">Waiting for</span> {r.awaiting}
                    </>
                  ) : (
                    'Waiting for its verdict'
                  )}
                  {m.measure ? <span className="pending-measure"> · so far {m.measure}{m.objective ? ` (objective ${m.objective})` : ''}</span> : null}
                </p>
                <SlaStatusPill status="pending" />
              </li>
            );
          })}
        </ul>
      )}
      {rows.length > limit ? (
        <button type="button" className="button small" onClick={() => setLimit((l) => l + PAGE * 5)}>
          Show {Math.min(PAGE * 5, rows.length - limit).toLocaleString('en-US')} more of {(rows.length - limit).toLocaleString('en-US')}
        </button>
      ) : null}
    </section>
  );
}
