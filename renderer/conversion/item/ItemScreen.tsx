// One item (#/conversions/3/items/17): what it is and where it goes, the decision and why, each step
// (done, allowed, or blocked with the rule that blocks it), the Form 20 and ATO, the parallel-billing
// flag, the old and new services, and its history. The item comes from conversion:project (with the
// roles and ATOs its steps need), its history from conversion:item.
import type { ConversionItem, ProjectDetail } from '../../../shared/ipc/conversion';
import { useApiQuery } from '../../api/useApiQuery';
import { CONVERSION_TABLES } from '../model';
import { Breadcrumb } from '../project/ProjectScreen';
import { ProjectDialogs } from '../project/ProjectDialogs';
import { hrefForProject } from '../route';
import { ItemFacts } from './ItemFacts';
import { ItemHeader } from './ItemHeader';
import { ItemHistory } from './ItemHistory';
import { ParallelBillingBanner } from './ParallelBillingBanner';
import { PaperworkPanel } from './PaperworkPanel';
import { StepsPanel } from './StepsPanel';

export function ItemScreen({ projectId, itemId }: { projectId: number; itemId: number }) {
  const q = useApiQuery('conversion:project', { projectId }, CONVERSION_TABLES);
  const item = q.data?.items.find((i) => i.id === itemId);
  if (q.data === undefined || item === undefined) {
    const missing = q.data !== undefined;
    return (
      <div className="screen conversion-item" data-loaded="false">
        <Breadcrumb label={`Item ${itemId}`} />
        {q.error || missing ? (
          <div className="panel error-panel" role="alert">
            <p>{missing ? `Item ${itemId} is not in this project.` : `This item could not be loaded: ${q.error?.message ?? ''}`}</p>
            <a className="button" href={hrefForProject(projectId, 'items')}>
              Back to the items
            </a>
          </div>
        ) : (
          <p className="muted">Loading…</p>
        )}
      </div>
    );
  }
  return <ItemBody d={q.data} item={item} loading={q.loading} />;
}

function ItemBody({ d, item, loading }: { d: ProjectDetail; item: ConversionItem; loading: boolean }) {
  const detail = useApiQuery('conversion:item', { id: item.id }, ['conversion_items', 'conversion_item_events']);
  return (
    <div className="screen conversion-item" data-loaded={loading ? 'false' : 'true'}>
      <Breadcrumb label={item.oldCircuitId} project={{ id: d.project.id, name: d.project.name }} />
      <ItemHeader item={item} />
      {item.parallelBilling ? <ParallelBillingBanner item={item} /> : null}
      <div className="item-grid">
        <div className="item-main">
          <StepsPanel d={d} item={item} />
          <PaperworkPanel d={d} item={item} />
          <ItemFacts d={d} item={item} />
        </div>
        <div className="item-side">
          <ItemHistory events={detail.data?.events ?? null} error={detail.error?.message ?? null} />
        </div>
      </div>
      <ProjectDialogs d={d} />
    </div>
  );
}
