// The tickets list: a real <table> whose body is virtualized over the whole count, with rows
// fetched a page at a time for what is in view (usePagedTickets). Smooth at 100,000 tickets.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Ticket } from '../../shared/ipc/tickets';
import { goTo, hrefForTicket } from '../shell/route';
import { useAgencyZone } from '../ui/agencyTime';
import { formatListTime } from './dates';
import { ariaSort, kindLabel, statusLabel, type TicketSortKey } from './model';
import { useTicketsUi } from './store';
import type { PagedTickets } from './usePagedTickets';
import { useDebounced } from '../ui/useDebounced';

const ROW_HEIGHT = 44;
const HEAD_HEIGHT = 40;
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
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design; this component is not memoized.
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin: HEAD_HEIGHT,
    scrollPaddingStart: HEAD_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  const padTop = items[0] ? items[0].start - HEAD_HEIGHT : 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - (items[items.length - 1]!.end - HEAD_HEIGHT) : 0;

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
    const move = (to: number) => {
      e.preventDefault();
      setSelected({ key: queryKey, index: Math.max(0, Math.min(count - 1, to)) });
    };
    const page = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 400) - HEAD_HEIGHT) / ROW_HEIGHT) - 1);
    switch (e.key) {
      case 'ArrowDown': return move(selectedIndex + 1);
      case 'ArrowUp': return move(selectedIndex < 0 ? 0 : selectedIndex - 1);
      case 'PageDown': return move(selectedIndex + page);
      case 'PageUp': return move(selectedIndex - page);
      case 'Home': return move(0);
      case 'End': return move(count - 1);
      case 'Enter':
        if (selectedIndex >= 0) {
          e.preventDefault();
          const t = paged.row(selectedIndex);
          if (t) open(t);
        }
        return;
    }
  };

  return (
    <div
      ref={scrollRef}
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label="Tickets list"
      aria-describedby="tickets-keys"
      aria-busy={!ready}
      data-loaded={ready ? 'true' : 'false'}
      onKeyDown={onKeyDown}
    >
      <p id="tickets-keys" className="visually-hidden">
        Arrow keys move the selection, Enter opens the selected ticket.
      </p>
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
              const state = ariaSort(sort, col.key);
              const key = col.key;
              return (
                <th key={col.label} scope="col" aria-sort={state} className={col.className}>
                  <button type="button" className="sort-button" onClick={() => sortBy(key)}>
                    {col.label}
                    <span className={`sort-mark sort-${state}`} aria-hidden="true" />
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {padTop > 0 ? (
            <tr className="spacer" aria-hidden="true" style={{ height: padTop }}>
              <td colSpan={COLS} />
            </tr>
          ) : null}
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
          {padBottom > 0 ? (
            <tr className="spacer" aria-hidden="true" style={{ height: padBottom }}>
              <td colSpan={COLS} />
            </tr>
          ) : null}
          {count === 0 && paged.total !== null ? (
            <tr>
              <td colSpan={COLS} className="no-match">
                {filtered ? (
                  <>
                    No tickets match these filters.{' '}
                    <button type="button" className="link-button" onClick={clearFilters}>
                      Clear filters
                    </button>
                  </>
                ) : (
                  <>
                    No open tickets. <a href={hrefForTicket('new')}>Open a ticket</a>
                  </>
                )}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
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
