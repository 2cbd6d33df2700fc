// What each contractor still owes on submitted claims, by days since submission.
import { AGEING_BUCKETS } from '../../shared/claims/lifecycle';
import type { ResponseOf } from '../../shared/ipc/contract';
import { formatAmount } from '../ui/slaText';
import { dateLabel } from './model';

type AgeingRow = ResponseOf<'claims:list'>['ageing'][number];

export function AgeingTable({ rows, today }: { rows: readonly AgeingRow[]; today: string }) {
  return (
    <section className="panel claims-ageing" aria-labelledby="ageing-title">
      <div className="panel-head">
        <h2 id="ageing-title">Still owed, by age</h2>
        <p className="muted small">Submitted claims only; days since submission as of {dateLabel(today)}.</p>
      </div>
      {rows.length === 0 ? (
        <p className="muted">No claim has been submitted yet: drafts are not owed until they are sent.</p>
      ) : (
        <div className="claims-table-wrap">
          <table className="data-table compact ageing-table" aria-label="Still owed by age">
            <thead>
              <tr>
                <th scope="col">Contractor</th>
                <th scope="col" className="col-money">Claimed</th>
                <th scope="col" className="col-money">Credited</th>
                <th scope="col" className="col-money">Still owed</th>
                {AGEING_BUCKETS.map((b) => (
                  <th key={b} scope="col" className="col-money">
                    {b} days
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.contractorId}>
                  <th scope="row">{r.contractorName}</th>
                  <td className="col-money money">{formatAmount(r.claimed)}</td>
                  <td className="col-money money">{formatAmount(r.credited)}</td>
                  <td className="col-money money owed-cell">{formatAmount(r.owed)}</td>
                  {r.buckets.map((b) => (
                    <td key={b.bucket} className="col-money">
                      {b.count === 0 ? (
                        <span className="muted">—</span>
                      ) : (
                        <>
                          <span className="money">{formatAmount(b.owed)}</span>
                          <span className="cell-sub">
                            {b.count} claim{b.count === 1 ? '' : 's'}
                          </span>
                        </>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
