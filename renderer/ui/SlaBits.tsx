// Small pieces every screen showing the engine's results shares: the verdict pill, the credit
// cell (money right-aligned, tabular figures) and the explain lines behind a disclosure.
import { useId, useState } from 'react';
import type { SlaResultRow, SlaStatus } from '../../shared/ipc/sla';
import { creditText, SLA_STATUS_LABELS } from './slaText';

/** Met / Missed / Pending / Not applicable (what a miss owes is in the credit beside it). */
export function SlaStatusPill({ status }: { status: SlaStatus }) {
  return (
    <span className={`sla-status sla-${status}`} data-status={status}>
      {SLA_STATUS_LABELS[status]}
    </span>
  );
}

/**
 * The amount owed over its terms ("$1,555.00" / "100% of TMRC + 10 ADUC days"); `compact` (a
 * table row) shows the amount alone and the terms as its tooltip.
 */
export function CreditCell({ result, compact = false }: { result: Pick<SlaResultRow, 'credit' | 'remedy' | 'status'>; compact?: boolean }) {
  const c = creditText(result);
  if (compact) {
    return c.amount ? (
      <span className="money sla-amount" title={c.terms}>
        {c.amount}
      </span>
    ) : (
      <span className={c.terms === '—' ? 'muted' : c.flag ? 'sla-credit-terms is-alone is-flag' : 'sla-credit-terms is-alone'}>{c.terms}</span>
    );
  }
  return (
    <span className="sla-credit">
      {c.amount ? <span className="money">{c.amount}</span> : null}
      <span className={c.amount ? 'sla-credit-terms' : c.flag ? 'sla-credit-terms is-alone is-flag' : 'sla-credit-terms is-alone'}>{c.terms}</span>
    </span>
  );
}

interface ExplainProps {
  lines: readonly string[];
  /** What the lines explain, for the button's accessible name ("Time to Repair"). */
  what: string;
  /** Start open (a result opened on purpose, as in the Month screen's detail). */
  initiallyOpen?: boolean;
}

/**
 * The engine's arithmetic, one line each, first line citing the clause. Collapsed by default
 * behind a real button (Enter / Space toggle it, aria-expanded tells its state).
 */
export function ExplainLines({ lines, what, initiallyOpen = false }: ExplainProps) {
  const [open, setOpen] = useState(initiallyOpen);
  const id = useId();
  if (lines.length === 0) return null;
  return (
    <div className="explain">
      <button
        type="button"
        className="disclosure"
        aria-expanded={open}
        aria-controls={id}
        // The name starts with the words on the button, so speech input users can say them (WCAG 2.5.3).
        aria-label={`How this was worked out, ${lines.length} line${lines.length === 1 ? '' : 's'}, for ${what}`}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="disclosure-mark" aria-hidden="true" />
        How this was worked out{' '}
        <span className="disclosure-count" aria-hidden="true">
          {lines.length} line{lines.length === 1 ? '' : 's'}
        </span>
      </button>
      <ol id={id} className="explain-lines" aria-label={`How ${what} was worked out`} hidden={!open}>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    </div>
  );
}
