// Small pieces the claims screens share: the status badge (the channel's statusLabel) and the
// "needs escalation" mark.
import type { Claim } from '../../shared/ipc/claims';
import { Icon } from '../ui/Icon';

export function ClaimStatusBadge({ claim }: { claim: Pick<Claim, 'status' | 'statusLabel'> }) {
  return (
    <span className={`claim-status claim-${claim.status}`} data-testid="claim-status" data-status={claim.status}>
      {claim.statusLabel}
    </span>
  );
}

export function EscalationMark() {
  return (
    <span className="escalation-mark" title="No answer for the reminder days, or denied or disputed: call up the contractor's bill-or-contract ladder">
      <Icon name="warning" size={14} /> Needs escalation
    </span>
  );
}
