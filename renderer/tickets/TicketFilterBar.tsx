// Filters of the tickets list: text, status and kind. They go to SQL (tickets:list).
import { TICKET_KINDS, TICKET_KIND_LABELS } from '../../shared/ipc/tickets';
import { FilterBar, FilterSelect, SearchBox } from '../ui/FilterBar';
import { labelled } from '../ui/options';
import { STATUS_FILTERS, filtersActive } from './model';
import { useTicketsUi } from './store';

export function TicketFilterBar() {
  const filters = useTicketsUi((s) => s.filters);
  const setText = useTicketsUi((s) => s.setText);
  const setStatus = useTicketsUi((s) => s.setStatus);
  const setKind = useTicketsUi((s) => s.setKind);
  const clearFilters = useTicketsUi((s) => s.clearFilters);

  return (
    <FilterBar label="Filter tickets" active={filtersActive(filters)} onClear={clearFilters}>
      <SearchBox label="Search tickets" placeholder="Search circuit, ticket number, site, description" value={filters.text} onChange={setText} />
      <FilterSelect label="Filter by status" value={filters.status} options={STATUS_FILTERS} onChange={(v) => v !== null && setStatus(v)} />
      <FilterSelect label="Filter by kind" allLabel="All kinds" value={filters.kind} options={labelled(TICKET_KINDS, TICKET_KIND_LABELS)} onChange={setKind} />
    </FilterBar>
  );
}
