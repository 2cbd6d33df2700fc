// The timeline chart's words and marker places: tick and period names, where each milestone,
// the old contract's end and today fall among the periods, and the one-sentence summary read to
// screen readers. Pure; the points and markers come from shared/conversion/board.ts timeline().
import type { ConversionBoard } from '../../../shared/ipc/conversion';
import { dateLabel } from '../model';

type Timeline = ConversionBoard['timeline'];
type Granularity = Timeline['granularity'];

const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(date: string): { y: string; m: string; d: number } | null {
  const x = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const m = x ? SHORT[Number(x[2]) - 1] : undefined;
  return x && m ? { y: x[1]!, m, d: Number(x[3]) } : null;
}

/** An axis tick: weeks by their last day ("Jan 4"), months by name, with the year on the first tick and each January. */
export function tickText(periodEnd: string, g: Granularity, index: number): string {
  const p = parts(periodEnd);
  if (!p) return periodEnd;
  if (g === 'week') return `${p.m} ${p.d}`;
  return index === 0 || p.m === 'Jan' ? `${p.m} ${p.y}` : p.m;
}

/** A row of the figures' table: "Jan 4, 2014" (week ending) or "Jan 2014". */
export function periodText(periodEnd: string, g: Granularity): string {
  const p = parts(periodEnd);
  if (!p) return periodEnd;
  return g === 'week' ? dateLabel(periodEnd) : `${p.m} ${p.y}`;
}

export interface MarkerPlace {
  /** The period (index into the points) the date falls in: the first whose end is on or after it. */
  index: number;
  on: string;
  /** The names of the markers in that period, joined ("90% converted · Today"). */
  label: string;
  today: boolean;
}

/** Where the milestones, the old contract's end and today fall; markers in the same period share one line. */
export function markerPlacements(t: Timeline, today: string): MarkerPlace[] {
  const last = t.points.length - 1;
  if (last < 0) return [];
  const indexOf = (on: string) => {
    const i = t.points.findIndex((p) => p.periodEnd >= on);
    return i < 0 ? last : i;
  };
  const byIndex = new Map<number, MarkerPlace>();
  const add = (on: string, label: string, isToday: boolean) => {
    // Today is drawn only inside the chart: after its last period, or before its first (whose done is null then), it is not.
    if (isToday && (on > t.points[last]!.periodEnd || t.points[0]!.done === null)) return;
    const index = indexOf(on);
    const had = byIndex.get(index);
    byIndex.set(index, had ? { ...had, label: `${had.label} · ${label}`, today: had.today || isToday } : { index, on, label, today: isToday });
  };
  for (const m of t.markers) add(m.on, m.label, false);
  add(today, 'Today', true);
  return [...byIndex.values()].sort((a, b) => a.index - b.index);
}

/** "Timeline by week, Nov 16, 2013 to Feb 1, 2014: 4 of 12 items done so far, 9 planned by the end, milestone target 12." */
export function timelineSummary(t: Timeline, total: number): string {
  const first = t.points[0];
  const last = t.points.at(-1);
  if (!first || !last) return 'Timeline: no dates yet.';
  const done = t.points.reduce<number | null>((n, p) => (p.done !== null ? p.done : n), null);
  const span = `${periodText(first.periodEnd, t.granularity)} to ${periodText(last.periodEnd, t.granularity)}`;
  const target = last.target !== null ? `, milestone target ${last.target}` : '';
  return `Timeline by ${t.granularity}, ${span}: ${done ?? 0} of ${total} items done so far, ${last.planned} planned by the end${target}.`;
}
