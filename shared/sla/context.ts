// One month's evaluation in progress: its bounds, "as of", the results collected so far, and
// per-SLA, per-tier facts computed once (objective, its text, lines shared by many results).
// Hot paths here create no closures and no per-result property definitions: a report of an
// agency-year holds ~300,000 results.
import type { CreditTerms, SlaDefinition, Tier } from './catalog';
import { objectiveMs, TIERS } from './catalog';
import { stepFor } from './consecutive';
import { formatDurationLong, formatHours } from './format';
import type { CreditLine, Explainer, Measure, MonthContext, PreparedCase, PreparedService, ServiceInput, Streak, TierFacts } from './model';
import { creditCents, creditLine, explainCredit } from './money';
import type { EngineResult } from './result';
import { newResult } from './result';

export function newContext(p: PreparedCase, month: string, asOfMs: number | undefined): MonthContext {
  const b = p.clock.monthBounds(month);
  const asOf = asOfMs ?? p.asOfMs ?? b.end;
  return {
    p,
    month,
    startMs: b.start,
    endMs: b.end,
    days: b.days,
    asOfMs: asOf,
    complete: asOf >= b.end,
    results: [],
    totalCents: 0,
    tiers: new Map(),
    timeline: undefined,
  };
}

/**
 * Per-tier facts of an SLA (built once per month), indexed by the tier's place in TIERS (a
 * service's `tierIndex`): an element load where a lookup by the tier's name costs a hash probe,
 * hundreds of thousands of times a year.
 */
export function tierFacts(ctx: MonthContext, sla: SlaDefinition): TierFacts[] {
  let t = ctx.tiers.get(sla);
  if (!t) {
    t = TIERS.map((tier): TierFacts => ({
      tier,
      objective: sla.objective.tiers[tier],
      objectiveMs: sla.objective.unit === 'percent' ? null : objectiveMs(sla, tier),
      measure: objectiveMeasure(sla, tier),
      text: objectiveText(sla, tier),
      lines: new Map(),
      emptyMeasure: undefined,
    }));
    ctx.tiers.set(sla, t);
  }
  return t;
}

/** The facts of the service's tier. */
export function factsFor(ctx: MonthContext, sla: SlaDefinition, service: PreparedService): TierFacts {
  return tierFacts(ctx, sla)[service.tierIndex]!;
}

/** Frozen lines under `key` for this SLA and tier, built by `build(arg)` the first time. */
export function sharedLines<A>(f: TierFacts, key: string, build: (arg: A) => string[], arg: A): string[] {
  let lines = f.lines.get(key);
  if (!lines) {
    lines = Object.freeze(build(arg)) as string[];
    f.lines.set(key, lines);
  }
  return lines;
}

/** The credit of a missed result, added to the month's total. */
export function credit(ctx: MonthContext, terms: CreditTerms, service: ServiceInput): { line: CreditLine; cents: number } {
  const c = creditLine(terms, service);
  ctx.totalCents += c.cents;
  return c;
}

/**
 * A service's result for a monthly SLA with something to count: verdict, objective, consecutive
 * misses and, when missed, the credit of that step of the remedy; the caller adds its measure.
 */
export function monthlyResult(
  ctx: MonthContext,
  sla: SlaDefinition,
  f: TierFacts,
  service: PreparedService,
  met: boolean | null,
  s: Streak,
  explainer: Explainer<MonthContext, PreparedService>,
): EngineResult {
  const r = newResult(sla, undefined, explainer, ctx, service);
  r.serviceId = service.id;
  r.met = met;
  r.objective = f.measure;
  r.consecutiveMisses = s.count;
  const terms = met === false ? stepFor(sla, s.count) : null;
  if (terms) r.credit = credit(ctx, terms, service).line;
  return r;
}

/**
 * A monthly SLA's explain lines with the credit of its n-th consecutive miss appended (nothing
 * appended when the month did not miss).
 */
export function withStepCredit(lines: string[], sla: SlaDefinition, s: Streak, service: ServiceInput): string[] {
  const terms = stepFor(sla, s.count);
  if (terms) lines.push(explainCredit(terms, service, creditCents(terms, service)));
  return lines;
}


const TO_REPORT: Record<string, Record<string, number>> = {
  hours: { minutes: 60, hours: 1 },
  minutes: { minutes: 1, hours: 1 / 60 },
  ms: { ms: 1 },
  percent: { percent: 1 },
};

/** The tier's objective under the report's key (e.g. 4 hours → { minutes: 240 }), frozen. */
export function objectiveMeasure(sla: SlaDefinition, tier: Tier): Measure | undefined {
  const v = sla.objective.tiers[tier];
  if (v === null) return undefined;
  const k = sla.objective.report;
  const factor = TO_REPORT[sla.objective.unit]?.[k] ?? 1;
  return Object.freeze({ [k]: v * factor }) as Measure;
}

/** "at most 240 min (4 h 00 min)", "at least 99.5%", "at most 90 ms", "at most 72 h" */
export function objectiveText(sla: SlaDefinition, tier: Tier): string {
  const v = sla.objective.tiers[tier];
  if (v === null) return 'N/A';
  const cmp = sla.objective.comparison === '<=' ? 'at most' : 'at least';
  switch (sla.objective.unit) {
    case 'hours':
      return sla.objective.report === 'hours' ? `${cmp} ${formatHours(v * 3_600_000)}` : `${cmp} ${formatDurationLong(v * 3_600_000)}`;
    case 'minutes':
      return `${cmp} ${formatDurationLong(v * 60_000)}`;
    case 'ms':
      return `${cmp} ${v} ms`;
    case 'percent':
      return `${cmp} ${v}%`;
  }
}

export function head(sla: SlaDefinition): string {
  return `${sla.clause} ${sla.title}`;
}

function naLines(arg: { sla: SlaDefinition; tier: Tier }): string[] {
  return [`${head(arg.sla)}: the ${arg.tier} tier has no objective for this SLA (N/A), so it is not evaluated.`];
}

/** The result of a tier with no objective (N/A); the caller names its service, site or ticket. */
export function notApplicable(f: TierFacts, sla: SlaDefinition): EngineResult {
  const r = newResult(sla, f.lines.get('na') ?? sharedLines(f, 'na', naLines, { sla, tier: f.tier }));
  r.applicable = false;
  return r;
}

/** "29.4.8.1 Availability, 2026-10 (premier tier, objective at least 99.5%)" */
export function monthlyHead(ctx: MonthContext, sla: SlaDefinition, f: TierFacts): string {
  return `${head(sla)}, ${ctx.month} (${f.tier} tier, objective ${f.text})`;
}

export const PENDING_MONTH = 'Pending: the month is not over as of this evaluation.';
