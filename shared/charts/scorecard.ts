// A service-level target month by month against its objective (the help desk's scorecard, issue
// 14 item 4), ready to plot: the figures and verdicts sla:scorecard returns (shared/ipc/sla.ts
// scorecardSchema `trend`), one series per target. No verdict is recomputed here: `met` is the
// engine's; this only picks a target's figures, names the months without one and chooses the axis.
import type { Scorecard } from '../ipc/sla';
import { zeroBasedAxis, type Axis } from './axis';

export type TargetStatus = 'met' | 'missed' | 'none';

export interface TargetPoint {
  /** 'YYYY-MM' */
  month: string;
  /** The month's figure in the target's unit (seconds, percent, score); null when not recorded. */
  value: number | null;
  status: TargetStatus;
}

export interface TargetSeries {
  sla: string;
  title: string;
  report: 'seconds' | 'percent' | 'score';
  comparison: '<=' | '>=';
  objective: number;
  points: TargetPoint[];
  /** From 0 to above the highest month and the objective (a score axis tops at 5). */
  axis: Axis;
  met: number;
  missed: number;
}

/** Each target's series from the scorecard's trend, in the catalog's order. */
export function targetSeries(card: Pick<Scorecard, 'trend' | 'trendTargets'>): TargetSeries[] {
  return card.trendTargets.map((t) => {
    const points: TargetPoint[] = card.trend.map((m) => {
      const p = m.points.find((x) => x.sla === t.sla);
      const value = p?.value ?? null;
      return { month: m.month, value, status: value === null || p?.met == null ? 'none' : p.met ? 'met' : 'missed' };
    });
    const values = [...points.flatMap((p) => (p.value === null ? [] : [p.value])), t.objective];
    const axis = t.report === 'score' ? { domain: [0, 5] as [number, number], ticks: [0, 1, 2, 3, 4, 5] } : zeroBasedAxis(values);
    return {
      sla: t.sla,
      title: t.title,
      report: t.report,
      comparison: t.comparison,
      objective: t.objective,
      points,
      axis,
      met: points.filter((p) => p.status === 'met').length,
      missed: points.filter((p) => p.status === 'missed').length,
    };
  });
}

/** "31.2 s", "6.5%", "4.2 of 5" */
export function targetValueText(report: TargetSeries['report'], value: number): string {
  const v = Number(value.toFixed(4));
  return report === 'seconds' ? `${v} s` : report === 'percent' ? `${v}%` : `${v} of 5`;
}

/** "at most 35 s", "at least 69%" */
export function targetObjectiveLabel(s: Pick<TargetSeries, 'report' | 'comparison' | 'objective'>): string {
  return `${s.comparison === '<=' ? 'at most' : 'at least'} ${targetValueText(s.report, s.objective)}`;
}
