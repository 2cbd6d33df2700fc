// The services list: a real <table> (header cells sortable, aria-sort) whose body is
// virtualized, so only the rows in view are in the page even with many thousands. A service's
// page opens from its circuit ID, by Enter on the selected row or by a double click.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { goTo, hrefForService } from '../shell/route';
import type { Service, ServiceSortKey } from '../../shared/ipc/services';
import { ActionsHeader, ListRegion, NoMatchRow, SortHeader, SpacerRow } from '../ui/DataTable';
import { Icon } from '../ui/Icon';
import { moveTarget, ROW_HEIGHT, rowsPerPage } from '../ui/listKeys';
import { useVirtualRows } from '../ui/useVirtualRows';
import { ariaSort, money, retiredLabel, serviceTypeLabel, tierLabel } from './model';
import { useServicesUi } from './store';

const COLUMNS: { key: ServiceSortKey; label: string; className?: string }[] = [
  { key: 'circuitId', label: 'Circuit ID', className: 'col-circuit' },
  { key: 'contractor', label: 'Contractor', className: 'col-contractor' },
  { key: 'serviceType', label: 'Type', className: 'col-type' },
  { key: 'tier', label: 'Tier', className: 'col-tier' },
  { key: 'tmrc', label: 'TMRC', className: 'col-money' },
  { key: 'aduc', label: 'ADUC', className: 'col-money' },
  { key: 'site', label: 'Site', className: 'col-site' },
];

interface Props {
  rows: Service[];
  loading: boolean;
  filtered: boolean;
  /** Changes when the filters or the sort change: the list then starts from the top, unless a selected row is in it. */
  queryKey: string;
  /** Retired services left out of the list (Show retired is off). */
  hiddenRetired: number;
}

export function ServiceTable({ rows, loading, filtered, queryKey, hiddenRetired }: Props) {
  const sort = useServicesUi((s) => s.sort);
  const sortBy = useServicesUi((s) => s.sortBy);
  const selectedId = useServicesUi((s) => s.selectedId);
  const select = useServicesUi((s) => s.select);
  const openEdit = useServicesUi((s) => s.openEdit);
  const openDelete = useServicesUi((s) => s.openDelete);
  const clearFilters = useServicesUi((s) => s.clearFilters);
  const setShowRetired = useServicesUi((s) => s.setShowRetired);

  const scrollRef = useRef<HTMLDivElement>(null);
  const { virtualizer, items, padTop, padBottom } = useVirtualRows(rows.length, scrollRef, 10);

  const selectedIndex = selectedId === null ? -1 : rows.findIndex((r) => r.id === selectedId);

  // Keep the selected row in view when it moves (arrow keys, a new sort, a freshly saved service).
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  // A new sort or filter without a selected row in it starts at the top.
  const selectedIndexRef = useRef(selectedIndex);
  useEffect(() => {
    selectedIndexRef.current = selectedIndex;
  });
  useEffect(() => {
    if (selectedIndexRef.current < 0) virtualizer.scrollToOffset(0);
  }, [queryKey, virtualizer]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || rows.length === 0) return;
    const to = moveTarget(e.key, selectedIndex, rows.length, rowsPerPage(scrollRef.current));
    if (to !== null) {
      e.preventDefault();
      select(rows[to]!.id);
      return;
    }
    switch (e.key) {
      case 'Enter': {
        const row = rows[selectedIndex];
        if (row) {
          e.preventDefault();
          goTo(hrefForService(row.id));
        }
        return;
      }
      case 'Delete': {
        const row = rows[selectedIndex];
        if (row) {
          e.preventDefault();
          openDelete(row);
        }
        return;
      }
    }
  };

  return (
    <ListRegion
      scrollRef={scrollRef}
      label="Services list"
      keysId="services-keys"
      keysHelp="Arrow keys move the selection, Enter opens the selected service's page, Delete removes it."
      busy={loading}
      onKeyDown={onKeyDown}
    >
      <table className="data-table services-table" aria-rowcount={rows.length + 1}>
        <colgroup>
          <col className="w-circuit" />
          <col className="w-contractor" />
          <col className="w-type" />
          <col className="w-tier" />
          <col className="w-money" />
          <col className="w-money-small" />
          <col className="w-site" />
          <col className="w-actions" />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((col) => (
              <SortHeader key={col.key} label={col.label} state={ariaSort(sort, col.key)} className={col.className} onSort={() => sortBy(col.key)} />
            ))}
            <ActionsHeader />
          </tr>
        </thead>
        <tbody>
          <SpacerRow height={padTop} colSpan={8} />
          {items.map((item) => {
            const s = rows[item.index]!;
            const selected = s.id === selectedId;
            return (
              <tr
                key={s.id}
                aria-rowindex={item.index + 2}
                className={[selected ? 'selected' : '', s.retiredOn ? 'retired' : ''].filter(Boolean).join(' ') || undefined}
                style={{ height: ROW_HEIGHT }}
                onClick={() => select(s.id)}
                onDoubleClick={() => goTo(hrefForService(s.id))}
              >
                <td className="col-circuit">
                  <a className="mono circuit-link" href={hrefForService(s.id)} tabIndex={-1}>
                    {s.circuitId}
                  </a>
                  {s.retiredOn ? (
                    <span className="retired-badge" title={retiredLabel(s.retiredOn)}>
                      Retired
                    </span>
                  ) : null}
                </td>
                <td title={s.contractorName}>{s.contractorName}</td>
                <td title={serviceTypeLabel(s.serviceType)}>{serviceTypeLabel(s.serviceType)}</td>
                <td>
                  <span className={`tier tier-${s.tier}`}>{tierLabel(s.tier)}</span>
                </td>
                <td className="col-money">{money(s.tmrcCents)}</td>
                <td className="col-money">{money(s.aducCents)}</td>
                <td className="col-site" title={s.address ? `${s.site} — ${s.address}` : s.site || undefined}>
                  {s.site}
                </td>
                <td className="col-actions">
                  <button type="button" className="icon-button" aria-label={`Edit ${s.circuitId}`} title="Edit" onClick={() => openEdit(s)}>
                    <Icon name="edit" size={16} />
                  </button>
                  <button
                    type="button"
                    className="icon-button danger"
                    aria-label={`Delete ${s.circuitId}`}
                    title="Delete"
                    onClick={() => openDelete(s)}
                  >
                    <Icon name="trash" size={16} />
                  </button>
                </td>
              </tr>
            );
          })}
          <SpacerRow height={padBottom} colSpan={8} />
          {rows.length === 0 && !loading ? (
            <NoMatchRow colSpan={8} filtered={filtered} what="services" onClear={clearFilters}>
              {hiddenRetired > 0 ? (
                <>
                  Every service on file is retired.{' '}
                  <button type="button" className="link-button" onClick={() => setShowRetired(true)}>
                    Show retired
                  </button>
                </>
              ) : (
                'No services.'
              )}
            </NoMatchRow>
          ) : null}
        </tbody>
      </table>
    </ListRegion>
  );
}
