// The Reconcile screen's address: `#/reconcile?c=1` (a contractor), with `r=5&m=2026-10` (one of
// its ticket reports and the month reconciled), or `v=invoices&i=3` (its invoice credits, one
// invoice). `claim=4` remembers the claim the ATR came from, so the dispute offers it first.
// A reload, back / forward and a link keep the choice.
import { isMonth } from '../../shared/calendar';

export type ReconcileView = 'tickets' | 'invoices';

export interface ReconcileRoute {
  /** null: the first contractor. */
  contractorId: number | null;
  view: ReconcileView;
  /** null: the contractor's latest report. */
  reportId: number | null;
  /** null: the report's last month. */
  month: string | null;
  /** null: the contractor's latest invoice. */
  invoiceId: number | null;
  claimId: number | null;
}

const ID = /^[1-9]\d{0,14}$/;

function idParam(p: URLSearchParams, name: string): number | null {
  const v = p.get(name);
  return v !== null && ID.test(v) ? Number(v) : null;
}

export function reconcileRouteFromHash(hash: string): ReconcileRoute {
  const q = hash.indexOf('?');
  const p = new URLSearchParams(q < 0 ? '' : hash.slice(q + 1));
  const m = p.get('m');
  return {
    contractorId: idParam(p, 'c'),
    view: p.get('v') === 'invoices' ? 'invoices' : 'tickets',
    reportId: idParam(p, 'r'),
    month: m !== null && isMonth(m) ? m : null,
    invoiceId: idParam(p, 'i'),
    claimId: idParam(p, 'claim'),
  };
}

export function hrefForReconcile(route: Partial<ReconcileRoute>): string {
  const p = new URLSearchParams();
  if (route.contractorId != null) p.set('c', String(route.contractorId));
  if (route.view === 'invoices') p.set('v', 'invoices');
  if (route.view !== 'invoices') {
    if (route.reportId != null) p.set('r', String(route.reportId));
    if (route.month) p.set('m', route.month);
  } else if (route.invoiceId != null) {
    p.set('i', String(route.invoiceId));
  }
  if (route.claimId != null) p.set('claim', String(route.claimId));
  const q = p.toString();
  return q ? `#/reconcile?${q}` : '#/reconcile';
}
