// Countdowns: how long until something is due, and the colour that says how urgent it is
// (DOMAIN.md: amber at 25% of the interval left, red when overdue).
import { DEFAULT_CALENDAR, addBusinessDays, between, type BusinessCalendar } from '../calendar';
import type { Ladder, LadderInterval } from './ladders';

export type Urgency = 'ok' | 'amber' | 'red';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Red once past due; amber when at most a quarter of the interval is left. */
export function urgency(remainingMs: number, intervalMs: number, overdue = remainingMs < 0): Urgency {
  if (overdue) return 'red';
  if (remainingMs <= intervalMs / 4) return 'amber';
  return 'ok';
}

/**
 * When a level falls due, counted from the ladder's start (not from the previous level).
 * Plain hours are wall-clock hours; business days are add(start, N × business-day length)
 * on the agency's calendar (DOMAIN.md "Business-time arithmetic").
 */
export function dueAt(due: LadderInterval, startMs: number, cal: BusinessCalendar = DEFAULT_CALENDAR): number {
  if ('minutes' in due) return startMs + due.minutes * MINUTE;
  if ('hours' in due) return startMs + due.hours * HOUR;
  return addBusinessDays(cal, startMs, due.businessDays);
}

export interface LevelDue {
  level: number;
  role: string;
  dueAtMs: number;
  /** Whether the countdown to this level counts business time (business-day levels). */
  businessTime: boolean;
}

export function ladderSchedule(ladder: Ladder, startMs: number, cal: BusinessCalendar = DEFAULT_CALENDAR): LevelDue[] {
  return ladder.levels.flatMap((l) =>
    l.due ? [{ level: l.level, role: l.role, dueAtMs: dueAt(l.due, startMs, cal), businessTime: 'businessDays' in l.due }] : [],
  );
}

export interface EscalationCountdown {
  /** The next level not yet reached. */
  level: number;
  role: string;
  dueAtMs: number;
  /** Time left (business time for business-day levels); negative or zero once overdue. */
  remainingMs: number;
  overdue: boolean;
  intervalMs: number;
  businessTime: boolean;
  urgency: Urgency;
}

/**
 * The countdown to the next level of a ladder started at `startMs`, given the highest level
 * already reached. Null when the top of the ladder has been reached.
 */
export function escalationCountdown(
  ladder: Ladder,
  startMs: number,
  reachedLevel: number,
  nowMs: number,
  cal: BusinessCalendar = DEFAULT_CALENDAR,
): EscalationCountdown | null {
  const next = ladderSchedule(ladder, startMs, cal).find((l) => l.level > reachedLevel);
  if (!next) return null;
  const intervalMs = next.businessTime ? between(cal, startMs, next.dueAtMs) : next.dueAtMs - startMs;
  const overdue = nowMs > next.dueAtMs;
  // Past due, a business-time countdown shows how much business time it is late (which
  // stays 0 overnight: late since closing, still red).
  const remainingMs = next.businessTime
    ? overdue
      ? -between(cal, next.dueAtMs, nowMs)
      : between(cal, nowMs, next.dueAtMs)
    : next.dueAtMs - nowMs;
  return { ...next, remainingMs, overdue, intervalMs, urgency: urgency(remainingMs, intervalMs, overdue) };
}

/** The next update due on a ladder with an update schedule (Customer Care Center), or null. */
export function nextUpdateDue(ladder: Ladder, startMs: number, nowMs: number): number | null {
  const u = ladder.updates;
  if (!u) return null;
  if (u.every) {
    const step = u.every.hours * HOUR;
    const n = Math.max(1, Math.floor((nowMs - startMs) / step) + 1);
    return startMs + n * step;
  }
  const next = (u.at ?? []).map((a) => startMs + a.hours * HOUR).find((t) => t > nowMs);
  return next ?? null;
}
