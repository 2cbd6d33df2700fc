// Reconcile (#/reconcile?c=1…): a contractor's own record against ours. Its trouble-ticket report,
// ticket by ticket for a month (matches, differences weighed in dollars, invalid stop clocks,
// theirs we lack, ours they lack, the dispute), and its invoice credits against the claims' lines.
import type { Contractor } from '../../shared/ipc/agency';
import { useApiQuery } from '../api/useApiQuery';
import { goTo, useHash } from '../shell/route';
import { useAgencyZone } from '../ui/agencyTime';
import { EmptyState, LoadError } from '../ui/ScreenStates';
import { tabPanelProps, Tabs } from '../ui/Tabs';
import { ImportFileDialog } from './ImportFileDialog';
import { InvoicesView } from './InvoicesView';
import { ReportsView } from './ReportsView';
import { hrefForReconcile, reconcileRouteFromHash, type ReconcileRoute } from './route';
import { useReconcileUi } from './store';
import '../month/month.css';
import '../claims/claims.css';
import './reconcile.css';

const NO_REQUEST = {};
const TABS = [
  { id: 'tickets', label: 'Ticket reports' },
  { id: 'invoices', label: 'Invoice credits' },
] as const;

export function ReconcileScreen() {
  const route = reconcileRouteFromHash(useHash());
  const zone = useAgencyZone();
  const contractors = useApiQuery('contractors:list', NO_REQUEST, ['contractors']);
  const importing = useReconcileUi((s) => s.importing);
  const list = contractors.data ?? [];
  const contractor = list.find((c) => c.id === route.contractorId) ?? list[0] ?? null;
  const choose = (patch: Partial<ReconcileRoute>) => goTo(hrefForReconcile({ ...route, contractorId: contractor?.id ?? null, ...patch }));

  return (
    <div className="screen reconcile">
      <div className="screen-head">
        <div>
          <h1>Reconcile</h1>
          <p className="screen-sub">
            {contractor ? `${contractor.name}’s own record against ours: its ticket report and its invoice credits, in dollars` : 'A contractor’s own record against ours'}
          </p>
        </div>
        {list.length > 0 ? (
          <label className="month-control">
            <span className="month-control-label">Contractor</span>
            <select
              value={contractor?.id ?? ''}
              onChange={(e) => choose({ contractorId: Number(e.target.value), reportId: null, invoiceId: null, claimId: null })}
            >
              {list.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {!contractors.data ? (
        contractors.error ? <LoadError message={`The contractors could not be loaded: ${contractors.error.message}`} onRetry={contractors.reload} /> : <p className="muted">Loading…</p>
      ) : !contractor ? (
        <NoContractor />
      ) : (
        <>
          <Tabs label="What to reconcile" idPrefix="reconcile" items={TABS} selected={route.view} onSelect={(id) => choose({ view: id as ReconcileRoute['view'] })} />
          <div {...tabPanelProps('reconcile', route.view)} className="reconcile-panel">
            {route.view === 'tickets' ? (
              <ReportsView key={contractor.id} contractor={contractor} route={route} zone={zone} choose={choose} />
            ) : (
              <InvoicesView key={contractor.id} contractor={contractor} route={route} zone={zone} choose={choose} />
            )}
          </div>
          {importing && importing.contractorId === contractor.id ? (
            <ImportFileDialog
              contractor={contractor}
              zone={zone}
              onReport={(r) => choose({ view: 'tickets', reportId: r.id, month: route.month && route.month >= r.period.from && route.month <= r.period.to ? route.month : r.period.to })}
              onInvoice={(m) => choose({ view: 'invoices', invoiceId: m.id })}
            />
          ) : null}
        </>
      )}
    </div>
  );
}

function NoContractor() {
  return (
    <EmptyState titleId="reconcile-empty-title" icon="compare" title="No contractor yet">
      <p>
        Reconciling compares a contractor’s own ticket report and invoice credits with your record. Add your services (with their contractor)
        on the Services screen first.
      </p>
      <div className="button-row center">
        <a className="button primary" href="#/services">
          Go to Services
        </a>
      </div>
    </EmptyState>
  );
}

export type Choose = (patch: Partial<ReconcileRoute>) => void;
export interface ViewProps {
  contractor: Contractor;
  route: ReconcileRoute;
  zone: string;
  choose: Choose;
}
