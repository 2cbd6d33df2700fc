// The Tickets screen: the list (#/tickets), the "Open ticket" form (#/tickets/new) and one
// ticket's detail (#/tickets/123).
import { useMemo } from 'react';
import { goTo, hrefForTicket, ticketRouteFromHash, useHash } from '../shell/route';
import { Icon } from '../ui/Icon';
import { LoadError } from '../ui/ScreenStates';
import { useDebounced } from '../ui/useDebounced';
import { TicketDetailScreen } from './detail/TicketDetailScreen';
import { TicketFormDialog } from './form/TicketFormDialog';
import { buildListQuery, countLabel, filtersActive } from './model';
import { useTicketsUi } from './store';
import { TicketFilterBar } from './TicketFilterBar';
import { TicketTable } from './TicketTable';
import { usePagedTickets } from './usePagedTickets';
import './tickets.css';

export function TicketsScreen() {
  const route = ticketRouteFromHash(useHash());
  if (route.kind === 'detail') return <TicketDetailScreen key={route.id} id={route.id} />;
  return <TicketListScreen creating={route.kind === 'new'} />;
}

function TicketListScreen({ creating }: { creating: boolean }) {
  const filters = useTicketsUi((s) => s.filters);
  const sort = useTicketsUi((s) => s.sort);
  const text = useDebounced(filters.text, 200);
  const query = useMemo(() => buildListQuery({ ...filters, text }, sort), [filters, text, sort]);
  const paged = usePagedTickets(query);
  const active = filtersActive(filters);

  return (
    <div className="screen tickets">
      <div className="screen-head">
        <div>
          <h1>Tickets</h1>
          <p className="screen-sub" aria-live="polite">
            {paged.total === null ? 'Loading…' : active ? `${countLabel(paged.total, 'ticket matches', 'tickets match')} the filters` : `${countLabel(paged.total, 'ticket', 'tickets')} not closed`}
          </p>
        </div>
        <div className="button-row">
          <a className="button primary" href={hrefForTicket('new')}>
            <Icon name="plus" /> Open ticket
          </a>
        </div>
      </div>
      <TicketFilterBar />
      {paged.error && paged.total === null ? (
        <LoadError message={`The tickets could not be loaded: ${paged.error.message}`} onRetry={paged.retry} />
      ) : (
        <>
          <TicketTable paged={paged} queryKey={JSON.stringify(query)} filtered={active} />
          {paged.error ? (
            <p className="form-error" role="alert">
              Some tickets could not be loaded: {paged.error.message}{' '}
              <button type="button" className="link-button" onClick={paged.retry}>
                Try again
              </button>
            </p>
          ) : null}
        </>
      )}
      {creating ? (
        <TicketFormDialog
          mode="create"
          onClose={() => goTo('#/tickets')}
          onSaved={(d) => goTo(hrefForTicket(d.ticket.id))}
        />
      ) : null}
    </div>
  );
}
