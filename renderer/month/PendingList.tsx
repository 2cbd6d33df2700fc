// The month's results still pending (a ticket of the month not yet restored, an order not yet
// due, a monthly SLA before the month is over), listed apart from the verdicts with what each
// waits for: when one resolves and misses, its credit still belongs to this month (a
// supplementary claim), so nothing owed is forgotten. Grouped by SLA; a long group opens on
// demand and draws its items a page at a time (a current month holds every service's
// availability).
import { useMemo, useState } from 'react';
import type { SlaResultRow } from '../../shared/ipc/sla';
import { measureText } from '../ui/slaText';
import { pendingGroups, subjectOf, type PendingGroup } from './model';

/** Groups this small start open. */
const OPEN_UP_TO = 5;
const PAGE = 100;

export function PendingList({ pending }: { pending: readonly SlaResultRow[] }) {
  const groups = useMemo(() => pendingGroups(pending), [pending]);
  return (
    <section className="panel pending-panel" aria-labelledby="pending-title">
      <div className="panel-head">
        <h2 id="pending-title">Still open — nothing owed is forgotten</h2>
        <span className="badge">{pending.length.toLocaleString('en-US')}</span>
      </div>
      <p className="panel-intro small">
        These results have no verdict yet. When one is decided and missed, its credit still belongs to this month and goes on a
        supplementary claim.
      </p>
      {groups.length === 0 ? (
        <p className="empty-inline">Nothing pending: every result of this month has its verdict.</p>
      ) : (
        <div className="pending-groups">
          {groups.map((g) => (
            <PendingGroupView key={g.sla} group={g} />
          ))}
        </div>
      )}
    </section>
  );
}

function PendingGroupView({ group: g }: { group: PendingGroup }) {
  const [open, setOpen] = useState(g.results.length <= OPEN_UP_TO);
  const [limit, setLimit] = useState(PAGE);
  return (
    <details className="pending-group" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <span className="pending-sla">
          {g.title} <span className="sla-clause">{g.clause}</span>
        </span>
        <span className="pending-count">{g.results.length.toLocaleString('en-US')} pending</span>
      </summary>
      {open ? (
        <>
          <ul className="pending-list" aria-label={`Pending: ${g.title}`}>
            {g.results.slice(0, limit).map((r) => (
              <PendingItem key={r.key} result={r} />
            ))}
          </ul>
          {g.results.length > limit ? (
            <button type="button" className="button small" onClick={() => setLimit((l) => l + PAGE * 5)}>
              Show {Math.min(PAGE * 5, g.results.length - limit).toLocaleString('en-US')} more of {(g.results.length - limit).toLocaleString('en-US')}
            </button>
          ) : null}
        </>
      ) : null}
    </details>
  );
}

function PendingItem({ result: r }: { result: SlaResultRow }) {
  const s = subjectOf(r);
  const m = measureText(r);
  return (
    <li className="pending-item">
      <span className="pending-subject">
        {s.href ? <a href={s.href}>{s.label}</a> : s.label}
        {s.circuit ? <span className="mono subject-circuit">{s.circuit}</span> : null}
      </span>
      <p className="pending-awaiting">
        {r.awaiting ? (
          <>
            <span className="sla-awaiting-label">Waiting for</span> {r.awaiting}
          </>
        ) : (
          'Waiting for its verdict'
        )}
        {m.measure ? (
          <span className="pending-measure">
            {' '}
            · so far {m.measure}
            {m.objective ? ` (objective ${m.objective})` : ''}
          </span>
        ) : null}
      </p>
    </li>
  );
}
