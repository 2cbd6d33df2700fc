// The service's orders (service requests) with the engine's due date and status (29.4.8.10),
// each a link that opens the Orders screen with it selected (its UI store, renderer/orders/store.ts).
import type { Order } from '../../../shared/ipc/tickets';
import { useApiQuery } from '../../api/useApiQuery';
import { STATUS_LABELS } from '../../orders/model';
import { useOrdersUi } from '../../orders/store';
import { formatDate } from '../../ui/datetime';
import { dateLabel } from '../model';

export function ServiceOrders({ serviceId, zone }: { serviceId: number; zone: string }) {
  const list = useApiQuery('orders:list', { serviceId }, ['orders', 'stop_clocks', 'services']);
  const select = useOrdersUi((s) => s.select);
  const rows: Order[] = [...(list.data ?? [])].sort((a, b) => Date.parse(b.orderedAt) - Date.parse(a.orderedAt));

  return (
    <section className="panel service-orders" aria-labelledby="service-orders-title" data-loaded={list.data ? 'true' : 'false'}>
      <div className="panel-head">
        <h2 id="service-orders-title">
          Orders <span className="count-pill">{list.data ? rows.length.toLocaleString('en-US') : '…'}</span>
        </h2>
      </div>
      {list.error && !list.data ? (
        <p className="form-error" role="alert">
          The orders could not be loaded: {list.error.message}
        </p>
      ) : list.data && rows.length === 0 ? (
        <p className="muted">No order on this service.</p>
      ) : (
        <table className="data-table compact linked-table" aria-labelledby="service-orders-title">
          <thead>
            <tr>
              <th scope="col">Order</th>
              <th scope="col">Ordered</th>
              <th scope="col">Due</th>
              <th scope="col">Completed</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((o) => (
              <tr key={o.id}>
                <td>
                  <a href={`#/orders?order=${o.id}`} className="row-link" onClick={() => select(o.id)}>
                    {o.reference || `Order ${o.id}`}
                  </a>
                  {o.description ? <span className="cell-note" title={o.description}>{o.description}</span> : null}
                </td>
                <td className="col-time">{formatDate(o.orderedAt, zone)}</td>
                <td className="col-time">{o.due.dueDate ? dateLabel(o.due.dueDate) : <span className="muted">—</span>}</td>
                <td className="col-time">{o.completedAt ? formatDate(o.completedAt, zone) : <span className="muted">Not yet</span>}</td>
                <td>
                  <span className={`status status-${o.due.status}`}>{STATUS_LABELS[o.due.status]}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
