// One order: how the engine made up its due date, its Provisioning result and credit (sla:order),
// and its delay stop clocks.
import type { Order } from '../../shared/ipc/tickets';
import { useApiQuery } from '../api/useApiQuery';
import { SlaResultsPanel } from '../ui/SlaResultsPanel';
import { monthLabel } from '../ui/slaText';
import { formatWhen } from '../tickets/dates';
import { formatDate, formatDateTime, formatDuration } from '../ui/datetime';
import { formatDay, lastOnTimeDay, STATUS_LABELS } from './model';
import { StopClockForm } from './StopClockForm';
import { StopClockTable } from './StopClockTable';

export function OrderDetail({ order, zone }: { order: Order; zone: string }) {
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
      <ProvisioningResult orderId={order.id} zone={zone} />
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

/** What the order's verdict reads: the order, its stop clocks and its service. */
const ORDER_TABLES = ['orders', 'stop_clocks', 'services'] as const;

/** 29.4.8.10 Provisioning for this order, as the engine returns it: verdict, measure, credit, explain lines. */
function ProvisioningResult({ orderId, zone }: { orderId: number; zone: string }) {
  const q = useApiQuery('sla:order', { id: orderId }, ORDER_TABLES);
  const data = q.data;
  const month = data?.due.month;
  return (
    <SlaResultsPanel
      className="order-sla"
      titleId="order-sla-title"
      title="SLA and credit"
      level={3}
      owedLabel="Owed on this order"
      sub={data ? `${month ? `Counted in ${monthLabel(month)}, the month its due date ends` : 'No month yet: the due date is not known'} · measured ${formatWhen(data.asOf, zone)}` : null}
      data={data}
      error={q.error}
      loading={q.loading}
      onRetry={q.reload}
      emptyText="No Provisioning result yet: the order needs a due date (a negotiated one, or a service type with a committed interval)."
    />
  );
}
