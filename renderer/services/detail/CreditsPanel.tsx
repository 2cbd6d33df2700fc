// The credits the service earned, month by month (every SLA: per-ticket, monthly and
// provisioning, as sla:service totals them), newest first, with the total of the months shown.
import type { CreditRow, CreditsModel } from './slaMonths';
import { money } from './slaMonths';

function breakdown(r: CreditRow): string {
  if (r.monthlyCents > 0 && r.otherCents > 0) return `${money(r.monthlyCents)} monthly SLAs, ${money(r.otherCents)} tickets and orders`;
  if (r.monthlyCents > 0) return 'Monthly SLAs';
  if (r.otherCents > 0) return 'Tickets and orders';
  return '';
}

export function CreditsPanel({ credits }: { credits: CreditsModel }) {
  const { rows, totalCents, pendingMonths } = credits;
  return (
    <section className="panel credits-panel" aria-labelledby="credits-title">
      <div className="panel-head">
        <h2 id="credits-title">Credits earned</h2>
      </div>
      {rows.length === 0 ? (
        <p className="muted">No month evaluated yet.</p>
      ) : (
        <table className="data-table compact credits-table" aria-labelledby="credits-title">
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col" className="col-money">
                Credit
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.month} className={r.totalCents > 0 ? 'owed' : undefined}>
                <th scope="row">
                  {r.label}
                  {r.pending ? <span className="pending-note">pending</span> : null}
                </th>
                <td className="col-money">
                  {r.totalCents > 0 ? (
                    <>
                      <span className="amount">{money(r.totalCents)}</span>
                      <span className="cell-note">{breakdown(r)}</span>
                    </>
                  ) : (
                    <span className="muted">{r.pending ? 'none yet' : '$0.00'}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">
                {rows.length} month{rows.length === 1 ? '' : 's'}
              </th>
              <td className="col-money amount">{money(totalCents)}</td>
            </tr>
          </tfoot>
        </table>
      )}
      {pendingMonths > 0 ? (
        <p className="table-note">
          Pending: the month is not over or a ticket is not restored yet, so more may be owed.
        </p>
      ) : null}
    </section>
  );
}
