// One order: how its due date is made up, its status, and its delay stop clocks.
import type { Order } from '../../shared/ipc/tickets';
import { formatDateTime, formatDuration } from '../ui/datetime';
import { delayMs, orderStatus, runningDelay, STATUS_LABELS, wholeDays } from './model';
import { StopClockForm } from './StopClockForm';
import { StopClockTable } from './StopClockTable';

export function OrderDetail({ order, zone, nowMs }: { order: Order; zone: string; nowMs: number }) {
  const status = orderStatus(order, nowMs);
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

function DueBreakdown({ order, zone }: { order: Order; zone: string }) {
  const delay = delayMs(order);
  const base = order.effectiveDueAt && delay !== null ? new Date(Date.parse(order.effectiveDueAt) - delay).toISOString() : null;
  return (
    <dl className="due-breakdown" aria-label="Due date">
      <dt>Ordered</dt>
      <dd>{formatDateTime(order.orderedAt, zone)}</dd>
      <dt>{order.dueAt ? 'Negotiated due date' : 'Committed interval'}</dt>
      <dd>
        {order.dueAt
          ? formatDateTime(order.dueAt, zone)
          : base
            ? `${formatDateTime(base, zone)} (order date + ${wholeDays(order.orderedAt, base)} days)`
            : 'None for this service type: enter a negotiated due date'}
      </dd>
      <dt>Delay stop clocks</dt>
      <dd>{delay === null ? 'Running: the due date moves until the delay ends' : delay > 0 ? `+ ${formatDuration(delay)}` : 'None'}</dd>
      <dt>Due date (SLA)</dt>
      <dd className="due-final">
        {order.effectiveDueAt ? formatDateTime(order.effectiveDueAt, zone) : runningDelay(order) ? 'Open while the delay runs' : 'Not known'}
      </dd>
      <dt>Completed</dt>
      <dd>{order.completedAt ? formatDateTime(order.completedAt, zone) : 'Not yet'}</dd>
    </dl>
  );
}
