// Per-ticket duration SLAs (Time to Repair, Excessive Outage, CAT 1/2/3): the measure is the
// ticket's Unavailable Time (stop clocks subtracted) or, for SLAs without stop clocks, the
// plain outage duration; whole seconds; met when ≤ the tier's objective. A ticket not yet
// restored is measured up to "as of": missed once that exceeds the objective, pending before.
import type { Catalog, SlaDefinition, Tier } from './catalog';
import { objectiveMs } from './catalog';
import { formatDuration } from './format';
import type { StopClockInput } from './model';
import type { ZoneClock } from './time';
import type { PreparedTicket } from './unavailable';
import { elapsedMs, measuredEnd, overlapMs, stopClockStatus, unavailableMs } from './unavailable';

export interface DurationOutcome {
  applicable: boolean;
  /** null when the tier has no objective. */
  objectiveMs: number | null;
  /** The measure truncated to whole seconds, in ms. */
  measureMs: number;
  /** true met, false missed, null pending (open ticket still inside the objective) or N/A. */
  met: boolean | null;
  /** The ticket was measured up to as-of, not to a restoration. */
  open: boolean;
}

export function wholeSeconds(ms: number): number {
  return ms === Infinity ? Infinity : Math.floor(ms / 1000) * 1000;
}

/** Outcome of one duration SLA for one ticket as of `asOfMs`. */
export function durationOutcome(sla: SlaDefinition, t: PreparedTicket, tier: Tier, asOfMs: number): DurationOutcome {
  const objective = objectiveMs(sla, tier);
  const open = t.restorationMs === null;
  const raw = sla.stopClocks ? unavailableMs(t, asOfMs) : elapsedMs(t, asOfMs);
  const measureMs = wholeSeconds(raw);
  if (objective === null) return { applicable: false, objectiveMs: null, measureMs, met: null, open };
  let met: boolean | null;
  if (measureMs <= objective) met = open ? null : true;
  else met = false;
  return { applicable: true, objectiveMs: objective, measureMs, met, open };
}

/** Does a duration SLA cover this ticket (its kind and its service's type)? */
export function covers(sla: SlaDefinition, kind: string, serviceType: string): boolean {
  return sla.ticketKinds.includes(kind as never) && sla.serviceTypes.includes(serviceType);
}

const REASONS: Record<string, string> = {
  voided: 'voided (later found not to be the cause): not counted',
  unknown: 'not a stop clock condition of the contract: not counted',
  'orders-only': 'restricted to provisioning (orders): not counted on a repair ticket',
  'tickets-only': 'not a provisioning stop clock: not counted',
  'no-window': 'no scheduled maintenance window recorded: not counted',
  'outside-window': 'entirely outside the scheduled maintenance window: not counted',
};

/**
 * Lines describing a ticket's outage: start, restoration, stop clocks and the resulting
 * Unavailable Time. Built once per ticket and shared by its results.
 */
export function timelineLines(t: PreparedTicket, asOfMs: number, clock: ZoneClock, catalog: Catalog, withStopClocks: boolean): string[] {
  const lines: string[] = [];
  const f = (ms: number) => clock.format(ms);
  if (t.alarmAtMs != null && t.alarmAtMs < t.openedAtMs) {
    lines.push(`Outage start ${f(t.startMs)}: the network alarm, earlier than the ticket opening at ${f(t.openedAtMs)}.`);
  } else {
    lines.push(`Outage start ${f(t.startMs)}: the ticket opening${t.alarmAtMs != null ? ` (alarm at ${f(t.alarmAtMs)} is not earlier)` : ''}.`);
  }
  const end = measuredEnd(t, asOfMs);
  if (t.restorationMs === null) {
    lines.push(`Not restored: measured up to ${f(end)} (as of).`);
  } else if (t.actualRestoredAtMs != null && t.restoredAtMs != null && t.actualRestoredAtMs !== t.restoredAtMs) {
    lines.push(
      `Restoration ${f(t.restorationMs)}: the actual restoration, because the End-User reported the service not restored after the contractor declared it restored at ${f(t.restoredAtMs)}.`,
    );
  } else {
    lines.push(`Restoration ${f(t.restorationMs)}${t.actualRestoredAtMs != null ? ' (actual restoration)' : " (the contractor's restoration)"}.`);
  }
  const elapsed = end > t.startMs ? end - t.startMs : 0;
  if (!withStopClocks) {
    lines.push(`Outage duration ${formatDuration(elapsed)}, start to restoration; this SLA subtracts no stop clocks.`);
    return lines;
  }
  const scs = t.stopClocks ?? [];
  if (scs.length === 0) {
    lines.push(`No stop clocks: Unavailable Time = elapsed ${formatDuration(elapsed)}.`);
    return lines;
  }
  let individual = 0;
  const parts: string[] = [];
  for (const sc of scs) parts.push(stopClockText(sc, t, end, clock, catalog, (ms) => (individual += ms)));
  const stopped = end > t.startMs ? overlapMs(t.stops, t.startMs, end) : 0;
  lines.push(`Stop clocks: ${parts.join('; ')}.`);
  const union = individual > stopped ? ` (overlapping stop clocks count once: union ${formatDuration(stopped)})` : '';
  lines.push(
    `Unavailable Time = elapsed ${formatDuration(elapsed)} − stop clocks ${formatDuration(stopped)}${union} = ${formatDuration(unavailableMs(t, asOfMs))}.`,
  );
  return lines;
}

function stopClockText(
  sc: StopClockInput,
  t: PreparedTicket,
  end: number,
  clock: ZoneClock,
  catalog: Catalog,
  add: (ms: number) => void,
): string {
  const head = `${sc.code} ${clock.format(sc.startMs)} → ${sc.endMs === null ? 'running' : clock.format(sc.endMs)}`;
  const st = stopClockStatus(sc, catalog, 'ticket');
  if (!st.counts) return `${head} ${REASONS[st.reason] ?? 'not counted'}`;
  const s = Math.max(st.startMs, t.startMs);
  const e = Math.min(st.endMs, end);
  const inside = e > s ? e - s : 0;
  add(inside);
  const window = st.windowClipped && sc.window ? ` (only inside the scheduled window ${clock.format(sc.window.startMs)} → ${clock.format(sc.window.endMs)})` : '';
  if (inside === 0) return `${head}${window} falls outside the outage: 0 min`;
  const clipped = s !== st.startMs || e !== st.endMs ? ' inside the outage' : '';
  return `${head}${window} counts ${formatDuration(inside)}${clipped}`;
}
