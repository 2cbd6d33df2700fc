// The tickets list: a real <table> whose body is virtualized over the whole count, with rows
// fetched a page at a time for what is in view (usePagedTickets). Smooth at 100,000 tickets.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Ticket } from '../../shared/ipc/tickets';
import { goTo, hrefForTicket } from '../shell/route';
import { useAgencyZone } from '../ui/agencyTime';
import { ListRegion, NoMatchRow, SortHeader, SpacerRow } from '../ui/DataTable';
import { moveTarget, ROW_HEIGHT, rowsPerPage } from '../ui/listKeys';
import { useVirtualRows } from '../ui/useVirtualRows';
import { formatListTime } from './dates';
import { ariaSort, kindLabel, statusLabel, type TicketSortKey } from './model';
import { useTicketsUi } from './store';
import type { PagedTickets } from './usePagedTickets';
import { useDebounced } from '../ui/useDebounced';

const COLS = 8;

const COLUMNS: { key: TicketSortKey | null; label: string; className: string }[] = [
  { key: 'circuitId', label: 'Circuit', className: 'tc-circuit' },
  { key: 'contractorTicket', label: 'Ticket #', className: 'tc-ticket' },
  { key: 'kind', label: 'Kind', className: 'tc-kind' },
  { key: 'status', label: 'Status', className: 'tc-status' },
  { key: null, label: 'Site', className: 'tc-site' },
  { key: 'contractor', label: 'Contractor', className: 'tc-contractor' },
  { key: 'startAt', label: 'Outage start', className: 'tc-time' },
  { key: 'updatedAt', label: 'Updated', className: 'tc-time' },
];

interface Props {
  paged: PagedTickets;
  /** Changes with the filters or sort: the list goes back to the top. */
  queryKey: string;
  filtered: boolean;
}

export function TicketTable({ paged, queryKey, filtered }: Props) {
  const sort = useTicketsUi((s) => s.sort);
  const sortBy = useTicketsUi((s) => s.sortBy);
  const clearFilters = useTicketsUi((s) => s.clearFilters);
  const zone = useAgencyZone();
  const [selected, setSelected] = useState<{ key: string; index: number }>({ key: queryKey, index: -1 });
  const selectedIndex = selected.key === queryKey ? selected.index : -1;
  const count = paged.total ?? 0;

  const scrollRef = useRef<HTMLDivElement>(null);
  const { virtualizer, items, padTop, padBottom } = useVirtualRows(count, scrollRef, 8);
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;

  // Fetch the pages in view once scrolling settles (a drag across 100,000 rows fetches only
  // where it stops), and again when the query or the data changes (ensure is then new).
  const range = useDebounced(`${first}:${last}`, 60);
  const { ensure } = paged;
  useEffect(() => {
    const [a, b] = range.split(':').map(Number);
    ensure(a!, b!);
  }, [range, ensure]);

  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [queryKey, virtualizer]);

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const ready = paged.ready(first, Math.max(first, last));

  const open = (t: Ticket) => goTo(hrefForTicket(t.id));

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || count === 0) return;
    const to = moveTarget(e.key, selectedIndex, count, rowsPerPage(scrollRef.current));
    if (to !== null) {
      e.preventDefault();
      setSelected({ key: queryKey, index: to });
    } else if (e.key === 'Enter' && selectedIndex >= 0) {
      e.preventDefault();
      const t = paged.row(selectedIndex);
      if (t) open(t);
    }
  };

  return (
    <ListRegion
      scrollRef={scrollRef}
      label="Tickets list"
      keysId="tickets-keys"
      keysHelp="Arrow keys move the selection, Enter opens the selected ticket."
      busy={!ready}
      loaded={ready}
      onKeyDown={onKeyDown}
    >
      <table className="data-table tickets-table" aria-rowcount={count + 1}>
        <colgroup>
          {COLUMNS.map((c, i) => (
            <col key={i} className={`w-${c.className}`} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((col) => {
              if (!col.key) {
                return (
                  <th key={col.label} scope="col" className={col.className}>
                    {col.label}
                  </th>
                );
              }
              const key = col.key;
              return <SortHeader key={col.label} label={col.label} state={ariaSort(sort, key)} className={col.className} onSort={() => sortBy(key)} />;
            })}
          </tr>
        </thead>
        <tbody>
          <SpacerRow height={padTop} colSpan={COLS} />
          {items.map((item) => (
            <TicketRow
              key={paged.row(item.index)?.id ?? `p${item.index}`}
              ticket={paged.row(item.index)}
              index={item.index}
              selected={item.index === selectedIndex}
              zone={zone}
              onSelect={() => setSelected({ key: queryKey, index: item.index })}
              onOpen={open}
            />
          ))}
          <SpacerRow height={padBottom} colSpan={COLS} />
          {count === 0 && paged.total !== null ? (
            <NoMatchRow colSpan={COLS} filtered={filtered} what="tickets" onClear={clearFilters}>
              No open tickets. <a href={hrefForTicket('new')}>Open a ticket</a>
            </NoMatchRow>
          ) : null}
        </tbody>
      </table>
    </ListRegion>
  );
}

interface RowProps {
  ticket: Ticket | undefined;
  index: number;
  selected: boolean;
  zone: string;
  onSelect: () => void;
  onOpen: (t: Ticket) => void;
}

/** One row; a placeholder while its page is on its way. */
function TicketRow({ ticket: t, index, selected, zone, onSelect, onOpen }: RowProps) {
  if (!t) {
    return (
      <tr className="placeholder" aria-rowindex={index + 2} style={{ height: ROW_HEIGHT }}>
        <td colSpan={COLS}>
          <span className="skeleton" aria-hidden="true" />
          <span className="visually-hidden">Loading…</span>
        </td>
      </tr>
    );
  }
  return (
    <tr aria-rowindex={index + 2} aria-selected={selected} className={selected ? 'selected' : undefined} style={{ height: ROW_HEIGHT }} onClick={onSelect} onDoubleClick={() => onOpen(t)}>
      <td className="tc-circuit">
        <a className="mono" href={hrefForTicket(t.id)}>
          {t.circuitId}
        </a>
      </td>
      <td title={t.contractorTicket ? `Contractor ticket ${t.contractorTicket}` : undefined}>{t.contractorTicket || <span className="muted">—</span>}</td>
      <td>
        <span className={`kind-badge kind-${t.kind}`}>{kindLabel(t.kind)}</span>
      </td>
      <td>
        <span className={`status-badge status-${t.status}`}>{statusLabel(t.status)}</span>
      </td>
      <td title={t.site}>{t.site}</td>
      <td title={t.contractorName}>{t.contractorName}</td>
      <td className="tc-time">{formatListTime(t.startAt, zone)}</td>
      <td className="tc-time">{formatListTime(t.updatedAt, zone)}</td>
    </tr>
  );
}
