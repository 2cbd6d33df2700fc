// The month's claim, from the Month screen: "Make a claim" for the chosen contractor and month
// when it has results with money; once made, a link to it, and the results not yet on it (pending
// then, missed now) offered as a supplementary claim. Claims are per contractor.
import { useMemo, useState } from 'react';
import { api } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { ClaimStatusBadge } from '../claims/ClaimBits';
import { CLAIM_TABLES, monthClaimState, resultsText, unclaimedText } from '../claims/model';
import { hrefForClaim } from '../claims/route';
import { notify } from '../shell/notices';
import { goTo } from '../shell/route';
import { formatAmount } from '../ui/slaText';
import { monthLabel } from './model';
import '../claims/claims.css';

export function MonthClaim({ month, contractorId, owed }: { month: string; contractorId: number | null; owed: number }) {
  if (contractorId === null) {
    return owed > 0 ? (
      <p className="panel month-claim muted" data-testid="month-claim">
        Choose a contractor to make a claim: a claim asks one contractor for one month’s credits.
      </p>
    ) : null;
  }
  return <ContractorClaim month={month} contractorId={contractorId} />;
}

function ContractorClaim({ month, contractorId }: { month: string; contractorId: number }) {
  const offers = useApiQuery('claims:offers', { contractorId, month }, CLAIM_TABLES);
  const list = useApiQuery('claims:list', { contractorId }, CLAIM_TABLES);
  const state = useMemo(() => (offers.data && list.data ? monthClaimState(offers.data, list.data.claims) : null), [offers.data, list.data]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!state) return offers.error ? <p className="form-error">The month’s claim could not be read: {offers.error.message}</p> : null;
  if (state.claims.length === 0 && state.offer === null) return null;

  const make = async () => {
    setBusy(true);
    setError(null);
    const r = await api.invoke('claims:create', { contractorId, month });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    notify(`Claim ${r.value.claim.id} drafted`, `${r.value.lines.length} lines, ${formatAmount(r.value.claim.claimed)}.`);
    goTo(hrefForClaim(r.value.claim.id));
  };

  return (
    <section className="panel month-claim" aria-label="Claim for this month" data-testid="month-claim">
      <div>
        {state.claims.length > 0 ? (
          <p>
            {monthLabel(month)} has{' '}
            {state.claims.map((c, i) => (
              <span key={c.id}>
                {i > 0 ? ', ' : ''}
                <a href={hrefForClaim(c.id)}>claim {c.id}</a> <ClaimStatusBadge claim={c} />
              </span>
            ))}
            .
          </p>
        ) : (
          <p>
            No claim for {monthLabel(month)} yet: {resultsText(state.unclaimed)} with a credit to claim.
          </p>
        )}
        {state.offer === 'supplementary' ? <p className="strong">{unclaimedText(state.unclaimed)} — make a supplementary claim.</p> : null}
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      {state.offer ? (
        <button type="button" className="button primary" onClick={() => void make()} disabled={busy}>
          {busy ? 'Making the claim…' : state.offer === 'claim' ? 'Make a claim' : 'Make a supplementary claim'}
        </button>
      ) : null}
    </section>
  );
}
