// The board: counts by decision and status (each opens the items so filtered), progress against
// each milestone, the items at risk with the reason, the parallel billing to stop, and the
// timeline. Every figure is the board module's (shared/conversion/board.ts), as conversion:project answers it.
import type { ProjectDetail } from '../../../shared/ipc/conversion';
import { formatDollars } from '../../../shared/money';
import { goTo } from '../../shell/route';
import { EmptyState } from '../../ui/ScreenStates';
import { Icon } from '../../ui/Icon';
import { DECISION_CHOICES, STATUS_LABELS, type ItemFilters } from '../model';
import { hrefForItem, hrefForProject } from '../route';
import { useConversionUi } from '../store';
import { MilestonesProgress } from './MilestonesProgress';
import { TimelineChart } from './TimelineChart';
import { CONVERSION_STATUSES } from '../../../shared/conversion/types';

export function BoardView({ d }: { d: ProjectDetail }) {
  const b = d.board;
  const open = useConversionUi((s) => s.open);
  const showOnly = useConversionUi((s) => s.showOnly);
  const show = (filters: Partial<ItemFilters>) => {
    showOnly(filters);
    goTo(hrefForProject(d.project.id, 'items'));
  };

  if (d.items.length === 0) {
    return (
      <EmptyState titleId="board-empty-title" icon="convert" title="No item yet">
        <p>
          An item is one existing service to convert, keyed by its old Circuit ID or Service ID. Import the old inventory from a CSV (one row a
          service), or add items one by one on the Items view.
        </p>
        <div className="button-row center">
          <button type="button" className="button primary" onClick={() => open({ kind: 'import' })}>
            <Icon name="upload" /> Import the old inventory
          </button>
          <a className="button" href={hrefForProject(d.project.id, 'items')}>
            Go to the items
          </a>
        </div>
      </EmptyState>
    );
  }

  return (
    <div className="board">
      <section className="panel" aria-labelledby="counts-title">
        <h2 id="counts-title">
          {b.counts.done} of {b.counts.total} items done
        </h2>
        <div className="count-groups">
          <CountGroup
            label="By status"
            items={CONVERSION_STATUSES.map((s) => ({ key: s, label: STATUS_LABELS[s], n: b.counts.byStatus[s], onClick: () => show({ status: s }) }))}
          />
          <CountGroup
            label="By decision"
            items={DECISION_CHOICES.map((c) => ({ key: c.value, label: c.label, n: b.counts.byDecision[c.value], onClick: () => show({ decision: c.value }) }))}
          />
        </div>
      </section>

      <MilestonesProgress d={d} />

      <div className="board-pair">
        <section className="panel" aria-labelledby="risk-title">
          <h2 id="risk-title">
            At risk <span className="count-pill">{b.atRisk.length}</span>
          </h2>
          <p className="panel-intro small">Undecided or not ordered within 30 days of the old contract&rsquo;s end or of a milestone not yet met.</p>
          {b.atRisk.length === 0 ? (
            <p className="empty-inline">No item is at risk.</p>
          ) : (
            <ul className="risk-list">
              {b.atRisk.map((r) => (
                <li key={r.itemId}>
                  <a href={hrefForItem(d.project.id, r.itemId)} className="mono">
                    {r.oldCircuitId}
                  </a>
                  <span>
                    <span className="flag flag-risk">{r.risk.what}</span> <span className="risk-reason">{r.risk.reason}</span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="panel" aria-labelledby="parallel-title">
          <h2 id="parallel-title">
            Parallel billing <span className="count-pill">{b.parallelBilling.count}</span>
          </h2>
          {b.parallelBilling.count === 0 ? (
            <p className="empty-inline">No old service was billed after its replacement was accepted.</p>
          ) : (
            <>
              <p className="parallel-total">
                <strong>{formatDollars(b.parallelBilling.doubleTmrcCents)}</strong> of TMRC paid twice; {b.parallelBilling.active} old service
                {b.parallelBilling.active === 1 ? ' is' : 's are'} still active.
              </p>
              <ul className="risk-list">
                {d.items
                  .filter((i) => i.parallelBilling !== null)
                  .map((i) => (
                    <li key={i.id}>
                      <a href={hrefForItem(d.project.id, i.id)} className="mono">
                        {i.oldCircuitId}
                      </a>
                      <span>
                        <span className="flag flag-parallel">{i.parallelBilling!.active ? 'Ask for the disconnect' : 'Ask for a credit'}</span>{' '}
                        <span className="risk-reason">{i.parallelBilling!.message}</span>
                      </span>
                    </li>
                  ))}
              </ul>
            </>
          )}
        </section>
      </div>

      <section className="panel" aria-labelledby="timeline-title">
        <h2 id="timeline-title">Timeline</h2>
        <TimelineChart timeline={b.timeline} total={b.counts.total} today={b.today} />
      </section>
    </div>
  );
}

interface Count {
  key: string;
  label: string;
  n: number;
  onClick: () => void;
}

function CountGroup({ label, items }: { label: string; items: Count[] }) {
  return (
    <div className="count-group" role="group" aria-label={label}>
      <h3 className="sub-title">{label}</h3>
      <div className="count-tiles">
        {items.map((c) => (
          <button key={c.key} type="button" className="count-tile" onClick={c.onClick}>
            <span className="stat-value">{c.n}</span> <span className="count-label">{c.label}</span>
            <span className="visually-hidden">: show {c.n === 1 ? 'it' : 'them'}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
