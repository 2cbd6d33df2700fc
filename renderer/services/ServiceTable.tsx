// The services list: a real <table> (header cells sortable, aria-sort) whose body is
// virtualized, so only the rows in view are in the page even with many thousands.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Service, ServiceSortKey } from '../../shared/ipc/services';
import { Icon } from '../ui/Icon';
import { ariaSort, money, serviceTypeLabel, tierLabel } from './model';
import { useServicesUi } from './store';

const ROW_HEIGHT = 44;
const HEAD_HEIGHT = 40;

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
}

export function ServiceTable({ rows, loading, filtered, queryKey }: Props) {
  const sort = useServicesUi((s) => s.sort);
  const sortBy = useServicesUi((s) => s.sortBy);
  const selectedId = useServicesUi((s) => s.selectedId);
  const select = useServicesUi((s) => s.select);
  const openEdit = useServicesUi((s) => s.openEdit);
  const openDelete = useServicesUi((s) => s.openDelete);
  const clearFilters = useServicesUi((s) => s.clearFilters);

  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design; this component is not memoized.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    // Rows start below the sticky header: offsets count from there, and scrolling to a row
    // keeps it clear of the header.
    scrollMargin: HEAD_HEIGHT,
    scrollPaddingStart: HEAD_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const padTop = first ? first.start - HEAD_HEIGHT : 0;
  const padBottom = last ? virtualizer.getTotalSize() - (last.end - HEAD_HEIGHT) : 0;

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
    const move = (to: number) => {
      e.preventDefault();
      const i = Math.max(0, Math.min(rows.length - 1, to));
      select(rows[i]!.id);
    };
    const page = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 400) - HEAD_HEIGHT) / ROW_HEIGHT) - 1);
    switch (e.key) {
      case 'ArrowDown': return move(selectedIndex + 1);
      case 'ArrowUp': return move(selectedIndex < 0 ? 0 : selectedIndex - 1);
      case 'PageDown': return move(selectedIndex + page);
      case 'PageUp': return move(selectedIndex - page);
      case 'Home': return move(0);
      case 'End': return move(rows.length - 1);
      case 'Enter': {
        const row = rows[selectedIndex];
        if (row) {
          e.preventDefault();
          openEdit(row);
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
    <div
      ref={scrollRef}
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label="Services list"
      aria-describedby="services-keys"
      aria-busy={loading}
      onKeyDown={onKeyDown}
    >
      <p id="services-keys" className="visually-hidden">
        Arrow keys move the selection, Enter edits the selected service, Delete removes it.
      </p>
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
            {COLUMNS.map((col) => {
              const state = ariaSort(sort, col.key);
              return (
                <th key={col.key} scope="col" aria-sort={state} className={col.className}>
                  <button type="button" className="sort-button" onClick={() => sortBy(col.key)}>
                    {col.label}
                    <span className={`sort-mark sort-${state}`} aria-hidden="true" />
                  </button>
                </th>
              );
            })}
            <th scope="col" className="col-actions">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {padTop > 0 ? (
            <tr className="spacer" aria-hidden="true" style={{ height: padTop }}>
              <td colSpan={8} />
            </tr>
          ) : null}
          {items.map((item) => {
            const s = rows[item.index]!;
            const selected = s.id === selectedId;
            return (
              <tr
                key={s.id}
                aria-rowindex={item.index + 2}
                className={selected ? 'selected' : undefined}
                style={{ height: ROW_HEIGHT }}
                onClick={() => select(s.id)}
                onDoubleClick={() => openEdit(s)}
              >
                <td className="col-circuit">
                  <span className="mono">{s.circuitId}</span>
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
          {padBottom > 0 ? (
            <tr className="spacer" aria-hidden="true" style={{ height: padBottom }}>
              <td colSpan={8} />
            </tr>
          ) : null}
          {rows.length === 0 && !loading ? (
            <tr>
              <td colSpan={8} className="no-match">
                {filtered ? (
                  <>
                    No services match these filters.{' '}
                    <button type="button" className="link-button" onClick={clearFilters}>
                      Clear filters
                    </button>
                  </>
                ) : (
                  'No services.'
                )}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
