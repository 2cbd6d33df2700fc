// The last bulk action's answer, item by item: what was done, or the rule that blocked it (in the
// rules' own words). Stays until dismissed or the next bulk action.
import { Icon } from '../../ui/Icon';
import { outcomeSummary } from '../model';
import { hrefForItem } from '../route';
import { useConversionUi } from '../store';

export function BulkResults({ projectId }: { projectId: number }) {
  const result = useConversionUi((s) => s.bulkResult);
  const setBulkResult = useConversionUi((s) => s.setBulkResult);
  if (!result) return null;
  const { answer } = result;
  return (
    <section className={`panel bulk-results${answer.blockedCount > 0 ? ' has-blocked' : ''}`} aria-labelledby="bulk-results-title">
      <div className="panel-head">
        <h2 id="bulk-results-title">
          {result.title}: {outcomeSummary(answer.doneCount, answer.blockedCount)}
        </h2>
        <button type="button" className="button subtle" onClick={() => setBulkResult(null)}>
          Dismiss
        </button>
      </div>
      <ul className="outcome-list">
        {answer.outcomes.map((o) => (
          <li key={o.itemId} className={o.done ? 'outcome-done' : 'outcome-blocked'}>
            <Icon name={o.done ? 'check' : 'warning'} size={16} />
            <a href={hrefForItem(projectId, o.itemId)} className="mono">
              {o.oldCircuitId}
            </a>
            <span className="outcome-word">{o.done ? 'Done' : 'Blocked'}</span>
            <span>{o.message}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
