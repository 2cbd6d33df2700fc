// The most urgent of a ticket's countdowns, and the board's tally, from the same live tick
// as the countdowns themselves (shared/tickets/tick.ts).
import type { BusinessCalendar } from '../../shared/calendar';
import type { Urgency } from '../../shared/escalation/countdown';
import type { Countdown } from '../../shared/ipc/tickets';
import { liveCountdown } from '../../shared/tickets/tick';

const RANK: Record<Urgency, number> = { ok: 0, amber: 1, red: 2 };

/**
 * The colour a countdown is shown in: liveCountdown's urgency, except "call now" (level 1 of a
 * ladder not started, an interval of zero), which is amber: act now, but nothing is missed yet.
 */
export function shownUrgency(c: Countdown, nowMs: number, cal: BusinessCalendar): Urgency {
  if (c.kind === 'escalation' && c.intervalMs === 0) return 'amber';
  return liveCountdown(c, nowMs, cal).urgency;
}

export type EntryState = Urgency | 'paused' | 'none';

/** Red if any countdown is overdue, else amber if any is near, else ok; 'paused' when every SLA countdown is paused; 'none' without countdowns. */
export function entryState(countdowns: readonly Countdown[], nowMs: number, cal: BusinessCalendar): EntryState {
  if (countdowns.length === 0) return 'none';
  let worst: Urgency = 'ok';
  for (const c of countdowns) {
    if (c.paused) continue;
    const u = shownUrgency(c, nowMs, cal);
    if (RANK[u] > RANK[worst]) worst = u;
  }
  if (worst !== 'ok') return worst;
  const sla = countdowns.filter((c) => c.kind === 'sla');
  return sla.length > 0 && sla.every((c) => c.paused) ? 'paused' : 'ok';
}

/** The board's groups, one per ticket: the summary counts them and filters the board by them. */
export type BoardGroup = 'overdue' | 'soon' | 'ok' | 'paused' | 'waiting';

export type Tally = Record<BoardGroup, number>;

/** Overdue, due soon, on track, paused, or restored and waiting to be closed (no countdowns left). */
export function boardGroup(countdowns: readonly Countdown[], nowMs: number, cal: BusinessCalendar): BoardGroup {
  const s = entryState(countdowns, nowMs, cal);
  return s === 'red' ? 'overdue' : s === 'amber' ? 'soon' : s === 'paused' ? 'paused' : s === 'none' ? 'waiting' : 'ok';
}

/** How many tickets are in each group. */
export function tally(entries: ReadonlyArray<{ countdowns: readonly Countdown[] }>, nowMs: number, cal: BusinessCalendar): Tally {
  const t: Tally = { overdue: 0, soon: 0, ok: 0, paused: 0, waiting: 0 };
  for (const e of entries) t[boardGroup(e.countdowns, nowMs, cal)]++;
  return t;
}
