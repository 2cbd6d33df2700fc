// An invoice's credit lines against the claims' lines (reconcile:previewInvoice before import,
// reconcile:invoice after): each credit line with the claim lines it credits and what it credits
// without a claim, then each claim it answers, line by line: credited in full, in part or not at
// all, and what is still owed before and after. The back end allocates; this only shows it.
import type { InvoiceMatch as Match } from '../../shared/ipc/reconcile';
import { hrefForClaim } from '../claims/route';
import { formatAmount, monthLabel } from '../ui/slaText';
import { claimStatusText, LINE_CREDIT_LABELS } from './model';

export function InvoiceMatch({ m, links = true }: { m: Match; links?: boolean }) {
  const lineOf = new Map(m.claims.flatMap((c) => c.lines.map((l) => [l.claimLineId, { claimId: c.claimId, line: l }] as const)));
  return (
    <div className="recon-invoice">
      <dl className="recon-totals" aria-label="Invoice totals">
        <div>
          <dt>Credited on the invoice</dt>
          <dd className="money">{formatAmount(m.totals.invoiced)}</dd>
        </div>
        <div>
          <dt>Matched to claim lines</dt>
          <dd className="money">{formatAmount(m.totals.matched)}</dd>
        </div>
        <div>
          <dt>Credited without a claim</dt>
          <dd className="money">{formatAmount(m.totals.withoutClaim)}</dd>
        </div>
        <div>
          <dt>Still owed on these claims</dt>
          <dd className="money" data-testid="invoice-owed-after">
            {formatAmount(m.totals.owedAfter)}
          </dd>
        </div>
      </dl>

      <div className="recon-table-wrap">
        <table className="data-table compact recon-table" aria-label="Credit lines">
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Invoice</th>
              <th scope="col">Circuit ID</th>
              <th scope="col">Description</th>
              <th scope="col" className="col-num">Amount</th>
              <th scope="col">Credits</th>
            </tr>
          </thead>
          <tbody>
            {m.lines.map((l) => (
              <tr key={l.line}>
                <td className="mono">{l.line}</td>
                <td className="mono">{l.invoiceNumber}</td>
                <td className="mono">{l.circuitId}</td>
                <td>{l.description || '—'}</td>
                <td className="col-num money">{formatAmount(l.amount)}</td>
                <td>
                  <ul className="plain-list">
                    {l.allocations.map((a) => {
                      const c = lineOf.get(a.claimLineId);
                      return (
                        <li key={a.claimLineId}>
                          {formatAmount(a.amount)} to claim {a.claimId}
                          {c ? `, ${c.line.title} ${c.line.reference}` : ''}
                        </li>
                      );
                    })}
                    {l.withoutClaim > 0 ? <li className="recon-flag">{formatAmount(l.withoutClaim)} credited without a claim</li> : null}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {m.claims.length === 0 ? (
        <p className="muted">No claim of {m.contractorName} was waiting for a credit, and no line of this invoice credits one.</p>
      ) : (
        m.claims.map((c) => (
          <section key={c.claimId} className="recon-claim" aria-label={`Claim ${c.claimId}`} data-claim={c.claimId}>
            <h3>
              {links ? <a href={hrefForClaim(c.claimId)}>Claim {c.claimId}</a> : `Claim ${c.claimId}`}, {monthLabel(c.month)}{' '}
              <span className={`claim-status claim-${c.status}`}>{claimStatusText(c.status, c.claimed, c.owedAfter)}</span>
            </h3>
            <p>
              Claimed {formatAmount(c.claimed)}; this invoice credits {formatAmount(c.creditedNow)}. Still owed:{' '}
              <strong>
                {formatAmount(c.owedBefore)} → <span data-testid="claim-owed-after">{formatAmount(c.owedAfter)}</span>
              </strong>
              .
            </p>
            <div className="recon-table-wrap">
              <table className="data-table compact recon-table" aria-label={`Lines of claim ${c.claimId}`}>
                <thead>
                  <tr>
                    <th scope="col">SLA</th>
                    <th scope="col">Reference</th>
                    <th scope="col">Circuit ID</th>
                    <th scope="col" className="col-num">Claimed</th>
                    <th scope="col" className="col-num">Credited before</th>
                    <th scope="col" className="col-num">This invoice</th>
                    <th scope="col">Now</th>
                  </tr>
                </thead>
                <tbody>
                  {c.lines.map((l) => (
                    <tr key={l.claimLineId} data-status={l.status}>
                      <td>
                        {l.title} <span className="muted">{l.clause}</span>
                      </td>
                      <td className="mono">{l.reference || '—'}</td>
                      <td className="mono">{l.circuitId}</td>
                      <td className="col-num money">{formatAmount(l.claimed)}</td>
                      <td className="col-num money">{formatAmount(l.creditedBefore)}</td>
                      <td className="col-num money">{formatAmount(l.creditedNow)}</td>
                      <td>
                        <span className={`recon-credit recon-credit-${l.status}`}>{LINE_CREDIT_LABELS[l.status]}</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))
      )}
    </div>
  );
}
