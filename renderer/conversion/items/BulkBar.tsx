// What can be done to the ticked items at once: each opens its form, and every item answers on its
// own (done, or the rule that blocked it).
import { useConversionUi, type BulkKind } from '../store';

const ACTIONS: { kind: BulkKind; label: string }[] = [
  { kind: 'authorize', label: 'Authorize…' },
  { kind: 'order', label: 'Order…' },
  { kind: 'form20', label: 'Record Form 20…' },
  { kind: 'target', label: 'Set target…' },
  { kind: 'schedule', label: 'Schedule…' },
  { kind: 'notice', label: 'Disconnect notice…' },
  { kind: 'disconnect', label: 'Disconnect…' },
];

export function BulkBar({ count }: { count: number }) {
  const open = useConversionUi((s) => s.open);
  const clearSelection = useConversionUi((s) => s.clearSelection);
  return (
    <div className="bulk-bar" role="toolbar" aria-label={`Bulk actions on ${count} ticked item${count === 1 ? '' : 's'}`}>
      <strong>{count} ticked:</strong>
      {ACTIONS.map((a) => (
        <button key={a.kind} type="button" className={a.kind === 'disconnect' ? 'button danger-outline' : 'button'} onClick={() => open({ kind: 'bulk', action: a.kind })}>
          {a.label}
        </button>
      ))}
      <button type="button" className="button subtle" onClick={clearSelection}>
        Untick all
      </button>
    </div>
  );
}
