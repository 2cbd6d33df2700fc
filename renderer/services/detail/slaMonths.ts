// What the service page shows of `sla:service`: one series per monthly SLA (availability,
// delay, jitter, site survivability) with a row per month, the points its chart plots, and the
// credits the service earned each month. Pure shaping of the engine's results: no rule is
// recomputed here (verdicts, steps and amounts are the engine's, ARCHITECTURE.md "The
// evaluation path"); this only chooses what to print and how.
import { percentAxis, zeroBasedAxis } from '../../../shared/charts/axis';
import { dollarsToCents, formatDollars } from '../../../shared/money';
import type { ServiceMonths, SlaResultRow, SlaStatus } from '../../../shared/ipc/sla';
import { isCreditCatalog, loadCatalog } from '../../../shared/sla/catalog';
import { SLA_STATUS_LABELS } from '../../ui/slaText';

export type MeasureUnit = 'percent' | 'ms' | 'hours' | 'minutes';

/** A month without a result for that SLA is 'none' (nothing to count, or before the service). */
export type MonthStatus = SlaStatus | 'none';

export const STATUS_TEXT: Record<MonthStatus, string> = { ...SLA_STATUS_LABELS, none: 'No result' };

export interface MonthRow {
  month: string;
  /** "Oct 2026" */
  label: string;
  status: MonthStatus;
  /** The measure in the series' unit; null when there is none (no ticket measured that month). */
  value: number | null;
  valueText: string;
  objective: number | null;
  objectiveText: string;
  /** Consecutive misses ending this month (1, 2, 3…); null when the month did not miss. */
  step: number | null;
  stepText: string;
  creditCents: number;
  /** "15% TMRC + 2 ADUC days"; '' when nothing is owed. */
  creditTerms: string;
  /** What a pending month waits for (the engine's words). */
  awaiting: string | null;
  /** The result's key, for sla:result. */
  key: string | null;
  /** The verdict is the one recorded in the history before ATR Desk, not the data's. */
  recorded: boolean;
}

export interface SlaSeries {
  sla: string;
  title: string;
  clause: string;
  unit: MeasureUnit;
  /** Higher is better ('>=', availability) or lower is better ('<=', delay, jitter, usage hours). */
  comparison: '>=' | '<=';
  /** The objective of the service's tier (from the latest month that has one); null when none. */
  objective: number | null;
  rows: MonthRow[];
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-10" → "Oct 2026"; anything else as given. */
export function monthLabel(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  const name = m ? MONTH_NAMES[Number(m[2]) - 1] : undefined;
  return m && name ? `${name} ${m[1]}` : month;
}

/** "2026-10" → "Oct" (chart ticks; the year is in the panel's subtitle and the tooltip). */
export function monthShort(month: string): string {
  return monthLabel(month).slice(0, 3);
}

/** Monthly SLAs in the order the page shows them: availability first (29.4.8.1). */
const ORDER = ['availability', 'site-survivability', 'delay', 'jitter'];

function unitOf(r: SlaResultRow): MeasureUnit {
  const m = r.objective ?? r.measure;
  if (m?.percent !== undefined) return 'percent';
  if (m?.ms !== undefined) return 'ms';
  if (m?.hours !== undefined) return 'hours';
  return 'minutes';
}

function pick(m: SlaResultRow['measure'], unit: MeasureUnit): number | null {
  if (!m) return null;
  const v = m[unit];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** The catalog's comparison for the SLA; availability-like percents are "at least" when the catalog is unknown. */
function comparisonOf(catalogId: string, sla: string, unit: MeasureUnit): '>=' | '<=' {
  const def = isCreditCatalog(catalogId) ? loadCatalog(catalogId).sla(sla) : undefined;
  if (def) return def.objective.comparison === '>=' ? '>=' : '<=';
  return unit === 'percent' ? '>=' : '<=';
}

function round(x: number, places: number): number {
  const f = 10 ** places;
  return Math.round(x * f) / f;
}

/**
 * The measure as printed. Percentages to 4 decimals as the reports print them (DOMAIN.md: compared
 * unrounded, printed to 4 decimals); a miss that would round up onto the objective is cut instead
 * ("99.4999…%"), so the row never reads as if it met.
 */
export function valueText(value: number | null, unit: MeasureUnit, status: MonthStatus = 'met', objective: number | null = null, comparison: '>=' | '<=' = '>='): string {
  if (value === null) return '—';
  if (unit === 'percent') {
    const rounded = round(value, 4);
    if (status === 'missed' && objective !== null && comparison === '>=' && rounded >= objective) {
      return `${(Math.floor(value * 10_000) / 10_000).toFixed(4)}…%`;
    }
    return `${rounded.toFixed(4)}%`;
  }
  if (unit === 'ms') return `${round(value, 1).toLocaleString('en-US')} ms`;
  if (unit === 'hours') return `${round(value, 2).toLocaleString('en-US')} h`;
  return `${round(value, 2).toLocaleString('en-US')} min`;
}

/** "≥ 99.5%", "≤ 90 ms", "≤ 72 h"; "N/A" when the tier has no objective. */
export function objectiveText(objective: number | null, unit: MeasureUnit, comparison: '>=' | '<='): string {
  if (objective === null) return 'N/A';
  const sign = comparison === '>=' ? '≥' : '≤';
  const n = objective.toLocaleString('en-US', { maximumFractionDigits: 4 });
  return unit === 'percent' ? `${sign} ${n}%` : `${sign} ${n} ${unit === 'ms' ? 'ms' : unit === 'hours' ? 'h' : 'min'}`;
}

function ordinal(n: number): string {
  const rem100 = n % 100;
  if (rem100 >= 11 && rem100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** "1st miss", "2nd in a row", "3rd in a row"; '' when the month did not miss. */
export function stepText(step: number | null): string {
  if (step === null || step < 1) return '';
  return step === 1 ? '1st miss' : `${ordinal(step)} in a row`;
}

/** "15% TMRC + 2 ADUC days", "50% of the installation fee"; '' when the result owes nothing. */
export function creditTerms(c: SlaResultRow['credit']): string {
  if (c.amount === 0) return '';
  const parts: string[] = [];
  if (c.tmrcPercent > 0) parts.push(`${c.tmrcPercent}% TMRC`);
  if (c.aducDays > 0) parts.push(`${c.aducDays} ADUC day${c.aducDays === 1 ? '' : 's'}`);
  if (c.installFeePercent > 0) parts.push(`${c.installFeePercent}% of the installation fee`);
  return parts.join(' + ');
}

/** "$1,200.00" from cents. */
export function money(cents: number): string {
  return formatDollars(cents);
}

function rowOf(month: string, r: SlaResultRow | undefined, unit: MeasureUnit, comparison: '>=' | '<='): MonthRow {
  if (!r) {
    return {
      month, label: monthLabel(month), status: 'none', value: null, valueText: '—', objective: null, objectiveText: '',
      step: null, stepText: '', creditCents: 0, creditTerms: '', awaiting: null, key: null, recorded: false,
    };
  }
  const value = pick(r.measure, unit);
  const objective = pick(r.objective, unit);
  const step = r.status === 'missed' && r.consecutiveMisses !== null && r.consecutiveMisses > 0 ? r.consecutiveMisses : null;
  return {
    month,
    label: monthLabel(month),
    status: r.status,
    value,
    valueText: valueText(value, unit, r.status, objective, comparison),
    objective,
    objectiveText: r.applicable ? objectiveText(objective, unit, comparison) : 'N/A',
    step,
    stepText: stepText(step),
    creditCents: dollarsToCents(r.credit.amount),
    creditTerms: creditTerms(r.credit),
    awaiting: r.awaiting,
    key: r.key,
    recorded: false,
  };
}

/**
 * The series with the months recorded in the history before ATR Desk ("sla|month" → met) shown
 * as recorded: the data of such a month is not the whole month (the agency did not use the app
 * yet), so the recorded verdict is the month's, as the engine takes it for the consecutive-miss
 * steps of the months after; no measure of the app's is printed for it and no credit is owed
 * through the app.
 */
export function withRecorded(series: SlaSeries, recorded: ReadonlyMap<string, boolean>): SlaSeries {
  const rows = series.rows.map((r): MonthRow => {
    const met = recorded.get(`${series.sla}|${r.month}`);
    if (met === undefined) return r;
    return {
      ...r, status: met ? 'met' : 'missed', value: null, valueText: 'Recorded', step: null, stepText: '',
      creditCents: 0, creditTerms: '', awaiting: null, recorded: true,
    };
  });
  return { ...series, rows };
}

/**
 * One series per monthly SLA found in the months (availability, site survivability, delay,
 * jitter, in that order), each with a row for every month of the answer, oldest first as the
 * chart plots them (the table turns them round: the month the ATR claims next on top).
 */
export function slaSeries(data: ServiceMonths): SlaSeries[] {
  const months = [...data.months].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  const bySla = new Map<string, Map<string, SlaResultRow>>();
  const first = new Map<string, SlaResultRow>();
  for (const m of months) {
    for (const r of m.results) {
      let perMonth = bySla.get(r.sla);
      if (!perMonth) bySla.set(r.sla, (perMonth = new Map()));
      perMonth.set(m.month, r);
      if (!first.has(r.sla)) first.set(r.sla, r);
    }
  }
  const rank = (sla: string) => {
    const i = ORDER.indexOf(sla);
    return i < 0 ? ORDER.length : i;
  };
  return [...bySla.keys()]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((sla) => {
      const sample = first.get(sla)!;
      const unit = unitOf(sample);
      const comparison = comparisonOf(sample.catalogId, sla, unit);
      const perMonth = bySla.get(sla)!;
      const rows = months.map((m) => rowOf(m.month, perMonth.get(m.month), unit, comparison));
      const latest = [...rows].reverse().find((r) => r.objective !== null);
      return { sla, title: sample.title, clause: sample.clause, unit, comparison, objective: latest?.objective ?? null, rows };
    });
}

/** A short name for a tab: "Availability", "Delay", "Jitter", "Site survivability". */
export function seriesTabLabel(s: Pick<SlaSeries, 'sla' | 'title'>): string {
  switch (s.sla) {
    case 'availability':
      return 'Availability';
    case 'delay':
      return 'Delay';
    case 'jitter':
      return 'Jitter';
    case 'site-survivability':
      return 'Site survivability';
    default:
      return s.title;
  }
}

// ---------- Chart ----------

export interface ChartPoint {
  month: string;
  /** Tick text: "Oct". */
  tick: string;
  label: string;
  /** The bar's height; null draws no bar (no result that month). */
  value: number | null;
  status: MonthStatus;
  text: string;
}

export interface ChartModel {
  points: ChartPoint[];
  /** The y axis: [low, high] and its ticks. */
  domain: [number, number];
  ticks: number[];
  objective: number | null;
  unitSuffix: string;
  /** Every month lacks a measure: the chart would be empty (the panel says so instead). */
  empty: boolean;
}

/**
 * The points and the y axis of a series' chart. Percentages run up to 100 from a floor just
 * under the lowest month or the objective, whichever is lower, so a 99.2% month against a
 * 99.5% objective is a visible gap rather than two full bars; delay, jitter and usage hours run
 * from 0 to a little over the highest month or the objective.
 */
export function chartModel(series: SlaSeries): ChartModel {
  const points: ChartPoint[] = series.rows.map((r) => ({
    month: r.month, tick: monthShort(r.month), label: r.label, value: r.value, status: r.status, text: r.valueText,
  }));
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  const objective = series.objective;
  const all = objective === null ? values : [...values, objective];
  const unitSuffix = series.unit === 'percent' ? '%' : series.unit === 'ms' ? ' ms' : series.unit === 'hours' ? ' h' : ' min';
  const axis = series.unit === 'percent' ? percentAxis(all) : zeroBasedAxis(all);
  return { points, domain: axis.domain, ticks: axis.ticks, objective, unitSuffix, empty: values.length === 0 };
}

// ---------- Credits ----------

export interface CreditRow {
  month: string;
  label: string;
  /** Credits of the month's monthly SLAs (availability, delay, jitter, site survivability). */
  monthlyCents: number;
  /** The rest: per-ticket SLAs and provisioning of the service's tickets and orders that month. */
  otherCents: number;
  totalCents: number;
  /** Some result of the month is still pending: more may be owed. */
  pending: boolean;
}

export interface CreditsModel {
  /** Newest first: the month the ATR claims next is on top. */
  rows: CreditRow[];
  totalCents: number;
  pendingMonths: number;
}

export function creditsModel(data: ServiceMonths): CreditsModel {
  const rows = [...data.months]
    .sort((a, b) => (a.month < b.month ? 1 : a.month > b.month ? -1 : 0))
    .map((m) => {
      const totalCents = dollarsToCents(m.credit);
      const monthlyCents = m.results.reduce((sum, r) => sum + dollarsToCents(r.credit.amount), 0);
      return {
        month: m.month,
        label: monthLabel(m.month),
        monthlyCents,
        otherCents: Math.max(0, totalCents - monthlyCents),
        totalCents,
        pending: m.results.some((r) => r.status === 'pending'),
      };
    });
  return {
    rows,
    totalCents: rows.reduce((sum, r) => sum + r.totalCents, 0),
    pendingMonths: rows.filter((r) => r.pending).length,
  };
}
