import { useMemo } from 'react';
import type { Contractor } from '../../shared/ipc/agency';
import { SERVICE_TYPES, SERVICE_TYPE_LABELS, TIERS, TIER_LABELS, type ServiceType, type Tier } from '../../shared/ipc/services';
import { useApiQuery } from '../api/useApiQuery';
import { Icon } from '../ui/Icon';
import { useDebounced } from '../ui/useDebounced';
import { DeleteServiceDialog } from './DeleteServiceDialog';
import { ImportDialog } from './import/ImportDialog';
import { buildQuery, countLabel, filtersActive } from './model';
import { ServiceFormDialog } from './ServiceFormDialog';
import { ServiceTable } from './ServiceTable';
import { useServicesUi } from './store';

const CONTRACTOR_QUERY = {};

export function ServicesScreen() {
  const filters = useServicesUi((s) => s.filters);
  const sort = useServicesUi((s) => s.sort);
  const dialog = useServicesUi((s) => s.dialog);
  const openAdd = useServicesUi((s) => s.openAdd);
  const openImport = useServicesUi((s) => s.openImport);

  const text = useDebounced(filters.text, 200);
  const query = useMemo(
    () => buildQuery({ ...filters, text }, sort),
    [filters, text, sort],
  );
  const list = useApiQuery('services:list', query, ['services', 'contractors']);
  const contractors = useApiQuery('contractors:list', CONTRACTOR_QUERY, ['contractors', 'services']);
  const contractorList: Contractor[] = contractors.data ?? [];

  const active = filtersActive(filters);
  const empty = list.data !== undefined && list.data.total === 0 && !active && !list.loading;

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
                : `${countLabel(list.data.total, 'CALNET service', 'CALNET services')} on file`}
          </p>
        </div>
        {!empty ? (
          <div className="button-row">
            <button type="button" className="button" onClick={openImport}>
              <Icon name="upload" /> Import CSV
            </button>
            <button type="button" className="button primary" onClick={openAdd}>
              <Icon name="plus" /> Add service
            </button>
          </div>
        ) : null}
      </div>

      {list.error && list.data === undefined ? (
        <div className="panel error-panel" role="alert">
          <p>The services could not be loaded: {list.error.message}</p>
          <button type="button" className="button" onClick={list.reload}>
            Try again
          </button>
        </div>
      ) : empty ? (
        <EmptyState onAdd={openAdd} onImport={openImport} />
      ) : (
        <>
          <FilterBar contractors={contractorList} />
          <ServiceTable rows={list.data?.rows ?? []} loading={list.loading} filtered={active} queryKey={JSON.stringify(query)} />
          {list.data && list.data.total > list.data.rows.length ? (
            <p className="table-note">
              Showing the first {list.data.rows.length.toLocaleString('en-US')} of {list.data.total.toLocaleString('en-US')}. Narrow the
              filters to see the rest.
            </p>
          ) : null}
        </>
      )}

      {dialog.kind === 'form' ? <ServiceFormDialog contractors={contractorList} /> : null}
      {dialog.kind === 'delete' ? <DeleteServiceDialog id={dialog.id} circuitId={dialog.circuitId} /> : null}
      {dialog.kind === 'import' ? <ImportDialog /> : null}
    </div>
  );
}

function EmptyState({ onAdd, onImport }: { onAdd: () => void; onImport: () => void }) {
  return (
    <section className="panel empty-state" aria-labelledby="empty-title">
      <div className="empty-icon">
        <Icon name="services" size={32} />
      </div>
      <h2 id="empty-title">No services yet</h2>
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
      </div>
    </section>
  );
}

function FilterBar({ contractors }: { contractors: Contractor[] }) {
  const filters = useServicesUi((s) => s.filters);
  const setText = useServicesUi((s) => s.setText);
  const setContractor = useServicesUi((s) => s.setContractor);
  const setTier = useServicesUi((s) => s.setTier);
  const setServiceType = useServicesUi((s) => s.setServiceType);
  const clearFilters = useServicesUi((s) => s.clearFilters);

  return (
    <div className="filter-bar" role="search" aria-label="Filter services">
      <label className="search-box">
        <Icon name="search" />
        <span className="visually-hidden">Search services</span>
        <input
          type="search"
          placeholder="Search circuit, site, address"
          value={filters.text}
          maxLength={200}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <label className="filter">
        <span className="visually-hidden">Filter by contractor</span>
        <select
          value={filters.contractorId ?? ''}
          onChange={(e) => setContractor(e.target.value === '' ? null : Number(e.target.value))}
        >
          <option value="">All contractors</option>
          {contractors.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span className="visually-hidden">Filter by tier</span>
        <select value={filters.tier ?? ''} onChange={(e) => setTier(e.target.value === '' ? null : (e.target.value as Tier))}>
          <option value="">All tiers</option>
          {TIERS.map((t) => (
            <option key={t} value={t}>
              {TIER_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span className="visually-hidden">Filter by service type</span>
        <select
          value={filters.serviceType ?? ''}
          onChange={(e) => setServiceType(e.target.value === '' ? null : (e.target.value as ServiceType))}
        >
          <option value="">All types</option>
          {SERVICE_TYPES.map((t) => (
            <option key={t} value={t}>
              {SERVICE_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      {filtersActive(filters) ? (
        <button type="button" className="button subtle" onClick={clearFilters}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
