// The Claims screens as data: what a line is about and where it links, what changed since it
// was submitted, each step of the timeline in words, the lines as CSV, and what the Month screen
// says about a month's claim. Pure; the figures, statuses and steps come from the claims channels
// (shared/claims/lifecycle.ts decides them); tested in test/unit/renderer/claims/model.test.ts.
import Papa from 'papaparse';
import { CLAIM_STATUS_LABELS, CLAIM_STATUSES, type ClaimStatus, type ClaimStep } from '../../shared/claims/lifecycle';
import type { Claim, ClaimEvent, ClaimLine, ClaimOffers } from '../../shared/ipc/claims';
import type { SlaStatus } from '../../shared/ipc/sla';
import { dollarsToCents } from '../../shared/money';
import { subjectOf } from '../month/model';
export { dateLabel } from '../services/model';
export { monthLabel } from '../ui/slaText';
import { formatAmount, measureText, SLA_STATUS_LABELS } from '../ui/slaText';

/** Every table a claim's page reads: its own rows, and the month's data behind "changed since submitted". */
export const CLAIM_TABLES = [
  'claims', 'claim_lines', 'claim_events', 'ladder_contacts', 'contractors', 'agency',
  'tickets', 'ticket_events', 'stop_clocks', 'ticket_notices', 'incidents', 'services', 'orders', 'survivability_events', 'sla_history',
] as const;

export const STATUS_CHOICES = CLAIM_STATUSES.map((s) => ({ value: s, label: CLAIM_STATUS_LABELS[s] }));

/** The button that records each step, the dialog's title, and the notice once it is recorded. */
export const STEP_ACTIONS: Record<ClaimStep, { button: string; title: string; save: string; done: string }> = {
  submitted: { button: 'Submit…', title: 'Submit the claim', save: 'Submit claim', done: 'submitted' },
  acknowledged: { button: 'Acknowledge…', title: 'The contractor acknowledged the claim', save: 'Record acknowledgement', done: 'acknowledgement recorded' },
  credited: { button: 'Record credit…', title: 'Record a credit', save: 'Record credit', done: 'credit recorded' },
  denied: { button: 'Deny…', title: 'The contractor denied the claim', save: 'Record denial', done: 'denial recorded' },
  disputed: { button: 'Dispute…', title: 'Dispute the contractor’s answer', save: 'Record dispute', done: 'dispute recorded' },
};

// ---------------------------------------------------------------------------------------------
// Lines.

export interface LineSubject {
  /** The contractor's ticket number, the order's reference, the circuit or the site. */
  reference: string;
  /** The ticket, order or service page it opens, or null. */
  href: string | null;
  circuit: string;
}

export function lineSubject(line: Pick<ClaimLine, 'reference' | 'result'>): LineSubject {
  const s = subjectOf(line.result);
  const reference = line.reference || s.label;
  // A service's own result names its circuit as the reference: no need to print it twice.
  return { reference, href: s.href, circuit: s.circuit && s.circuit !== reference ? s.circuit : '' };
}

export interface Figures {
  status: string;
  measure: string | null;
  amount: string;
}

export interface LineChange {
  was: Figures;
  now: Figures;
}

const statusText = (s: string) => (s === 'gone' ? 'No longer in the month' : (SLA_STATUS_LABELS[s as SlaStatus] ?? s));

/** The line as claimed beside the figures today, when they differ (the channel says when: `line.now`). */
export function lineChange(line: Pick<ClaimLine, 'result' | 'now'>): LineChange | null {
  if (line.now === null) return null;
  const r = line.result;
  return {
    was: { status: statusText(r.status), measure: measureText(r).measure, amount: formatAmount(r.credit.amount) },
    now: { status: statusText(line.now.status), measure: measureText({ measure: line.now.measure, objective: r.objective, orderId: r.orderId }).measure, amount: formatAmount(line.now.amount) },
  };
}

// ---------------------------------------------------------------------------------------------
// The timeline.

/** One step of the claim's life in words: "Submitted by E-mail to AT&T billing". */
export function eventText(e: ClaimEvent): { title: string; detail: string } {
  const by = e.who ? `Recorded by ${e.who}` : '';
  const join = (...parts: string[]) => parts.filter((p) => p !== '').join(' · ');
  switch (e.kind) {
    case 'created':
      return { title: 'Draft made', detail: '' };
    case 'submitted':
      return { title: `Submitted${e.method ? ` by ${e.method}` : ''}${e.to ? ` to ${e.to}` : ''}`, detail: by };
    case 'acknowledged':
      return { title: 'Acknowledged by the contractor', detail: join(e.reference ? `Their reference ${e.reference}` : '', by) };
    case 'credited':
      return { title: `Credited ${e.amount === null ? '' : formatAmount(e.amount)}`.trim(), detail: join(e.invoice ? `Invoice ${e.invoice}` : '', by) };
    case 'denied':
      return { title: 'Denied by the contractor', detail: join(e.reason ? `“${e.reason}”` : '', by) };
    case 'disputed':
      return { title: 'Disputed', detail: join(e.reason ? `“${e.reason}”` : '', by) };
    case 'escalated':
      return {
        title: `Called level ${e.level ?? '?'}${e.to ? `: ${e.to}` : ''}${e.method ? ` (${e.method})` : ''}`,
        detail: join(e.answer ? `Answer: “${e.answer}”` : '', by),
      };
    default:
      return { title: e.kind, detail: by };
  }
}

// ---------------------------------------------------------------------------------------------
// Figures of the list.

export function ageText(c: Pick<Claim, 'ageDays'>): string {
  if (c.ageDays === null) return 'Not sent';
  return `${c.ageDays} day${c.ageDays === 1 ? '' : 's'}`;
}

export function isDraft(status: ClaimStatus): boolean {
  return status === 'draft';
}

export interface ClaimFilters {
  contractorId: number | null;
  status: ClaimStatus | null;
}

/** The claims of one contractor and / or one status (the list holds every claim; the ageing stays whole). */
export function filterClaims(claims: readonly Claim[], f: ClaimFilters): Claim[] {
  return claims.filter((c) => (f.contractorId === null || c.contractorId === f.contractorId) && (f.status === null || c.status === f.status));
}

// ---------------------------------------------------------------------------------------------
// CSV of the lines.

export const CSV_COLUMNS = ['key', 'SLA', 'clause', 'reference', 'circuit', 'measure', 'objective', 'amount', 'excluded', 'reason', 'note'] as const;

/** Dollars for a spreadsheet: "1555.00" (no $ and no thousands separator, so it sums). */
function plainAmount(dollars: number): string {
  const c = dollarsToCents(dollars);
  return `${c < 0 ? '-' : ''}${Math.floor(Math.abs(c) / 100)}.${String(Math.abs(c) % 100).padStart(2, '0')}`;
}

/** The claim's lines as claimed, one row each, RFC 4180 quoting (papaparse). */
export function claimLinesCsv(lines: readonly ClaimLine[]): string {
  const data = lines.map((l) => {
    const m = measureText(l.result);
    return [
      l.key,
      l.result.title,
      l.result.clause,
      l.reference,
      l.result.circuitId ?? '',
      m.measure ?? '',
      m.objective ?? '',
      plainAmount(l.result.credit.amount),
      l.excluded ? 'yes' : 'no',
      l.excludedReason,
      l.note,
    ];
  });
  return Papa.unparse({ fields: [...CSV_COLUMNS], data }, { newline: '\r\n' });
}

export function csvFileName(c: Pick<Claim, 'id' | 'contractorName' | 'month'>): string {
  return `claim-${c.id}-${c.contractorName.replace(/[^A-Za-z0-9]+/g, '')}-${c.month}-lines.csv`;
}

// ---------------------------------------------------------------------------------------------
// The Month screen: the month's claim, and results not yet claimed.

export interface MonthClaimState {
  /** The month's claims for the contractor, the first one first. */
  claims: Claim[];
  /** Results with money not on any of them. */
  unclaimed: { count: number; amount: number };
  /** "Make a claim" (no claim yet) or "make a supplementary claim" (a claim, and results not on it), or nothing. */
  offer: 'claim' | 'supplementary' | null;
}

export function monthClaimState(offers: ClaimOffers, claims: readonly Claim[]): MonthClaimState {
  const ofMonth = claims.filter((c) => c.contractorId === offers.contractorId && c.month === offers.month).sort((a, b) => a.id - b.id);
  const offer = offers.count === 0 ? null : ofMonth.length === 0 && !offers.claimed ? 'claim' : 'supplementary';
  return { claims: ofMonth, unclaimed: { count: offers.count, amount: offers.amount }, offer };
}

/** "2 results ($1,855.00)". */
export function resultsText(u: { count: number; amount: number }): string {
  return `${u.count} result${u.count === 1 ? '' : 's'} (${formatAmount(u.amount)})`;
}

/** "2 results ($1,855.00) not yet claimed". */
export function unclaimedText(u: { count: number; amount: number }): string {
  return `${resultsText(u)} not yet claimed`;
}
