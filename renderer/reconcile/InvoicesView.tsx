// The contractor's invoices imported for their credits: each with what it credited to claim lines
// and without a claim; the chosen one (default: the latest) matched line by line to the claims.
import { useApiQuery } from '../api/useApiQuery';
import { dateLabel } from '../claims/model';
import { formatListTime } from '../tickets/dates';
import { Icon } from '../ui/Icon';
import { EmptyState, LoadError } from '../ui/ScreenStates';
import { formatAmount } from '../ui/slaText';
import { InvoiceMatch } from './InvoiceMatch';
import { INVOICE_TABLES } from './model';
import type { ViewProps } from './ReconcileScreen';
import { hrefForReconcile } from './route';
import { useReconcileUi } from './store';

export function InvoicesView({ contractor, route, zone }: ViewProps) {
  const openImport = useReconcileUi((s) => s.openImport);
  const invoices = useApiQuery('reconcile:invoices', { contractorId: contractor.id }, INVOICE_TABLES);
  if (!invoices.data) {
    return invoices.error ? <LoadError message={`The invoices could not be loaded: ${invoices.error.message}`} onRetry={invoices.reload} /> : <p className="muted">Loading…</p>;
  }
  const list = [...invoices.data.invoices].sort((a, b) => b.importedAt.localeCompare(a.importedAt));
  const importButton = (
    <button type="button" className="button primary" onClick={() => openImport('invoice', contractor.id)}>
      <Icon name="upload" /> Import invoice credits…
    </button>
  );
  if (list.length === 0) {
    return (
      <EmptyState titleId="no-invoice-title" icon="file" title={`No invoice from ${contractor.name} yet`}>
        <p>
          When {contractor.name}’s invoice shows SLA credits, import its credit lines (CSV: invoice number and date, Circuit ID, amount,
          description). ATR Desk matches them to your claims’ lines, credited in full, in part or not at all, and records the credits on the claims
          with the invoice number, so what is still owed is known without typing.
        </p>
        <div className="button-row center">{importButton}</div>
      </EmptyState>
    );
  }
  const chosen = list.find((i) => i.id === route.invoiceId) ?? list[0]!;
  return (
    <div className="recon-invoices">
      <div className="recon-toolbar">
        <p className="muted">
          Credits are recorded on the claims when an invoice is imported; the claims list’s still-owed figures follow.
        </p>
        <div className="recon-toolbar-actions">{importButton}</div>
      </div>
      <div className="recon-table-wrap">
        <table className="data-table compact recon-table" aria-label="Invoices">
          <thead>
            <tr>
              <th scope="col">Invoice</th>
              <th scope="col">Date</th>
              <th scope="col">File</th>
              <th scope="col">Imported</th>
              <th scope="col" className="col-num">Lines</th>
              <th scope="col" className="col-num">Credited</th>
              <th scope="col" className="col-num">To claim lines</th>
              <th scope="col" className="col-num">Without a claim</th>
            </tr>
          </thead>
          <tbody>
            {list.map((i) => (
              <tr key={i.id} aria-current={i.id === chosen.id ? 'true' : undefined} className={i.id === chosen.id ? 'is-selected' : undefined}>
                <td className="mono">
                  <a href={hrefForReconcile({ contractorId: contractor.id, view: 'invoices', invoiceId: i.id })}>{i.invoiceNumber}</a>
                </td>
                <td className="money">{dateLabel(i.invoiceDate)}</td>
                <td className="mono">{i.fileName || '—'}</td>
                <td>{formatListTime(i.importedAt, zone)}</td>
                <td className="col-num">{i.lineCount}</td>
                <td className="col-num money">{formatAmount(i.amount)}</td>
                <td className="col-num money">{formatAmount(i.matched)}</td>
                <td className="col-num money">{formatAmount(i.withoutClaim)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <InvoiceDetail id={chosen.id} />
    </div>
  );
}

function InvoiceDetail({ id }: { id: number }) {
  const q = useApiQuery('reconcile:invoice', { id }, INVOICE_TABLES);
  if (!q.data) return q.error ? <LoadError message={`The invoice could not be loaded: ${q.error.message}`} onRetry={q.reload} /> : <p className="muted">Loading…</p>;
  return (
    <section className="recon-section" aria-labelledby="recon-invoice-title" data-loaded={q.loading ? 'false' : 'true'}>
      <h2 id="recon-invoice-title">Invoice {q.data.invoiceNumbers.join(', ')} against the claims</h2>
      <InvoiceMatch m={q.data} />
    </section>
  );
}
