// The tickets an incident links: each opens on the Tickets screen; unlinking asks first.
import type { Incident, Ticket } from '../../shared/ipc/tickets';
import { HeaderRow } from '../ui/DataTable';
import { formatDateTime } from '../ui/datetime';
import { contractorNumber, incidentName, ticketHref, ticketKind, ticketLabel, ticketPhrase } from './model';
import { useIncidentsUi } from './store';

interface Props {
  incident: Incident;
  tickets: Map<number, Ticket>;
  zone: string;
}

export function LinkedTickets({ incident, tickets, zone }: Props) {
  const open = useIncidentsUi((s) => s.open);
  const name = incidentName(incident);
  if (incident.ticketIds.length === 0) {
    return (
      <p className="empty-inline">
        No tickets linked. Link each affected service&rsquo;s ticket from its page on the <a href="#/tickets">Tickets screen</a>.
      </p>
    );
  }
  return (
    <table className="data-table compact linked-tickets" aria-label={`Tickets of ${name}`}>
      <thead>
        <HeaderRow columns={[{ label: 'Contractor ticket', className: 'col-ticket' }, 'Service', 'Kind', 'Opened', 'Status']} actions />
      </thead>
      <tbody>
        {incident.ticketIds.map((id) => {
          const t = tickets.get(id);
          return (
            <tr key={id}>
              <td className="col-ticket">
                <a href={ticketHref(id)} className={t && !t.contractorTicket.trim() ? 'no-number' : undefined}>
                  {contractorNumber(t, id)}
                </a>
              </td>
              <td>{t ? ticketLabel(t) : <span className="muted">…</span>}</td>
              <td>{t ? ticketKind(t) : ''}</td>
              <td>{t ? formatDateTime(t.openedAt, zone) : ''}</td>
              <td>{t ? <span className={`ticket-status ticket-status-${t.status}`}>{t.status}</span> : ''}</td>
              <td className="col-actions">
                <button type="button" className="button small subtle" aria-label={`Unlink ${ticketPhrase(t, id)} from ${name}`} onClick={() => open({ kind: 'unlink', incidentId: incident.id, ticketId: id })}>
                  Unlink…
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
