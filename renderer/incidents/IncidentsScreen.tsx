// Incidents: one common-cause outage (CAT 1/2/3) linking the tickets of every affected service,
// with the app's CAT 1 suggestion from the linked tickets (29.4.8.2).
import type { Ticket } from '../../shared/ipc/tickets';
import { useApiQuery } from '../api/useApiQuery';
import { Icon } from '../ui/Icon';
import { EmptyState, LoadError } from '../ui/ScreenStates';
import { useAgencyZone } from '../ui/agencyTime';
import { CreateIncidentDialog } from './CreateIncidentDialog';
import { EditIncidentDialog } from './EditIncidentDialog';
import { IncidentCard } from './IncidentCard';
import { useIncidentsUi } from './store';
import { UnlinkDialog } from './UnlinkDialog';

const ALL_TICKETS = { status: 'all', limit: 1000, sort: { key: 'startAt', dir: 'desc' } } as const;

export function IncidentsScreen() {
  const zone = useAgencyZone();
  const incidents = useApiQuery('incidents:list', {}, ['incidents', 'tickets']);
  const tickets = useApiQuery('tickets:list', ALL_TICKETS, ['tickets', 'services', 'incidents']);
  const dialog = useIncidentsUi((s) => s.dialog);
  const open = useIncidentsUi((s) => s.open);

  const list = incidents.data ?? [];
  const ticketRows: Ticket[] = tickets.data?.rows ?? [];
  const byId = new Map(ticketRows.map((t) => [t.id, t]));
  const active = ticketRows.filter((t) => t.status !== 'closed');
  const loaded = incidents.data !== undefined && tickets.data !== undefined;
  const error = incidents.error ?? tickets.error;

  return (
    <div className="screen incidents" data-loaded={loaded ? 'true' : 'false'}>
      <div className="screen-head">
        <div>
          <h1>Incidents</h1>
          <p className="screen-sub" aria-live="polite">
            {!loaded ? 'Loading…' : `${list.length} incident${list.length === 1 ? '' : 's'}: one common cause, one ticket per affected service`}
          </p>
        </div>
        {list.length > 0 ? (
          <button type="button" className="button primary" onClick={() => open({ kind: 'create' })}>
            <Icon name="plus" /> New incident
          </button>
        ) : null}
      </div>

      {error && !loaded ? (
        <LoadError
          message={`The incidents could not be loaded: ${error.message}`}
          onRetry={() => {
            incidents.reload();
            tickets.reload();
          }}
        />
      ) : loaded && list.length === 0 ? (
        <EmptyIncidents canCreate={active.length > 0} onCreate={() => open({ kind: 'create' })} />
      ) : (
        <div className="incident-list" aria-busy={incidents.loading}>
          {list.map((i) => (
            <IncidentCard key={i.id} incident={i} tickets={byId} zone={zone} />
          ))}
        </div>
      )}

      {dialog.kind === 'create' ? <CreateIncidentDialog tickets={active} incidents={list} zone={zone} /> : null}
      {dialog.kind === 'edit' ? <EditIncidentDialog incident={list.find((i) => i.id === dialog.incidentId)} /> : null}
      {dialog.kind === 'unlink' ? <UnlinkDialog incident={list.find((i) => i.id === dialog.incidentId)} ticket={byId.get(dialog.ticketId)} ticketId={dialog.ticketId} /> : null}
    </div>
  );
}

function EmptyIncidents({ canCreate, onCreate }: { canCreate: boolean; onCreate: () => void }) {
  return (
    <EmptyState titleId="incidents-empty-title" icon="incident" title="No incidents yet">
      <p>
        When one cause takes down several services, group their tickets into an incident. If they are at one address and cover two or
        more service types (or 50+ seats), the app suggests CAT 1.
      </p>
      <div className="button-row center">
        {canCreate ? (
          <button type="button" className="button primary" onClick={onCreate}>
            <Icon name="plus" /> New incident
          </button>
        ) : (
          <a className="button primary" href="#/tickets">
            <Icon name="ticket" /> Open tickets first
          </a>
        )}
      </div>
    </EmptyState>
  );
}
