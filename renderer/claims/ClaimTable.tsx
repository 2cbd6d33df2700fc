// Every claim: its contractor, month, status, age and money, and a mark when it needs escalating
// (no answer for the reminder days, or denied / disputed) under its status. Filtered by contractor and status.
import { useMemo } from 'react';
import type { Claim } from '../../shared/ipc/claims';
import { FilterBar, FilterSelect } from '../ui/FilterBar';
import { NoMatchRow } from '../ui/NoMatchRow';
import { formatAmount } from '../ui/slaText';
import { ageText, dateLabel, monthLabel, STATUS_CHOICES } from './model';
import { hrefForClaim } from './route';
import { useClaimsUi } from './store';
import { ClaimStatusBadge, EscalationMark } from './ClaimBits';

export function ClaimTable({ all, shown }: { all: readonly Claim[]; shown: readonly Claim[] }) {
  const { contractorId, status, setContractor, setStatus, clearFilters } = useClaimsUi();
  const contractors = useMemo(() => {
    const byId = new Map(all.map((c) => [c.contractorId, c.contractorName]));
    return [...byId].sort((a, b) => a[1].localeCompare(b[1])).map(([id, name]) => ({ value: String(id), label: name }));
  }, [all]);
  const active = contractorId !== null || status !== null;

  return (
    <section className="panel claims-list" aria-labelledby="claims-list-title">
      <div className="panel-head">
        <h2 id="claims-list-title">Claims</h2>
        <p className="muted small" aria-live="polite">
          {active ? `${shown.length} of ${all.length}` : `${all.length} claim${all.length === 1 ? '' : 's'}`}
        </p>
      </div>
      <FilterBar label="Filter claims" active={active} onClear={clearFilters}>
        <FilterSelect label="Contractor" value={contractorId === null ? null : String(contractorId)} options={contractors} allLabel="Every contractor" onChange={(v) => setContractor(v === null ? null : Number(v))} />
        <FilterSelect label="Status" value={status} options={STATUS_CHOICES} allLabel="Every status" onChange={setStatus} />
      </FilterBar>
      <div className="claims-table-wrap">
        <table className="data-table claims-table" aria-label="Every claim">
          <thead>
            <tr>
              <th scope="col">Claim</th>
              <th scope="col">Contractor</th>
              <th scope="col">Month</th>
              <th scope="col">Status</th>
              <th scope="col">Submitted (age)</th>
              <th scope="col" className="col-money">Claimed</th>
              <th scope="col" className="col-money">Credited</th>
              <th scope="col" className="col-money">Still owed</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((c) => (
              <tr key={c.id} data-claim={c.id}>
                <th scope="row">
                  <a href={hrefForClaim(c.id)}>Claim {c.id}</a>
                  {c.supplementsId !== null ? <span className="cell-sub">supplementary to claim {c.supplementsId}</span> : null}
                </th>
                <td>{c.contractorName}</td>
                <td>{monthLabel(c.month)}</td>
                <td>
                  <ClaimStatusBadge claim={c} />
                  {c.needsLadder ? <EscalationMark /> : null}
                </td>
                <td>
                  {c.submittedOn ? dateLabel(c.submittedOn) : <span className="muted">not submitted</span>}
                  {c.submittedOn ? <span className="cell-sub">{ageText(c)} ago</span> : null}
                </td>
                <td className="col-money money">{formatAmount(c.claimed)}</td>
                <td className="col-money money">{formatAmount(c.credited)}</td>
                <td className="col-money money owed-cell">{formatAmount(c.owed)}</td>
              </tr>
            ))}
            {shown.length === 0 ? <NoMatchRow what="claim" columns={8} onClear={clearFilters} /> : null}
          </tbody>
        </table>
      </div>
    </section>
  );
}
