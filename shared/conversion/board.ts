// The conversion board (issue 12 item 6): counts by decision and status, progress against each
// milestone, items at risk, a timeline ready to plot, and the printable schedule's rows. Pure:
// the items (with their decision and parallel billing already worked out by rules.ts and
// parallelBilling.ts), the milestones and today in; plain arrays out. Screens plot and print
// these; they recompute nothing.
import { daysBetweenDates } from '../calendar/civil';
import { periodEnds, type PeriodKind } from '../calendar/periods';
import { plusDays } from '../calendar/holidays';
import { formatDollars } from '../money';
import type { ParallelBilling } from './parallelBilling';
import {
  AT_RISK_DAYS,
  DONE_STATUSES,
  FORM20_LABELS,
  STATUS_LABELS,
  UNDECIDED_LABEL,
  DECISION_LABELS,
  type ConversionDecision,
  type ConversionStatus,
  type Form20Status,
} from './types';

export interface BoardItem {
  id: number;
  oldCircuitId: string;
  decision: ConversionDecision | null;
  status: ConversionStatus;
  scheduledOn: string | null;
  actualOn: string | null;
  parallelBilling: ParallelBilling | null;
}

export interface BoardMilestone {
  id: number | null;
  label: string;
  percent: number;
  dueOn: string;
}

export interface BoardProject {
  oldProgram: string;
  oldContractEnd: string;
  newContractAward: string | null;
}

export const isDone = (status: ConversionStatus) => DONE_STATUSES.includes(status);

export function counts(items: readonly BoardItem[]) {
  const byDecision = { transition: 0, migration: 0, disconnect: 0, undecided: 0 };
  const byStatus = { planned: 0, authorized: 0, ordered: 0, converted: 0, disconnected: 0 };
  for (const i of items) {
    byDecision[i.decision ?? 'undecided']++;
    byStatus[i.status]++;
  }
  return { total: items.length, byDecision, byStatus, done: byStatus.converted + byStatus.disconnected };
}

export interface MilestoneProgress {
  milestoneId: number | null;
  label: string;
  percent: number;
  dueOn: string;
  needed: number;
  doneByDue: number;
  doneNow: number;
  state: 'met' | 'missed' | 'open';
  daysLeft: number;
}

/** Items a milestone needs done: its percent of all items, rounded up (90% of 11 items is 10). */
export function neededFor(percent: number, total: number): number {
  return Math.floor((percent * total + 99) / 100);
}

const doneBy = (items: readonly BoardItem[], date: string) => items.filter((i) => isDone(i.status) && i.actualOn !== null && i.actualOn <= date).length;

/**
 * A milestone is met when the items done (converted or disconnected) on or before its date reach
 * its share of all items; missed when its date has passed short of that; open while its date is ahead.
 */
export function milestoneProgress(items: readonly BoardItem[], milestones: readonly BoardMilestone[], today: string): MilestoneProgress[] {
  const total = items.length;
  const doneNow = doneBy(items, today);
  return [...milestones]
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.percent - b.percent))
    .map((m) => {
      const needed = neededFor(m.percent, total);
      const doneByDue = doneBy(items, m.dueOn);
      const state = total > 0 && doneByDue >= needed ? 'met' : m.dueOn < today ? 'missed' : 'open';
      return { milestoneId: m.id, label: m.label, percent: m.percent, dueOn: m.dueOn, needed, doneByDue, doneNow, state, daysLeft: daysBetweenDates(today, m.dueOn) };
    });
}

export interface AtRisk {
  what: string;
  deadline: string;
  deadlineOn: string;
  daysLeft: number;
  reason: string;
}

export interface Deadline {
  label: string;
  on: string;
}

/** The deadlines an item can be at risk for: the old contract's end and every milestone not yet met. */
export function deadlines(project: BoardProject, progress: readonly MilestoneProgress[]): Deadline[] {
  return [
    { label: `the ${project.oldProgram} contract's end`, on: project.oldContractEnd },
    ...progress.filter((m) => m.state !== 'met').map((m) => ({ label: `the milestone "${m.label}"`, on: m.dueOn })),
  ].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

/**
 * An item is at risk when it is undecided or not yet ordered (a Disconnect: not yet disconnected)
 * and the next deadline (the old contract's end or a milestone not yet met) is 30 days away or
 * less; once every deadline has passed, the last one counts (it is overdue). An ordered item is in
 * the contractor's hands and is not at risk by this rule.
 */
export function atRisk(item: Pick<BoardItem, 'decision' | 'status'>, dates: readonly Deadline[], today: string): AtRisk | null {
  if (isDone(item.status) || item.status === 'ordered') return null;
  const what = item.decision === null ? UNDECIDED_LABEL : item.decision === 'disconnect' ? 'Not disconnected' : 'Not ordered';
  const next = dates.find((d) => d.on >= today) ?? dates.at(-1);
  if (!next) return null;
  const daysLeft = daysBetweenDates(today, next.on);
  if (daysLeft > AT_RISK_DAYS) return null;
  const when =
    daysLeft > 0 ? `${daysLeft} day${daysLeft === 1 ? '' : 's'} before ${next.label} (${next.on})` : daysLeft === 0 ? `on the day of ${next.label} (${next.on})` : `${-daysLeft} day${daysLeft === -1 ? '' : 's'} after ${next.label} (${next.on})`;
  return { what, deadline: next.label, deadlineOn: next.on, daysLeft, reason: `${what} ${when}.` };
}

export interface TimelinePoint {
  periodEnd: string;
  label: string;
  planned: number;
  done: number | null;
  target: number | null;
}

/**
 * The timeline to plot: per week (a span up to 26 weeks) or per month, from the new contract's
 * award (or the earliest date in play) to the old contract's end (or the latest date in play),
 * the cumulative items planned (done on their actual date, others on their scheduled date) and
 * done (only up to today), and the milestone target in force (the items the latest milestone due
 * by then needs).
 */
export function timeline(items: readonly BoardItem[], progress: readonly MilestoneProgress[], project: BoardProject, today: string) {
  const dates = [
    project.oldContractEnd,
    ...(project.newContractAward ? [project.newContractAward] : []),
    ...progress.map((m) => m.dueOn),
    ...items.flatMap((i) => [i.scheduledOn, i.actualOn].filter((d): d is string => d !== null)),
  ].sort();
  const from = dates[0]!;
  const to = dates.at(-1)!;
  const granularity: PeriodKind = daysBetweenDates(from, to) <= 26 * 7 ? 'week' : 'month';
  const plannedOn = items.map((i) => (isDone(i.status) ? i.actualOn : i.scheduledOn)).filter((d): d is string => d !== null);
  const points: TimelinePoint[] = periodEnds(from, to, granularity).map((end) => {
    const start = granularity === 'week' ? plusDays(end, -6) : `${end.slice(0, 8)}01`;
    const inForce = progress.filter((m) => m.dueOn <= end).at(-1);
    return {
      periodEnd: end,
      label: granularity === 'week' ? end : end.slice(0, 7),
      planned: plannedOn.filter((d) => d <= end).length,
      done: start > today ? null : doneBy(items, end < today ? end : today),
      target: inForce ? inForce.needed : null,
    };
  });
  const markers = [
    ...progress.map((m) => ({ on: m.dueOn, label: m.label, items: m.needed })),
    { on: project.oldContractEnd, label: `${project.oldProgram} ends`, items: null },
  ];
  return { granularity, points, markers };
}

export interface ParallelSummary {
  count: number;
  active: number;
  doubleTmrcCents: number;
}

export function parallelSummary(items: readonly BoardItem[]): ParallelSummary {
  const flagged = items.filter((i) => i.parallelBilling !== null);
  return {
    count: flagged.length,
    active: flagged.filter((i) => i.parallelBilling!.active).length,
    doubleTmrcCents: flagged.reduce((s, i) => s + i.parallelBilling!.doubleTmrcCents, 0),
  };
}

/** The whole board: milestone progress first (at-risk reads which milestones are still to meet). */
export function conversionBoard(items: readonly BoardItem[], milestones: readonly BoardMilestone[], project: BoardProject, today: string) {
  const progress = milestoneProgress(items, milestones, today);
  const dates = deadlines(project, progress);
  return {
    today,
    counts: counts(items),
    milestones: progress,
    atRisk: items.flatMap((i) => {
      const risk = atRisk(i, dates, today);
      return risk ? [{ itemId: i.id, oldCircuitId: i.oldCircuitId, risk }] : [];
    }),
    parallelBilling: parallelSummary(items),
    timeline: timeline(items, progress, project, today),
  };
}

// ---------------------------------------------------------------------------------------------
// The printable schedule

export interface ScheduleItem extends BoardItem {
  site: string;
  incumbentContractorName: string;
  incumbentService: string;
  targetContractorName: string | null;
  targetService: string;
  form20Status: Form20Status;
  form20On: string | null;
  form20Required: boolean;
  preferredTimeframe: string;
  newCircuitId: string;
  notes: string;
  atRisk: AtRisk | null;
}

/** The schedule's rows: by scheduled (or actual) date, the unscheduled last, then by old Circuit ID. */
export function scheduleRows(items: readonly ScheduleItem[]) {
  const key = (i: ScheduleItem) => i.scheduledOn ?? i.actualOn ?? '9999-12-31';
  return [...items]
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.oldCircuitId.localeCompare(b.oldCircuitId)))
    .map((i) => ({
      itemId: i.id,
      oldCircuitId: i.oldCircuitId,
      site: i.site,
      incumbent: `${i.incumbentContractorName}: ${i.incumbentService}`,
      target: i.decision === 'disconnect' ? '—' : i.targetContractorName ? `${i.targetContractorName}: ${i.targetService}` : i.decision === 'transition' ? 'Same contractor and service' : '',
      decision: i.decision ? DECISION_LABELS[i.decision] : UNDECIDED_LABEL,
      status: STATUS_LABELS[i.status],
      form20: i.form20Required || i.form20Status !== 'none' ? `${FORM20_LABELS[i.form20Status]}${i.form20On ? ` ${i.form20On}` : ''}` : 'Not needed',
      preferredTimeframe: i.preferredTimeframe,
      scheduledOn: i.scheduledOn,
      actualOn: i.actualOn,
      newCircuitId: i.newCircuitId,
      flags: [
        ...(i.atRisk ? [`At risk: ${i.atRisk.reason}`] : []),
        ...(i.parallelBilling ? [`Parallel billing: ${i.parallelBilling.overlapDays} days, ${formatDollars(i.parallelBilling.doubleTmrcCents)} paid twice`] : []),
      ],
      notes: i.notes,
    }));
}
