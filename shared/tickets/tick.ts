// The live countdown tick: the main process sends each countdown once (with the instant it
// was computed); the renderer works out the time left every second from it, with no database
// query per tick. Business-time countdowns count on the agency calendar (escalation levels in
// business days); SLA countdowns are wall-clock and stand still while paused.
import { between, isWithinHours, nextBusinessInstant, type BusinessCalendar } from '../calendar';
import { urgency, type Urgency } from '../escalation/countdown';
import type { Countdown } from '../ipc/tickets';

export interface LiveCountdown {
  remainingMs: number;
  overdue: boolean;
  urgency: Urgency;
  text: string;
}

// A countdown arrives once and is ticked every second: parse its due instant once.
const dueCache = new WeakMap<Countdown, number>();

function dueMsOf(c: Countdown & { dueAt: string }): number {
  let ms = dueCache.get(c);
  if (ms === undefined) {
    ms = Date.parse(c.dueAt);
    dueCache.set(c, ms);
  }
  return ms;
}

export function liveRemaining(c: Countdown, nowMs: number, cal: BusinessCalendar): { remainingMs: number; overdue: boolean } {
  if (c.paused || c.dueAt === null) return { remainingMs: c.remainingMs, overdue: c.remainingMs < 0 };
  const dueMs = dueMsOf(c as Countdown & { dueAt: string });
  if (!c.businessTime) return { remainingMs: dueMs - nowMs, overdue: nowMs > dueMs };
  return nowMs > dueMs ? { remainingMs: -between(cal, dueMs, nowMs), overdue: true } : { remainingMs: between(cal, nowMs, dueMs), overdue: false };
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "3h 05m 12s", "2d 4h 10m", "45s"; "overdue 12m 03s" once past due. */
export function formatRemaining(ms: number, overdue = ms < 0): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const d = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const body = d > 0 ? `${d}d ${h}h ${pad(m)}m` : h > 0 ? `${h}h ${pad(m)}m ${pad(s)}s` : m > 0 ? `${m}m ${pad(s)}s` : `${s}s`;
  return overdue ? `overdue ${body}` : body;
}

export function liveCountdown(c: Countdown, nowMs: number, cal: BusinessCalendar): LiveCountdown {
  const { remainingMs, overdue } = liveRemaining(c, nowMs, cal);
  const text = c.kind === 'escalation' && c.intervalMs === 0 ? 'call now' : formatRemaining(remainingMs, overdue);
  return { remainingMs, overdue, urgency: urgency(remainingMs, c.intervalMs, overdue), text: c.paused ? `${text} (paused)` : text };
}

/**
 * Whether a business-time countdown is counting right now. Outside business hours it stands
 * still (a Sunday shows the same "9h 00m 00s" all day), so the screen must say it is waiting
 * and, when the calendar has hours ahead, when it resumes. Null for a wall-clock countdown and
 * for one paused by a stop clock (that pause says so itself).
 */
export type BusinessHoursState = { counting: true } | { counting: false; resumesAtMs: number | null };

export function businessHoursState(c: Countdown, nowMs: number, cal: BusinessCalendar): BusinessHoursState | null {
  if (!c.businessTime || c.paused || c.dueAt === null) return null;
  if (isWithinHours(cal, nowMs)) return { counting: true };
  try {
    return { counting: false, resumesAtMs: nextBusinessInstant(cal, nowMs) };
  } catch {
    // The calendar found no opening ahead (its walk is bounded): say what it counts, not when.
    return { counting: false, resumesAtMs: null };
  }
}
