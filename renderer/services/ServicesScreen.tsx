// The Services screen: the list (#/services) and one service's page (#/services/12).
import { useMemo } from 'react';
import type { Contractor } from '../../shared/ipc/agency';
import { SERVICE_TYPES, SERVICE_TYPE_LABELS, TIERS, TIER_LABELS } from '../../shared/ipc/services';
import { useApiQuery } from '../api/useApiQuery';
import { FilterBar, FilterSelect, SearchBox } from '../ui/FilterBar';
import { labelled } from '../ui/options';
import { Icon } from '../ui/Icon';
import { EmptyState, LoadError } from '../ui/ScreenStates';
import { useDebounced } from '../ui/useDebounced';
import { serviceRouteFromHash, useHash } from '../shell/route';
import { DeleteServiceDialog } from './DeleteServiceDialog';
import { ServiceDetailScreen } from './detail/ServiceDetailScreen';
import { ImportDialog } from './import/ImportDialog';
import { ImportCaseDialog } from '../caseFiles/ImportCaseDialog';
import { useCaseFilesUi } from '../caseFiles/store';
import { buildQuery, countLabel, filtersActive } from './model';
import { RetireServiceDialog } from './RetireServiceDialog';
import { ServiceFormDialog } from './ServiceFormDialog';
import { ServiceTable } from './ServiceTable';
import { useServicesUi } from './store';

const CONTRACTOR_QUERY = {};
/** Whether the file has any service at all, retired included (the empty state), and how many. */
const ALL_QUERY = { includeRetired: true, limit: 1 };
const IN_SERVICE_QUERY = { limit: 1 };

export function ServicesScreen() {
  const route = serviceRouteFromHash(useHash());
  if (route.kind === 'detail') return <ServiceDetailScreen key={route.id} id={route.id} />;
  return <ServiceListScreen />;
}

function ServiceListScreen() {
  const filters = useServicesUi((s) => s.filters);
  const showRetired = useServicesUi((s) => s.showRetired);
  const sort = useServicesUi((s) => s.sort);
  const dialog = useServicesUi((s) => s.dialog);
  const openAdd = useServicesUi((s) => s.openAdd);
  const openImport = useServicesUi((s) => s.openImport);
  const caseImportOpen = useCaseFilesUi((s) => s.importOpen);
  const openCaseImport = useCaseFilesUi((s) => s.openImport);

  const text = useDebounced(filters.text, 200);
  const query = useMemo(
    () => buildQuery({ ...filters, text }, sort, showRetired),
    [filters, text, sort, showRetired],
  );
  const list = useApiQuery('services:list', query, ['services', 'contractors']);
  const all = useApiQuery('services:list', ALL_QUERY, ['services']);
  const inService = useApiQuery('services:list', IN_SERVICE_QUERY, ['services']);
  const retiredCount = all.data && inService.data ? all.data.total - inService.data.total : 0;
  const contractors = useApiQuery('contractors:list', CONTRACTOR_QUERY, ['contractors', 'services']);
  const contractorList: Contractor[] = contractors.data ?? [];

  const active = filtersActive(filters);
  // Nothing on file at all, retired included: the empty state. (All retired and hidden is not empty.)
  const empty = list.data !== undefined && list.data.total === 0 && !active && !list.loading && all.data?.total === 0;

  return (
    <div className="screen services" data-loaded={list.data !== undefined ? 'true' : 'false'}>
      <div className="screen-head">
        <div>
          <h1>Services</h1>
          <p className="screen-sub" aria-live="polite">
            {list.data === undefined
              ? 'Loading…'
              : active
                ? `${countLabel(list.data.total, 'service matches', 'services match')} the filters`
                : showRetired
                  ? `${countLabel(list.data.total, 'CALNET service', 'CALNET services')} on file, ${retiredCount.toLocaleString('en-US')} of them retired`
                  : retiredCount > 0
                    ? `${countLabel(list.data.total, 'CALNET service', 'CALNET services')} in service, ${retiredCount.toLocaleString('en-US')} retired not shown`
                    : `${countLabel(list.data.total, 'CALNET service', 'CALNET services')} on file`}

          </p>
        </div>
        {!empty ? (
          <div className="button-row">
            <button type="button" className="button" onClick={openImport}>
              <Icon name="upload" /> Import CSV
            </button>
            <button type="button" className="button" onClick={openCaseImport}>
              <Icon name="file" /> Import case file
            </button>
            <button type="button" className="button primary" onClick={openAdd}>
              <Icon name="plus" /> Add service
            </button>
          </div>
        ) : null}
      </div>

      {list.error && list.data === undefined ? (
        <LoadError message={`The services could not be loaded: ${list.error.message}`} onRetry={list.reload} />
      ) : empty ? (
        <EmptyServices onAdd={openAdd} onImport={openImport} onImportCase={openCaseImport} />
      ) : (
        <>
          <ServiceFilterBar contractors={contractorList} />
          <ServiceTable
            rows={list.data?.rows ?? []}
            loading={list.loading}
            filtered={active}
            queryKey={JSON.stringify(query)}
            hiddenRetired={showRetired ? 0 : retiredCount}
          />
          {list.data && list.data.total > list.data.rows.length ? (
            <p className="table-note">
              Showing the first {list.data.rows.length.toLocaleString('en-US')} of {list.data.total.toLocaleString('en-US')}. Narrow the
              filters to see the rest.
            </p>
          ) : null}
        </>
      )}

      {dialog.kind === 'form' ? <ServiceFormDialog contractors={contractorList} /> : null}
      {dialog.kind === 'delete' ? <DeleteServiceDialog id={dialog.id} circuitId={dialog.circuitId} retiredOn={dialog.retiredOn} /> : null}
      {dialog.kind === 'retire' ? <RetireServiceDialog id={dialog.id} circuitId={dialog.circuitId} retiredOn={dialog.retiredOn} /> : null}
      {dialog.kind === 'import' ? <ImportDialog /> : null}
      {caseImportOpen ? <ImportCaseDialog /> : null}
    </div>
  );
}

function EmptyServices({ onAdd, onImport, onImportCase }: { onAdd: () => void; onImport: () => void; onImportCase: () => void }) {
  return (
    <EmptyState titleId="empty-title" icon="services" title="No services yet">
      <p>
        Add your agency&rsquo;s CALNET circuits one by one, or import them all from a spreadsheet saved as CSV. Each service
        keeps its contractor, tier and charges, which tickets and SLA claims build on.
      </p>
      <div className="button-row center">
        <button type="button" className="button primary" onClick={onAdd}>
          <Icon name="plus" /> Add a service
        </button>
        <button type="button" className="button" onClick={onImport}>
          <Icon name="upload" /> Import CSV
        </button>
        <button type="button" className="button" onClick={onImportCase}>
          <Icon name="file" /> Import case file
        </button>
      </div>
    </EmptyState>
  );
}

function ServiceFilterBar({ contractors }: { contractors: Contractor[] }) {
  const filters = useServicesUi((s) => s.filters);
  const setText = useServicesUi((s) => s.setText);
  const setContractor = useServicesUi((s) => s.setContractor);
  const setTier = useServicesUi((s) => s.setTier);
  const setServiceType = useServicesUi((s) => s.setServiceType);
  const clearFilters = useServicesUi((s) => s.clearFilters);
  const showRetired = useServicesUi((s) => s.showRetired);
  const setShowRetired = useServicesUi((s) => s.setShowRetired);
  const contractorOptions = contractors.map((c) => ({ value: String(c.id), label: c.name }));

  return (
    <FilterBar label="Filter services" active={filtersActive(filters)} onClear={clearFilters}>
      <SearchBox label="Search services" placeholder="Search circuit, site, address" value={filters.text} onChange={setText} />
      <FilterSelect
        label="Filter by contractor"
        allLabel="All contractors"
        value={filters.contractorId === null ? null : String(filters.contractorId)}
        options={contractorOptions}
        onChange={(v) => setContractor(v === null ? null : Number(v))}
      />
      <FilterSelect label="Filter by tier" allLabel="All tiers" value={filters.tier} options={labelled(TIERS, TIER_LABELS)} onChange={setTier} />
      <FilterSelect
        label="Filter by service type"
        allLabel="All types"
        value={filters.serviceType}
        options={labelled(SERVICE_TYPES, SERVICE_TYPE_LABELS)}
        onChange={setServiceType}
      />
      <label className="checkbox show-retired">
        <input type="checkbox" checked={showRetired} onChange={(e) => setShowRetired(e.target.checked)} />
        Show retired
      </label>
    </FilterBar>
  );
}
