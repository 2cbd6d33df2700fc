// The ticket's "SLA and credit" panel as data: which results show as verdicts, which as "not
// applicable" with the reason, and what the panel's total says. Pure; tested in
// test/unit/renderer/tickets/sla.test.ts.
import type { SlaResultRow } from '../../shared/ipc/sla';
import type { TicketKind } from '../../shared/ipc/tickets';
import { formatAmount, notApplicableReason } from '../ui/slaText';

export interface SlaPanelRows {
  /** The SLAs that apply, in the engine's order. */
  applicable: SlaResultRow[];
  /** Those that do not (a tier with no objective), each with the engine's reason. */
  notApplicable: Array<{ result: SlaResultRow; reason: string }>;
}

export function slaPanelRows(results: readonly SlaResultRow[]): SlaPanelRows {
  const applicable: SlaResultRow[] = [];
  const notApplicable: SlaPanelRows['notApplicable'] = [];
  for (const r of results) {
    if (r.status === 'not-applicable' || !r.applicable) notApplicable.push({ result: r, reason: notApplicableReason(r) });
    else applicable.push(r);
  }
  return { applicable, notApplicable };
}

/** The panel's headline: the money owed, else why there is none yet. */
export function owedHeadline(results: readonly SlaResultRow[], totalCredit: number): { amount: string | null; note: string } {
  if (totalCredit > 0) {
    const missed = results.filter((r) => r.status === 'missed' && r.credit.amount > 0).length;
    return { amount: formatAmount(totalCredit), note: `owed for ${missed} missed SLA${missed === 1 ? '' : 's'}` };
  }
  if (results.some((r) => r.status === 'pending')) return { amount: null, note: 'Nothing owed yet: still measuring' };
  if (results.some((r) => r.status === 'missed')) return { amount: null, note: 'Missed, but no money is owed' };
  if (results.some((r) => r.status === 'met')) return { amount: null, note: 'Every SLA met: nothing owed' };
  return { amount: null, note: 'No SLA is measured on this ticket' };
}

/** CAT 2 and CAT 3 tickets carry the contractor's notices (29.4.8.9 Notification). */
export function takesNotices(kind: TicketKind | string): boolean {
  return kind === 'cat2' || kind === 'cat3';
}
