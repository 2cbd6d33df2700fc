// Per-ticket duration SLAs (Time to Repair, Excessive Outage, CAT 1/2/3): the measure is the
// ticket's Unavailable Time (stop clocks subtracted) or, for SLAs without stop clocks, the
// plain outage duration; whole seconds; met when ≤ the tier's objective. A ticket not yet
// restored is measured up to "as of": missed once that exceeds the objective, pending before.
import type { Catalog, SlaDefinition, Tier } from './catalog';
import { objectiveMs } from './catalog';
import { formatDuration } from './format';
import type { ZoneClock } from '../calendar/zoneClock';
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

/** The measure of a duration SLA as of `asOfMs`: Unavailable Time or outage duration, whole seconds. */
export function durationMeasureMs(sla: SlaDefinition, t: PreparedTicket, asOfMs: number): number {
  return wholeSeconds(sla.stopClocks ? unavailableMs(t, asOfMs) : elapsedMs(t, asOfMs));
}

/** Met within the objective, missed beyond it, pending (null) while an open ticket is still within. */
export function durationVerdict(measureMs: number, objectiveMs: number, open: boolean): boolean | null {
  if (measureMs <= objectiveMs) return open ? null : true;
  return false;
}

/** Outcome of one duration SLA for one ticket as of `asOfMs`. */
export function durationOutcome(sla: SlaDefinition, t: PreparedTicket, tier: Tier, asOfMs: number): DurationOutcome {
  const objective = objectiveMs(sla, tier);
  const open = t.restorationMs === null;
  const measureMs = durationMeasureMs(sla, t, asOfMs);
  if (objective === null) return { applicable: false, objectiveMs: null, measureMs, met: null, open };
  return { applicable: true, objectiveMs: objective, measureMs, met: durationVerdict(measureMs, objective, open), open };
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
 * Lines describing a ticket's outage: start and restoration, then the stop clocks and the
 * resulting Unavailable Time (or, for SLAs without stop clocks, the plain duration). Built once
 * per ticket and shared by its results.
 */
export function timelineLines(t: PreparedTicket, asOfMs: number, clock: ZoneClock, catalog: Catalog, withStopClocks: boolean): string[] {
  let first: string;
  if (t.alarmAtMs != null && t.alarmAtMs < t.openedAtMs) {
    first = `Outage start ${clock.format(t.startMs)} (the network alarm, before the ticket opened at ${clock.format(t.openedAtMs)}); `;
  } else {
    first = `Outage start ${clock.format(t.startMs)} (the ticket opening${t.alarmAtMs != null ? `; the alarm at ${clock.format(t.alarmAtMs)} is not earlier` : ''}); `;
  }
  const end = measuredEnd(t, asOfMs);
  if (t.restorationMs === null) first += `not restored, measured up to ${clock.format(end)} (as of)`;
  else if (t.actualRestoredAtMs != null && t.restoredAtMs != null && t.actualRestoredAtMs !== t.restoredAtMs) {
    first += `restoration ${clock.format(t.restorationMs)} (the actual restoration: the End-User reported the service not restored after the contractor declared it restored at ${clock.format(t.restoredAtMs)})`;
  } else first += `restoration ${clock.format(t.restorationMs)} (${t.actualRestoredAtMs != null ? 'the actual restoration' : "the contractor's restoration"})`;
  const elapsed = end > t.startMs ? end - t.startMs : 0;
  first += `: elapsed ${formatDuration(elapsed)}.`;
  let second: string;
  const scs = t.stopClocks ?? [];
  if (!withStopClocks) second = `This SLA subtracts no stop clocks: outage duration = elapsed ${formatDuration(elapsed)}.`;
  else if (scs.length === 0) second = `No stop clocks: Unavailable Time = elapsed ${formatDuration(elapsed)}.`;
  else {
    let individual = 0;
    second = 'Stop clocks: ';
    for (let i = 0; i < scs.length; i++) {
      const sc = scs[i]!;
      const st = stopClockStatus(sc, catalog, 'ticket');
      const headText = `${sc.code} ${clock.format(sc.startMs)} to ${sc.endMs === null ? 'now (running)' : clock.format(sc.endMs)}`;
      let part: string;
      if (!st.counts) part = `${headText} ${REASONS[st.reason] ?? 'not counted'}`;
      else {
        const s = st.startMs > t.startMs ? st.startMs : t.startMs;
        const e = st.endMs < end ? st.endMs : end;
        const inside = e > s ? e - s : 0;
        individual += inside;
        const window = st.windowClipped && sc.window ? ` (only inside the scheduled window ${clock.format(sc.window.startMs)} to ${clock.format(sc.window.endMs)})` : '';
        if (inside === 0) part = `${headText}${window} falls outside the outage: 0 min`;
        else part = `${headText}${window} counts ${formatDuration(inside)}${s !== st.startMs || e !== st.endMs ? ' inside the outage' : ''}`;
      }
      second += (i > 0 ? '; ' : '') + part;
    }
    const stopped = end > t.startMs ? overlapMs(t.stops, t.startMs, end) : 0;
    const union = individual > stopped ? ` (overlapping stop clocks count once: union ${formatDuration(stopped)})` : '';
    second += `. Unavailable Time = elapsed ${formatDuration(elapsed)} - stop clocks ${formatDuration(stopped)}${union} = ${formatDuration(elapsed - stopped)}.`;
  }
  first.charCodeAt(0);
  second.charCodeAt(0);
  return [first, second];
}
