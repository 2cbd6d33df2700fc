// One month's evaluation in progress: its bounds, "as of", and the results collected so far.
import type { CreditTerms, SlaDefinition, Tier } from './catalog';
import { formatDuration, formatHours } from './format';
import type { Measure, ServiceInput, SlaResult } from './model';
import { creditLine, explainCredit, noCredit } from './money';
import type { PreparedCase } from './prepare';

export interface MonthContext {
  p: PreparedCase;
  month: string;
  startMs: number;
  endMs: number;
  days: number;
  asOfMs: number;
  /** as-of is at or after the end of the month: monthly SLAs are final. */
  complete: boolean;
  results: SlaResult[];
  totalCents: number;
}

export function newContext(p: PreparedCase, month: string, asOfMs: number | undefined): MonthContext {
  const b = p.clock.monthBounds(month);
  const asOf = asOfMs ?? p.asOfMs ?? b.end;
  return { p, month, startMs: b.start, endMs: b.end, days: b.days, asOfMs: asOf, complete: asOf >= b.end, results: [], totalCents: 0 };
}

/** Add the credit of a missed result (no-op for met/pending) and push it. */
export function emit(ctx: MonthContext, r: SlaResult): void {
  ctx.results.push(r);
}

/** Credit fields and one explain line for a missed result. */
export function applyCredit(ctx: MonthContext, r: SlaResult, terms: CreditTerms, service: ServiceInput): void {
  const { line, cents } = creditLine(terms, service);
  r.credit = line;
  ctx.totalCents += cents;
  r.explain.push(explainCredit(terms, service, cents));
}

export interface ResultFields {
  serviceId?: string | undefined;
  site?: string | undefined;
  ticketId?: string | undefined;
  orderId?: string | undefined;
  applicable: boolean;
  met: boolean | null;
  measure?: Measure | undefined;
  objective?: Measure | undefined;
  consecutiveMisses?: number | undefined;
  remedy?: string | undefined;
  explain: string[];
}

/** A result with its keys in the order of CASE_FORMAT.md (credit filled in by applyCredit). */
export function makeResult(sla: SlaDefinition, f: ResultFields): SlaResult {
  const r = { sla: sla.id } as SlaResult;
  if (f.serviceId !== undefined) r.serviceId = f.serviceId;
  if (f.site !== undefined) r.site = f.site;
  if (f.ticketId !== undefined) r.ticketId = f.ticketId;
  if (f.orderId !== undefined) r.orderId = f.orderId;
  r.applicable = f.applicable;
  r.met = f.met;
  if (f.measure !== undefined) r.measure = f.measure;
  if (f.objective !== undefined) r.objective = f.objective;
  if (f.consecutiveMisses !== undefined) r.consecutiveMisses = f.consecutiveMisses;
  r.credit = noCredit();
  if (f.remedy !== undefined) r.remedy = f.remedy;
  r.explain = f.explain;
  return r;
}

const TO_REPORT: Record<string, Record<string, number>> = {
  hours: { minutes: 60, hours: 1 },
  minutes: { minutes: 1, hours: 1 / 60 },
  ms: { ms: 1 },
  percent: { percent: 1 },
};

/** The tier's objective under the report's key (e.g. 4 hours → { minutes: 240 }). */
export function objectiveMeasure(sla: SlaDefinition, tier: Tier): Measure | undefined {
  const v = sla.objective.tiers[tier];
  if (v === null) return undefined;
  const k = sla.objective.report;
  const factor = TO_REPORT[sla.objective.unit]?.[k] ?? 1;
  return { [k]: v * factor } as Measure;
}

/** "≤ 240 min (4 h 00 min)", "≥ 99.5%", "≤ 90 ms", "≤ 72 h" */
export function objectiveText(sla: SlaDefinition, tier: Tier): string {
  const v = sla.objective.tiers[tier];
  if (v === null) return 'N/A';
  const cmp = sla.objective.comparison === '<=' ? '≤' : '≥';
  switch (sla.objective.unit) {
    case 'hours':
      return sla.objective.report === 'hours' ? `${cmp} ${formatHours(v * 3_600_000)}` : `${cmp} ${formatDuration(v * 3_600_000)}`;
    case 'minutes':
      return `${cmp} ${formatDuration(v * 60_000)}`;
    case 'ms':
      return `${cmp} ${v} ms`;
    case 'percent':
      return `${cmp} ${v}%`;
  }
}

export function head(sla: SlaDefinition): string {
  return `${sla.clause} ${sla.title}`;
}

export function notApplicable(sla: SlaDefinition, tier: Tier, what: string, ids: Pick<ResultFields, 'serviceId' | 'site' | 'ticketId' | 'orderId'>): SlaResult {
  return makeResult(sla, {
    ...ids,
    applicable: false,
    met: null,
    explain: [`${head(sla)}: ${what}: the ${tier} tier has no objective for this SLA (N/A), so it is not evaluated.`],
  });
}
