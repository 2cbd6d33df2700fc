// Filters of the tickets list: text, status and kind. They go to SQL (tickets:list).
import { TICKET_KINDS, TICKET_KIND_LABELS, type TicketKind } from '../../shared/ipc/tickets';
import { Icon } from '../ui/Icon';
import { STATUS_FILTERS, filtersActive, type StatusFilter } from './model';
import { useTicketsUi } from './store';

export function TicketFilterBar() {
  const filters = useTicketsUi((s) => s.filters);
  const setText = useTicketsUi((s) => s.setText);
  const setStatus = useTicketsUi((s) => s.setStatus);
  const setKind = useTicketsUi((s) => s.setKind);
  const clearFilters = useTicketsUi((s) => s.clearFilters);

  return (
    <div className="filter-bar" role="search" aria-label="Filter tickets">
      <label className="search-box">
        <Icon name="search" />
        <span className="visually-hidden">Search tickets</span>
        <input
          type="search"
          placeholder="Search circuit, ticket number, site, description"
          value={filters.text}
          maxLength={200}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <label className="filter">
        <span className="visually-hidden">Filter by status</span>
        <select value={filters.status} onChange={(e) => setStatus(e.target.value as StatusFilter)}>
          {STATUS_FILTERS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span className="visually-hidden">Filter by kind</span>
        <select value={filters.kind ?? ''} onChange={(e) => setKind(e.target.value === '' ? null : (e.target.value as TicketKind))}>
          <option value="">All kinds</option>
          {TICKET_KINDS.map((k) => (
            <option key={k} value={k}>
              {TICKET_KIND_LABELS[k]}
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
