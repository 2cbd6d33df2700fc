// How an engine result (shared/ipc/sla.ts) reads on screen: its measure against the objective,
// its verdict, the credit owed and the subject it is about. Pure; the screens show what the
// engine returned and recompute no rule (ARCHITECTURE.md "The evaluation path").
import { isServiceLevelCatalog, loadServiceLevelCatalog } from '../../shared/sla/catalog';
import type { SlaResultRow, SlaStatus } from '../../shared/ipc/sla';
import { dollarsToCents, formatDollars } from '../../shared/money';

type Measure = NonNullable<SlaResultRow['measure']>;

export const SLA_STATUS_LABELS: Record<SlaStatus, string> = {
  met: 'Met',
  missed: 'Missed',
  pending: 'Pending',
  'not-applicable': 'Not applicable',
};

/** The remedy of a missed Notification (29.4.8.9): flagged, no money. */
export const ESCALATION_REMEDY = 'senior-management-escalation';

/**
 * Minutes (whole seconds / 60, as the engine reports them) in the h / min / s form of the
 * engine's explain lines: "4 h 00 min 30 s", "9 h 00 min", "45 min", "12 min 5 s".
 */
export function formatMinutes(minutes: number): string {
  const total = Math.max(0, Math.round(minutes * 60));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const hm = h > 0 ? `${h} h ${String(m).padStart(2, '0')} min` : `${m} min`;
  return s > 0 ? `${hm} ${s} s` : hm;
}

/** Long spans (an order's interval): "45 days", "49 days 6 h 30 min", "1 day 2 h"; under a day as formatMinutes. */
export function formatDaysMinutes(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  const days = Math.floor(total / 1440);
  if (days === 0) return formatMinutes(minutes);
  const h = Math.floor((total % 1440) / 60);
  const m = total % 60;
  const parts = [`${days} day${days === 1 ? '' : 's'}`];
  if (h > 0 || m > 0) parts.push(`${h} h`);
  if (m > 0) parts.push(`${m} min`);
  return parts.join(' ');
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-10" → "October 2026". */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  const name = MONTH_NAMES[Number(m) - 1];
  return name ? `${name} ${y}` : month;
}

/** A percent as the engine prints it: 4 decimals ("99.4321%"). */
export function formatPercent(p: number): string {
  return `${(Math.round(p * 10_000) / 10_000).toFixed(4)}%`;
}

function trimNumber(x: number): string {
  return String(Math.round(x * 10_000) / 10_000);
}

/** Dollars as the report carries them (a number) → "$1,555.00". */
export function formatAmount(dollars: number): string {
  return formatDollars(dollarsToCents(dollars));
}

export interface MeasureText {
  /** What was measured ("9 h 00 min", "99.4321%"), or null when nothing was. */
  measure: string | null;
  /** The objective it is held to ("at most 4 h 00 min", "at least 99.5%"), or null (N/A). */
  objective: string | null;
  /** A second figure that belongs with it (availability's unavailable time, provisioning's month). */
  detail: string | null;
}

/**
 * The measure and the objective in the unit the catalog reports: percents are held to "at
 * least" (availability, provisioning's monthly percentage), everything else to "at most".
 * An order's interval reads in days.
 */
export function measureText(r: Pick<SlaResultRow, 'measure' | 'objective' | 'orderId'> & Partial<Pick<SlaResultRow, 'sla' | 'catalogId'>>): MeasureText {
  const m = r.measure;
  const o = r.objective;
  // A help-desk target says itself whether it is "at most" (abandoned calls) or "at least" (resolved on first contact).
  const target = r.catalogId !== undefined && r.sla !== undefined && isServiceLevelCatalog(r.catalogId) ? loadServiceLevelCatalog(r.catalogId).sla(r.sla) : undefined;
  if (target?.basis === 'figure-target') {
    // The objective as the contract states it ("6%", "35 s"); the measure to the engine's precision.
    const objective = o ? (o.percent !== undefined ? `${trimNumber(o.percent)}%` : single(o)) : null;
    return { measure: m ? single(m) : null, objective: objective === null ? null : `${target.comparison === '<=' ? 'at most' : 'at least'} ${objective}`, detail: null };
  }
  if (r.orderId !== null) {
    // Provisioning: time taken (less delay) against the interval allowed; the type's month beside it.
    const detail =
      m?.percent !== undefined
        ? `Month on time ${formatPercent(m.percent)}${o?.percent !== undefined ? ` (objective at least ${trimNumber(o.percent)}%)` : ''}`
        : null;
    return {
      measure: m?.minutes !== undefined ? formatDaysMinutes(m.minutes) : null,
      objective: o?.minutes !== undefined ? `at most ${formatDaysMinutes(o.minutes)}` : null,
      detail,
    };
  }
  if (o?.percent !== undefined || (m?.percent !== undefined && m.minutes !== undefined)) {
    return {
      measure: m?.percent !== undefined ? formatPercent(m.percent) : null,
      objective: o?.percent !== undefined ? `at least ${trimNumber(o.percent)}%` : null,
      detail: m?.minutes !== undefined ? `${formatMinutes(m.minutes)} unavailable` : null,
    };
  }
  return { measure: m ? single(m) : null, objective: o ? atMost(o) : null, detail: null };
}

function single(m: Measure): string | null {
  if (m.minutes !== undefined) return formatMinutes(m.minutes);
  if (m.ms !== undefined) return `${trimNumber(m.ms)} ms`;
  if (m.hours !== undefined) return `${trimNumber(m.hours)} h`;
  if (m.percent !== undefined) return formatPercent(m.percent);
  if (m.seconds !== undefined) return `${trimNumber(m.seconds)} s`;
  if (m.score !== undefined) return `${trimNumber(m.score)} of 5`;
  return null;
}

function atMost(o: Measure): string | null {
  const s = single(o);
  return s === null ? null : `at most ${s}`;
}

/** The credit's terms: "25% of TMRC", "100% of TMRC + 10 ADUC days", "50% of the installation fee". */
export function creditTerms(credit: SlaResultRow['credit']): string {
  const parts: string[] = [];
  if (credit.tmrcPercent > 0) parts.push(`${trimNumber(credit.tmrcPercent)}% of TMRC`);
  if (credit.aducDays > 0) parts.push(`${trimNumber(credit.aducDays)} ADUC day${credit.aducDays === 1 ? '' : 's'}`);
  if (credit.installFeePercent > 0) parts.push(`${trimNumber(credit.installFeePercent)}% of the installation fee`);
  return parts.join(' + ');
}

export interface CreditText {
  /** "$1,555.00", or null when nothing is owed. */
  amount: string | null;
  /** The terms behind the amount, or what is owed instead of money. */
  terms: string;
  /** Owed as a flag, not money (a missed Notification's escalation). */
  flag: boolean;
}

export function creditText(r: Pick<SlaResultRow, 'credit' | 'remedy' | 'status'>): CreditText {
  if (r.remedy === ESCALATION_REMEDY && r.status === 'missed') return { amount: null, terms: 'Senior management escalation (no money)', flag: true };
  if (r.credit.amount > 0) return { amount: formatAmount(r.credit.amount), terms: creditTerms(r.credit), flag: false };
  if (r.status === 'pending') return { amount: null, terms: 'Nothing owed yet', flag: false };
  return { amount: null, terms: r.status === 'missed' ? 'No credit' : '—', flag: false };
}

/** The consecutive-miss step of a monthly SLA: "1st miss", "2nd in a row", "3rd in a row". */
export function stepText(consecutiveMisses: number | null): string | null {
  if (consecutiveMisses === null || consecutiveMisses <= 0) return null;
  if (consecutiveMisses === 1) return '1st miss';
  return `${consecutiveMisses}${ordinalSuffix(consecutiveMisses)} in a row`;
}

function ordinalSuffix(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return 'th';
  return n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
}

/** The explain line without the clause and title it opens with (they are shown beside it). */
export function withoutHead(line: string, r: Pick<SlaResultRow, 'clause' | 'title'>): string {
  const head = `${r.clause} ${r.title}`;
  if (!line.startsWith(head)) return line;
  const rest = line.slice(head.length).replace(/^[:,]\s*/, '');
  return rest ? rest.charAt(0).toUpperCase() + rest.slice(1) : line;
}

/** Why an SLA does not apply, from its explain lines (the engine says why); a plain default without them. */
export function notApplicableReason(r: Pick<SlaResultRow, 'explain' | 'clause' | 'title'>): string {
  const line = r.explain[r.explain.length - 1];
  return line ? withoutHead(line, r) : 'No objective for this service’s tier: not evaluated.';
}

/** Compares clauses as numbers part by part: 29.4.8.2 before 29.4.8.10. */
export function compareClauses(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = Number(pa[i] ?? -1);
    const y = Number(pb[i] ?? -1);
    if (Number.isNaN(x) || Number.isNaN(y)) {
      const c = (pa[i] ?? '').localeCompare(pb[i] ?? '');
      if (c !== 0) return c;
    } else if (x !== y) return x - y;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------
// A panel of results (a ticket's, an order's).

export interface SlaPanelRows {
  /** The SLAs that apply, in the engine's order. */
  applicable: SlaResultRow[];
  /** Those that do not (a tier with no objective), each with the engine's reason. */
  notApplicable: Array<{ result: SlaResultRow; reason: string }>;
}

/** The SLAs that apply, in the engine's order, and the others apart with the engine's reason. */
export function slaPanelRows(results: readonly SlaResultRow[]): SlaPanelRows {
  const applicable: SlaResultRow[] = [];
  const notApplicable: SlaPanelRows['notApplicable'] = [];
  for (const r of results) {
    if (r.status === 'not-applicable' || !r.applicable) notApplicable.push({ result: r, reason: notApplicableReason(r) });
    else applicable.push(r);
  }
  return { applicable, notApplicable };
}

/** A panel's headline (a ticket's, an order's): the money owed, else why there is none yet. */
export function owedHeadline(results: readonly SlaResultRow[], totalCredit: number): { amount: string | null; note: string } {
  if (totalCredit > 0) {
    const missed = results.filter((r) => r.status === 'missed' && r.credit.amount > 0).length;
    return { amount: formatAmount(totalCredit), note: `owed for ${missed} missed SLA${missed === 1 ? '' : 's'}` };
  }
  if (results.some((r) => r.status === 'pending')) return { amount: null, note: 'Nothing owed yet: still measuring' };
  if (results.some((r) => r.status === 'missed')) return { amount: null, note: 'Missed, but no money is owed' };
  if (results.some((r) => r.status === 'met')) return { amount: null, note: 'Every SLA met: nothing owed' };
  return { amount: null, note: 'No SLA is measured here' };
}
