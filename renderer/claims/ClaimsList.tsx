// The claims list: per contractor what is still owed by age since submission, then every claim
// (filtered by contractor and status) with its figures and the "needs escalation" mark.
import { useMemo } from 'react';
import { useApiQuery } from '../api/useApiQuery';
import { EmptyState, LoadError } from '../ui/ScreenStates';
import { AgeingTable } from './AgeingTable';
import { ClaimTable } from './ClaimTable';
import { CLAIM_TABLES, filterClaims } from './model';
import { useClaimsUi } from './store';

const ALL = {};

export function ClaimsList() {
  const list = useApiQuery('claims:list', ALL, CLAIM_TABLES);
  const contractorId = useClaimsUi((s) => s.contractorId);
  const status = useClaimsUi((s) => s.status);
  const shown = useMemo(() => (list.data ? filterClaims(list.data.claims, { contractorId, status }) : []), [list.data, contractorId, status]);

  return (
    <div className="screen claims" data-loaded={list.data && !list.loading ? 'true' : 'false'}>
      <div className="screen-head">
        <div>
          <h1>Claims</h1>
          <p className="screen-sub">SLA credits claimed from each contractor, what they credited and what they still owe.</p>
        </div>
      </div>
      {!list.data ? (
        list.error ? (
          <LoadError message={`The claims could not be loaded: ${list.error.message}`} onRetry={list.reload} />
        ) : (
          <p className="muted">Loading…</p>
        )
      ) : list.data.claims.length === 0 ? (
        <NoClaims />
      ) : (
        <>
          <AgeingTable rows={list.data.ageing} today={list.data.today} />
          <ClaimTable all={list.data.claims} shown={shown} />
        </>
      )}
    </div>
  );
}

function NoClaims() {
  return (
    <EmptyState titleId="claims-empty-title" icon="file" title="No claims yet">
      <p>
        A claim asks a contractor for the SLA credits of one billing month. Open the <strong>Month</strong> screen, choose the contractor and
        the month, and press <strong>Make a claim</strong>: every missed SLA with money becomes a line, with its arithmetic. You can leave
        lines out with a reason, then submit the claim and follow it here until the invoice shows the credit.
      </p>
      <div className="button-row center">
        <a className="button primary" href="#/month">
          Go to the Month screen
        </a>
      </div>
    </EmptyState>
  );
}
