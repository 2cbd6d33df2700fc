// What can be done with the claim now: the steps the channel offers (detail.nextSteps), taking
// a draft's figures again or deleting it, the lines as CSV, the frozen case file and the packet.
import { useState } from 'react';
import type { ClaimDetail } from '../../../shared/ipc/claims';
import { api } from '../../api/client';
import { notify } from '../../shell/notices';
import { isDraft, STEP_ACTIONS } from '../model';
import { hrefForReconcile } from '../../reconcile/route';
import { hrefForPacket } from '../route';
import { useClaimsUi } from '../store';
import { CaseFileButton, CsvButton } from './Downloads';

export function ClaimActions({ detail }: { detail: ClaimDetail }) {
  const open = useClaimsUi((s) => s.open);
  const { claim } = detail;
  const [refreshing, setRefreshing] = useState(false);

  const refresh = async () => {
    setRefreshing(true);
    const r = await api.invoke('claims:refresh', { id: claim.id });
    setRefreshing(false);
    if (r.ok) notify('Figures taken again', `${r.value.lines.length} lines; exclusions and notes kept.`);
    else notify('The figures could not be taken again', r.error.message, 'error');
  };

  return (
    <section className="claim-actions" aria-label="Claim actions">
      <div className="button-row">
        {detail.nextSteps.map((step) => (
          <button key={step} type="button" className={step === 'submitted' ? 'button primary' : 'button'} onClick={() => open({ kind: 'step', step })}>
            {STEP_ACTIONS[step].button}
          </button>
        ))}
        {isDraft(claim.status) ? (
          <>
            <button type="button" className="button" onClick={() => void refresh()} disabled={refreshing}>
              {refreshing ? 'Taking figures…' : 'Refresh figures'}
            </button>
            <button type="button" className="button danger-outline" onClick={() => open({ kind: 'delete' })}>
              Delete draft…
            </button>
          </>
        ) : null}
      </div>
      <div className="button-row">
        <CsvButton claim={claim} lines={detail.lines} />
        {claim.caseSha256 ? <CaseFileButton claimId={claim.id} /> : null}
        <a className="button" href={hrefForPacket(claim.id)}>
          Print claim packet
        </a>
        <a className="button" href={hrefForReconcile({ contractorId: claim.contractorId, month: claim.month, claimId: claim.id })}>
          Reconcile with {claim.contractorName}’s record
        </a>
      </div>
    </section>
  );
}
