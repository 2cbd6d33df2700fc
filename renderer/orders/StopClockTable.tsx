// An order's stop clocks: condition, start, end, length, note; end a running one, void a voidable
// one, retract one entered in error (it stays, struck through, with why; record the right one anew).
import type { Order } from '../../shared/ipc/tickets';
import { useApiQuery } from '../api/useApiQuery';
import { HeaderRow } from '../ui/DataTable';
import { formatDateTime, formatDuration } from '../ui/datetime';
import { useOrdersUi } from './store';

export function StopClockTable({ order, zone }: { order: Order; zone: string }) {
  const conditions = useApiQuery('stopClocks:conditions', {}, []);
  const openEnd = useOrdersUi((s) => s.openEnd);
  const openVoid = useOrdersUi((s) => s.openVoid);
  const openRetract = useOrdersUi((s) => s.openRetract);
  const voidable = (code: string) => conditions.data?.conditions.find((c) => c.code === code)?.voidable ?? false;

  if (order.stopClocks.length === 0) {
    return <p className="empty-inline">No delay recorded. If the agency held the install up, record it below: the due date moves by its length.</p>;
  }
  return (
    <table className="data-table compact stop-clock-table" aria-label="Stop clocks">
      <thead>
        <HeaderRow columns={['Condition', 'Start', 'End', 'Length', 'Note']} actions />
      </thead>
      <tbody>
        {order.stopClocks.map((s) => (
          <tr key={s.id} className={s.voidedAt || s.retractedAt ? 'voided' : undefined}>
            <td>
              {s.title}
              {s.voidedAt ? <span className="cell-note">Voided {formatDateTime(s.voidedAt, zone)}: {s.voidedReason}</span> : null}
              {s.retractedAt ? <span className="cell-note">Retracted {formatDateTime(s.retractedAt, zone)}: {s.retractedReason}</span> : null}
            </td>
            <td>{formatDateTime(s.startAt, zone)}</td>
            <td>{s.endAt ? formatDateTime(s.endAt, zone) : <span className="status status-pending">Running</span>}</td>
            <td>{s.endAt ? formatDuration(Date.parse(s.endAt) - Date.parse(s.startAt)) : '—'}</td>
            <td className="wrap">{s.note}</td>
            <td className="col-actions">
              {!s.endAt && !s.voidedAt && !s.retractedAt ? (
                <button type="button" className="button small" onClick={() => openEnd(s.id, s.title)}>
                  End…
                </button>
              ) : null}
              {voidable(s.code) && !s.voidedAt && !s.retractedAt ? (
                <button type="button" className="button small subtle" onClick={() => openVoid(s.id, s.title)}>
                  Void…
                </button>
              ) : null}
              {!s.retractedAt ? (
                <button type="button" className="button small subtle" onClick={() => openRetract(s.id, s.title)} aria-label={`Retract ${s.title}`}>
                  Retract…
                </button>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
