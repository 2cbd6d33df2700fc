// One claim (#/claims/12): its header and totals, the actions that apply now, the lines with
// their arithmetic (and what changed since submission), the timeline of its steps, the
// bill-or-contract ladder when it needs escalating, and the claim's note.
import { useApiQuery } from '../../api/useApiQuery';
import { CLAIM_TABLES } from '../model';
import { hrefForClaims } from '../route';
import { ChangedBanner } from './ChangedBanner';
import { ClaimActions } from './ClaimActions';
import { ClaimDialogs } from './ClaimDialogs';
import { ClaimFollowUp } from './ClaimFollowUp';
import { ClaimHeader } from './ClaimHeader';
import { ClaimLines } from './ClaimLines';
import { ClaimNote } from './ClaimNote';
import { ClaimTimeline } from './ClaimTimeline';

export function ClaimDetailScreen({ id }: { id: number }) {
  const q = useApiQuery('claims:get', { id }, CLAIM_TABLES);
  if (q.data === undefined) {
    return (
      <div className="screen claim-detail" data-loaded="false">
        <Breadcrumb label={`Claim ${id}`} />
        {q.error ? (
          <div className="panel error-panel" role="alert">
            <p>This claim could not be loaded: {q.error.message}</p>
            <a className="button" href={hrefForClaims()}>
              Back to claims
            </a>
          </div>
        ) : (
          <p className="muted">Loading…</p>
        )}
      </div>
    );
  }
  const d = q.data;
  return (
    <div className="screen claim-detail" data-loaded={q.loading ? 'false' : 'true'}>
      <Breadcrumb label={`Claim ${d.claim.id}`} />
      <ClaimHeader claim={d.claim} />
      <ChangedBanner count={d.claim.changedCount ?? 0} />
      <ClaimActions detail={d} />
      <div className="claim-side">
        {d.nextContact ? <ClaimFollowUp claimId={d.claim.id} contact={d.nextContact} countdown={d.ladderCountdown} /> : null}
        <ClaimTimeline events={d.events} />
        <ClaimNote key={d.claim.updatedAt} claim={d.claim} />
      </div>
      <ClaimLines claim={d.claim} lines={d.lines} />
      <ClaimDialogs detail={d} />
    </div>
  );
}

function Breadcrumb({ label }: { label: string }) {
  return (
    <nav className="breadcrumb" aria-label="Breadcrumb">
      <a href={hrefForClaims()}>Claims</a>
      <span aria-hidden="true">/</span>
      <span aria-current="page">{label}</span>
    </nav>
  );
}
