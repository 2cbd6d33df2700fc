// The service's tickets, newest outage first, each a link to its page. Closed ones too: the
// service's history is its evidence, retired or not.
import type { Ticket } from '../../../shared/ipc/tickets';
import { useApiQuery } from '../../api/useApiQuery';
import { hrefForTicket } from '../../shell/route';
import { formatListTime } from '../../tickets/dates';
import { kindLabel, statusLabel } from '../../tickets/model';

const LIMIT = 200;

/** `replaced`: the service replaced others in a conversion; their tickets are its history before it, listed with their circuit. */
export function ServiceTickets({ serviceId, zone, replaced = false }: { serviceId: number; zone: string; replaced?: boolean }) {
  const list = useApiQuery(
    'tickets:list',
    { serviceId, ...(replaced ? { includePredecessors: true } : {}), status: 'all', sort: { key: 'startAt', dir: 'desc' }, limit: LIMIT, offset: 0 },
    ['tickets', 'ticket_events', 'services'],
  );
  const rows: Ticket[] = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;

  return (
    <section className="panel service-tickets" aria-labelledby="service-tickets-title" data-loaded={list.data ? 'true' : 'false'}>
      <div className="panel-head">
        <h2 id="service-tickets-title">
          Tickets <span className="count-pill">{list.data ? total.toLocaleString('en-US') : '…'}</span>
        </h2>
      </div>
      {list.error && !list.data ? (
        <p className="form-error" role="alert">
          The tickets could not be loaded: {list.error.message}
        </p>
      ) : list.data && rows.length === 0 ? (
        <p className="muted">No ticket on this service.</p>
      ) : (
        <table className="data-table compact linked-table" aria-labelledby="service-tickets-title">
          <thead>
            <tr>
              <th scope="col">Ticket</th>
              {replaced ? <th scope="col">Circuit</th> : null}
              <th scope="col">Kind</th>
              <th scope="col">Status</th>
              <th scope="col">Outage start</th>
              <th scope="col">Restored</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((t) => (
              <tr key={t.id}>
                <td>
                  <a href={hrefForTicket(t.id)} className="row-link">
                    {t.contractorTicket ? `#${t.contractorTicket}` : `Ticket ${t.id}`}
                  </a>
                  {t.description ? <span className="cell-note" title={t.description}>{t.description}</span> : null}
                </td>
                {replaced ? (
                  <td className="mono">
                    {t.circuitId}
                    {t.serviceId !== serviceId ? <span className="cell-note">before the conversion</span> : null}
                  </td>
                ) : null}
                <td>
                  <span className={`kind-badge kind-${t.kind}`}>{kindLabel(t.kind)}</span>
                </td>
                <td>
                  <span className={`ticket-status ticket-status-${t.status}`}>{statusLabel(t.status)}</span>
                </td>
                <td className="col-time">{formatListTime(t.startAt, zone)}</td>
                <td className="col-time">{t.restoredAt ? formatListTime(t.actualRestoredAt ?? t.restoredAt, zone) : <span className="muted">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {total > rows.length && rows.length > 0 ? (
        <p className="table-note">
          The newest {rows.length.toLocaleString('en-US')} of {total.toLocaleString('en-US')} tickets.
        </p>
      ) : null}
    </section>
  );
}
