// The orders list: circuit, reference, the dates and the status, one row per service request.
import type { KeyboardEvent } from 'react';
import type { Order } from '../../shared/ipc/tickets';
import { formatDate, formatDateTime, formatDuration } from '../ui/datetime';
import { HeaderRow, ListRegion } from '../ui/DataTable';
import { Icon } from '../ui/Icon';
import { moveTarget } from '../ui/listKeys';
import { formatDay, lastOnTimeDay, STATUS_LABELS } from './model';
import { useOrdersUi } from './store';

interface Props {
  rows: Order[];
  zone: string;
  loading: boolean;
}

export function OrderTable({ rows, zone, loading }: Props) {
  const selectedId = useOrdersUi((s) => s.selectedId);
  const select = useOrdersUi((s) => s.select);
  const openEdit = useOrdersUi((s) => s.openEdit);
  const index = rows.findIndex((o) => o.id === selectedId);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || rows.length === 0) return;
    // No PageUp/PageDown here: the list is short and not virtualized.
    const to = moveTarget(e.key, index, rows.length);
    if (to !== null) {
      e.preventDefault();
      select(rows[to]!.id);
    } else if (e.key === 'Enter' && rows[index]) {
      e.preventDefault();
      openEdit(rows[index], zone);
    }
  };

  return (
    <ListRegion
      className="orders-scroll"
      label="Orders list"
      keysId="orders-keys"
      keysHelp="Arrow keys move the selection, Enter edits the selected order."
      busy={loading}
      onKeyDown={onKeyDown}
    >
      <table className="data-table orders-table">
        <colgroup>
          <col className="w-order-circuit" />
          <col />
          <col className="w-date" />
          <col className="w-date-wide" />
          <col className="w-date" />
          <col className="w-date" />
          <col className="w-status" />
          <col className="w-order-actions" />
        </colgroup>
        <thead>
          <HeaderRow columns={['Circuit', 'Reference', 'Ordered', 'Negotiated due', 'Due (SLA)', 'Completed', 'Status']} actions />
        </thead>
        <tbody>
          {rows.map((o) => (
            <OrderRow key={o.id} order={o} zone={zone} selected={o.id === selectedId} onSelect={() => select(o.id)} onEdit={() => openEdit(o, zone)} />
          ))}
        </tbody>
      </table>
    </ListRegion>
  );
}

interface RowProps {
  order: Order;
  zone: string;
  selected: boolean;
  onSelect: () => void;
  onEdit: () => void;
}

function OrderRow({ order: o, zone, selected, onSelect, onEdit }: RowProps) {
  const status = o.due.status;
  const delay = o.due.delayRunning ? null : o.due.delayMs;
  const last = lastOnTimeDay(o.due);
  const name = o.reference || `#${o.id}`;
  return (
    <tr className={selected ? 'selected' : undefined} onClick={onSelect} onDoubleClick={onEdit}>
      <td className="col-circuit">
        <span className="mono">{o.circuitId}</span>
      </td>
      <td title={o.description || undefined}>{o.reference || <span className="muted">—</span>}</td>
      <td title={formatDateTime(o.orderedAt, zone)}>{formatDate(o.orderedAt, zone)}</td>
      <td>{o.dueDate ? formatDay(o.dueDate) : <span className="muted">—</span>}</td>
      <td className="col-due" title={o.due.dueEndsAt ? `On time until ${formatDateTime(o.due.dueEndsAt, zone)}` : undefined}>
        {last ? formatDate(last, zone) : <span className="muted">{o.due.delayRunning ? 'Delay running' : '—'}</span>}
        {delay ? <span className="due-extra">+{formatDuration(delay)} delay</span> : null}
      </td>
      <td title={formatDateTime(o.completedAt, zone) || undefined}>{o.completedAt ? formatDate(o.completedAt, zone) : <span className="muted">—</span>}</td>
      <td>
        <span className={`status status-${status}`}>{STATUS_LABELS[status]}</span>
      </td>
      <td className="col-actions">
        <button type="button" className="link-button" aria-label={`Details of order ${name}`} onClick={onSelect}>
          Details
        </button>
        <button type="button" className="icon-button" aria-label={`Edit order ${name}`} title="Edit" onClick={onEdit}>
          <Icon name="edit" size={16} />
        </button>
      </td>
    </tr>
  );
}
