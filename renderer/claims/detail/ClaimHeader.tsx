// The claim at a glance: contractor, month, status, the money (claimed, credited, still owed),
// when and how it was sent, the contractor's reference and the SHA-256 of its case file.
import type { Claim } from '../../../shared/ipc/claims';
import { formatAmount } from '../../ui/slaText';
import { ClaimStatusBadge, EscalationMark } from '../ClaimBits';
import { ageText, dateLabel, monthLabel } from '../model';
import { hrefForClaim } from '../route';

export function ClaimHeader({ claim: c }: { claim: Claim }) {
  return (
    <section className="panel claim-header" aria-labelledby="claim-title">
      <div className="claim-title-row">
        <div>
          <h1 id="claim-title">
            Claim {c.id}: {c.contractorName}, {monthLabel(c.month)} <ClaimStatusBadge claim={c} />
          </h1>
          <p className="claim-sub">
            {c.supplementsId !== null ? (
              <span>
                Supplementary to <a href={hrefForClaim(c.supplementsId)}>claim {c.supplementsId}</a>
              </span>
            ) : null}
            <span>
              {c.lineCount} line{c.lineCount === 1 ? '' : 's'}
            </span>
            <span>{c.status === 'draft' ? 'Draft: figures as of now, taken again when submitted' : c.ageDays === 0 ? 'Sent today' : `Sent ${ageText(c)} ago`}</span>
            {c.needsLadder ? <EscalationMark /> : null}
          </p>
        </div>
      </div>
      <dl className="claim-money" aria-label="Claim totals">
        <div>
          <dt>Claimed</dt>
          <dd className="money" data-testid="claim-claimed">
            {formatAmount(c.claimed)}
          </dd>
        </div>
        <div>
          <dt>Credited</dt>
          <dd className="money" data-testid="claim-credited">
            {formatAmount(c.credited)}
          </dd>
        </div>
        <div className="is-owed">
          <dt>Still owed</dt>
          <dd className="money" data-testid="claim-owed">
            {formatAmount(c.owed)}
          </dd>
        </div>
      </dl>
      <dl className="facts claim-facts">
        <div>
          <dt>Submitted</dt>
          <dd>{c.submittedOn ? dateLabel(c.submittedOn) : 'Not yet'}</dd>
        </div>
        <div>
          <dt>Contractor’s reference</dt>
          <dd>{c.contractorReference || <span className="muted">None yet</span>}</dd>
        </div>
        {c.caseSha256 ? (
          <div className="claim-sha">
            <dt>Case file SHA-256</dt>
            <dd className="mono" data-testid="claim-sha256">
              {c.caseSha256}
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
