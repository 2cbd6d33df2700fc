// An item's flags, each a word with its reason in a tooltip and for screen readers: at risk, and
// parallel billing (the old service billed after its replacement was accepted).
import type { ConversionItem } from '../../../shared/ipc/conversion';
import { formatDollars } from '../../../shared/money';

export function ItemFlags({ item: i }: { item: ConversionItem }) {
  if (!i.atRisk && !i.parallelBilling) return <span className="muted">—</span>;
  return (
    <span className="flags">
      {i.atRisk ? (
        <span className="flag flag-risk" title={i.atRisk.reason}>
          At risk<span className="visually-hidden">: {i.atRisk.reason}</span>
        </span>
      ) : null}
      {i.parallelBilling ? (
        <span className="flag flag-parallel" title={i.parallelBilling.message}>
          Parallel billing: {i.parallelBilling.overlapDays} d, {formatDollars(i.parallelBilling.doubleTmrcCents)}
          <span className="visually-hidden">. {i.parallelBilling.message}</span>
        </span>
      ) : null}
    </span>
  );
}
