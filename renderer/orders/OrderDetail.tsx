// One order: how its due date is made up, its status, and its delay stop clocks.
import type { Order } from '../../shared/ipc/tickets';
import { formatDate, formatDateTime, formatDuration } from '../ui/datetime';
import { formatDay, lastOnTimeDay, STATUS_LABELS } from './model';
import { StopClockForm } from './StopClockForm';
import { StopClockTable } from './StopClockTable';

export function OrderDetail({ order, zone }: { order: Order; zone: string; nowMs: number }) {
  const status = order.due.status;
  const name = order.reference || `#${order.id}`;
  return (
    <section className="panel order-detail" aria-labelledby="order-detail-title">
      <div className="card-head">
        <h2 id="order-detail-title">
          Order {name} <span className="mono muted">{order.circuitId}</span>
        </h2>
        <span className={`status status-${status}`}>{STATUS_LABELS[status]}</span>
      </div>
      {order.description ? <p className="panel-intro">{order.description}</p> : null}
      <DueBreakdown order={order} zone={zone} />
      <h3 className="sub-title">Customer Provisioning Delay</h3>
      <p className="muted small">
        Delays the agency caused (building entrance, conduit, extended demarcation wiring) extend the due date by their length. Only this
        condition stops an order&rsquo;s clock.
      </p>
      <StopClockTable order={order} zone={zone} />
      <StopClockForm orderId={order.id} zone={zone} />
    </section>
  );
}

/** How the engine made up the due date (order.due): the screen shows it, it does not work it out. */
function DueBreakdown({ order, zone }: { order: Order; zone: string }) {
  const due = order.due;
  const last = lastOnTimeDay(due);
  return (
    <dl className="due-breakdown" aria-label="Due date">
      <dt>Ordered</dt>
      <dd>{formatDateTime(order.orderedAt, zone)}</dd>
      <dt>{due.negotiated ? 'Negotiated due date' : 'Committed interval'}</dt>
      <dd>
        {due.dueDate === null
          ? 'None for this service type: enter a negotiated due date'
          : due.negotiated
            ? formatDay(due.dueDate)
            : `${formatDay(due.dueDate)} (order date + ${due.intervalDays} days)`}
      </dd>
      <dt>Delay stop clocks</dt>
      <dd>{due.delayRunning ? 'Running: the due date moves until the delay ends' : due.delayMs > 0 ? `+ ${formatDuration(due.delayMs)}` : 'None'}</dd>
      <dt>Due date (SLA)</dt>
      <dd className="due-final">{last ? `${formatDate(last, zone)}, by the end of the day` : due.delayRunning ? 'Open while the delay runs' : 'Not known'}</dd>
      <dt>Completed</dt>
      <dd>{order.completedAt ? formatDateTime(order.completedAt, zone) : 'Not yet'}</dd>
    </dl>
  );
}
