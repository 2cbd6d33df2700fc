// The monthly service targets of a service-level contract (DOMAIN.md "Help-desk service
// levels"; seed 002, Roles and Responsibilities): each month's figures from the center's own
// report against the catalog's objectives: speed of answer at most 35 seconds, at most 6% of
// callers abandon, at least 69% resolved on first contact. A target is one figure (the month's
// average speed of answer) or a share in percent (the sum of some figures over the sum of
// others). Comparisons are exact on the recorded values (6.0000% abandoned meets "at most 6%",
// 6.0001% misses); the printed percent is rounded to 4 decimals. The yearly satisfaction target
// is the same arithmetic over a year's figure (yearlyTargets.ts).
import { formatPercent4, round4 } from '../format';
import type { Measure, SlaResult } from '../model';
import { newResult } from '../result';
import type { FigureTarget, ServiceLevelCatalog } from '../serviceLevels';
import { verdictLine } from './incidentSchedule';

/** A period's figures: figure id → value in the catalog's unit. */
export type PeriodFigures = ReadonlyMap<string, number>;

export interface TargetOutcome {
  /** true met, false missed, null while the figures it needs are not recorded. */
  met: boolean | null;
  /** Nothing to measure (no calls): the share is undefined. */
  applicable: boolean;
  /** The value in the target's report unit (percent unrounded), null when not computable. */
  value: number | null;
  /** Figures the target needs that the period lacks. */
  missing: string[];
  lines: string[];
}

/** Exact comparison of recorded values: both sides scaled to thousandths (figures carry at most 3 decimals). */
function compare(lhsThousandths: number, rhsThousandths: number, comparison: '<=' | '>='): boolean {
  return comparison === '<=' ? lhsThousandths <= rhsThousandths : lhsThousandths >= rhsThousandths;
}

const thousandths = (x: number) => Math.round(x * 1000);

function group(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 3 });
}

function unitText(target: FigureTarget, v: number): string {
  if (target.report === 'percent') return `${v}%`;
  if (target.report === 'seconds') return `${v} s`;
  return `${v} of 5`;
}

/** "at most 35 s", "at least 69%", "at least 4.1 of 5" */
export function targetObjectiveText(target: FigureTarget): string {
  return `${target.comparison === '<=' ? 'at most' : 'at least'} ${unitText(target, target.objective)}`;
}

/** The objective under the report's key ({ percent: 6 }). */
export function targetMeasure(target: FigureTarget, value: number): Measure {
  return { [target.report]: value } as Measure;
}

/** A target over one period's figures. */
export function targetOutcome(target: FigureTarget, figures: PeriodFigures | undefined, catalog: ServiceLevelCatalog): TargetOutcome {
  const title = (id: string) => (catalog.figure(id)?.title ?? id).toLowerCase();
  const needed = 'figure' in target.measure ? [target.measure.figure] : [...new Set([...target.measure.part, ...target.measure.whole])];
  const missing = needed.filter((id) => figures?.get(id) === undefined);
  if (missing.length > 0) {
    return {
      met: null,
      applicable: true,
      value: null,
      missing,
      lines: [`Not recorded: ${missing.map(title).join(', ')}. Enter the center's report for the period to score it.`],
    };
  }
  const f = (id: string) => figures!.get(id)!;
  const objective = targetObjectiveText(target);
  if ('figure' in target.measure) {
    const v = f(target.measure.figure);
    const met = compare(thousandths(v), thousandths(target.objective), target.comparison);
    return {
      met,
      applicable: true,
      value: v,
      missing,
      lines: [`${catalog.figure(target.measure.figure)?.title ?? target.measure.figure}: ${unitText(target, v)}; objective ${objective}: ${met ? 'met' : 'missed'}.`],
    };
  }
  const sum = (ids: string[]) => ids.reduce((a, id) => a + f(id), 0);
  const part = sum(target.measure.part);
  const whole = sum(target.measure.whole);
  const parts = (ids: string[]) => (ids.length === 1 ? title(ids[0]!) : `${ids.map((id) => `${group(f(id))} ${title(id)}`).join(' + ')}`);
  if (whole === 0) {
    return { met: null, applicable: false, value: null, missing, lines: [`No ${parts(target.measure.whole)} in the period: the share is undefined, so the target is not scored.`] };
  }
  const percent = (part / whole) * 100;
  // part / whole × 100 against the objective, without rounding: part × 100 × 1000 vs objective × 1000 × whole.
  const met = compare(part * 100_000, thousandths(target.objective) * whole, target.comparison);
  const wholeText = target.measure.whole.length === 1 ? `${group(whole)} ${title(target.measure.whole[0]!)}` : `${group(whole)} (${parts(target.measure.whole)})`;
  const diff = round4(Math.abs(percent - target.objective));
  return {
    met,
    applicable: true,
    value: percent,
    missing,
    lines: [
      `${group(part)} ${parts(target.measure.part)} of ${wholeText} = ${formatPercent4(percent)}; objective ${objective}: ${met ? 'met' : `missed by ${diff.toFixed(4)} points`}.`,
    ],
  };
}

/** The result of a target for a period ('2026-10', or '2026' for a yearly one), explain lines with the clause text. */
export function targetResult(target: FigureTarget, period: string, figures: PeriodFigures | undefined, catalog: ServiceLevelCatalog, note?: string): SlaResult {
  const o = targetOutcome(target, figures, catalog);
  const explain = [`${target.title} (${target.clause}): "${target.clauseText}"`, `${target.title}, ${target.period === 'year' ? `the year ${period}` : period}: objective ${targetObjectiveText(target)}.`, ...o.lines];
  if (note) explain.push(note);
  if (target.reading) explain.push(`Reading: ${target.reading}`);
  explain.push(o.applicable ? verdictLine(o.met === true ? 'met' : o.met === false ? 'missed' : 'pending', catalog) : 'Not applicable: nothing to measure.');
  const r = newResult(target, explain);
  r.applicable = o.applicable;
  r.met = o.met;
  r.objective = targetMeasure(target, target.objective);
  if (o.value !== null) r.measure = targetMeasure(target, target.report === 'percent' ? round4(o.value) : o.value);
  return r;
}

/** The month's targets, catalog order. */
export function monthlyTargetResults(catalog: ServiceLevelCatalog, month: string, figures: PeriodFigures | undefined): SlaResult[] {
  return catalog.targets('month').map((t) => targetResult(t, month, figures, catalog));
}
