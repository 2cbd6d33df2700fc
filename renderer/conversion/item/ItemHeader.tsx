// The item's header: its old circuit, status and decision, and why that decision (the rules' reason).
import type { ConversionItem } from '../../../shared/ipc/conversion';
import { Icon } from '../../ui/Icon';
import { decisionText, targetText } from '../model';
import { useConversionUi } from '../store';

export function ItemHeader({ item: i }: { item: ConversionItem }) {
  const open = useConversionUi((s) => s.open);
  return (
    <section className="panel item-header" aria-labelledby="item-title">
      <div className="project-title-row">
        <div>
          <h1 id="item-title">
            <span className="mono">{i.oldCircuitId}</span>
            <span className={`conv-status conv-status-${i.status}`}>{i.statusLabel}</span>
            <span className={`decision decision-${i.decision ?? 'undecided'}`}>{decisionText(i)}</span>
          </h1>
          <p className="screen-sub">
            {i.incumbentContractorName}: {i.incumbentService}
            {i.site ? ` · ${i.site}` : ''} → {targetText(i) || 'target not chosen'}
          </p>
        </div>
        <button type="button" className="button" onClick={() => open({ kind: 'item', itemId: i.id })}>
          <Icon name="edit" /> Edit…
        </button>
      </div>
      <p className="decision-reason" data-testid="decision-reason">
        {i.decisionReason}
      </p>
      {i.atRisk ? (
        <p className="refusal at-risk-note">
          <Icon name="warning" size={16} /> <span>At risk: {i.atRisk.reason}</span>
        </p>
      ) : null}
    </section>
  );
}
