// Per-ticket duration SLAs (Time to Repair, Excessive Outage, CAT 1/2/3): the measure is the
// ticket's Unavailable Time (stop clocks subtracted) or, for SLAs without stop clocks, the
// plain outage duration; whole seconds; met when ≤ the tier's objective. A ticket not yet
// restored is measured up to "as of": missed once that exceeds the objective, pending before.
import type { Catalog, SlaDefinition, Tier } from './catalog';
import { objectiveMs } from './catalog';
import { formatDuration } from './format';
import type { ZoneClock } from '../calendar/zoneClock';
import type { PreparedTicket } from './unavailable';
import type { StopClockInput } from './model';
import type { StopClockReason } from './unavailable';
import { afterRestorationWindow, elapsedMs, measuredEnd, overlapMs, stopClockStatus, unavailableMs } from './unavailable';

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

/** "29.4.7 item 2: time after a service has been restored" */
function afterItem(catalog: Catalog, code: string): string {
  const c = catalog.condition(code);
  return `${catalog.stopClockSection} item ${c?.line ?? '?'}: time after a service has been restored`;
}

/** What ends the after-restoration window: the End-User's report, else the actual restoration. */
function windowEnd(t: PreparedTicket, clock: ZoneClock): string {
  if (t.notRestoredAtMs != null) return `the End-User's report that the service was not restored ${clock.format(t.notRestoredAtMs)}`;
  if (t.actualRestoredAtMs != null) return `the actual restoration ${clock.format(t.actualRestoredAtMs)}`;
  return 'an End-User report that the service was not restored';
}

/**
 * Why an after-restoration stop clock counts only in part, or not at all (DOMAIN.md: OBSERVATION
 * and END_USER_NOT_AVAILABLE count only from the contractor's restoration up to the End-User's
 * report that the service was not restored): "(only from ... [29.4.7 item 2: ...]; the 120 min
 * before the restoration do not count)" for a part that counts, a sentence ending "not counted"
 * for one that does not.
 */
function afterRestorationText(t: PreparedTicket, sc: StopClockInput, end: number, clock: ZoneClock, catalog: Catalog, reason: StopClockReason | null): string {
  const item = afterItem(catalog, sc.code);
  const w = afterRestorationWindow(t);
  if (w === null || reason === 'no-restoration') return `counts only after the contractor's restoration (${item}), and the contractor has declared none: not counted`;
  const span = `only from the contractor's restoration ${clock.format(w.fromMs)} up to ${windowEnd(t, clock)} [${item}]`;
  if (t.notRestoredAtMs == null && t.actualRestoredAtMs == null) {
    return `counts ${span}; the End-User reported no such thing, the service was restored: not counted`;
  }
  const s0 = sc.startMs;
  const e0 = Math.min(sc.endMs ?? Infinity, end);
  const before = Math.max(0, Math.min(e0, w.fromMs) - s0);
  const after = Math.max(0, e0 - Math.max(s0, w.toMs));
  const parts: string[] = [];
  if (before > 0) parts.push(`the ${formatDuration(before)} before the restoration`);
  if (after > 0) parts.push(`the ${formatDuration(after)} after ${t.notRestoredAtMs != null ? 'the report' : 'the actual restoration'}`);
  const dropped = parts.length > 0 ? `; ${parts.join(' and ')} do not count` : '';
  if (reason === 'outside-restoration') return `counts ${span}; it lies entirely outside: not counted`;
  return `(${span}${dropped})`;
}

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
  const reported = t.notRestoredAtMs != null ? ` at ${clock.format(t.notRestoredAtMs)}` : '';
  if (t.restorationMs === null) {
    if (t.notRestoredAtMs != null && t.restoredAtMs != null) {
      first += `not restored (the contractor declared it restored at ${clock.format(t.restoredAtMs)}; the End-User reported it not restored${reported}), measured up to ${clock.format(end)} (as of)`;
    } else first += `not restored, measured up to ${clock.format(end)} (as of)`;
  } else if (t.actualRestoredAtMs != null && t.restoredAtMs != null && t.actualRestoredAtMs !== t.restoredAtMs) {
    first += `restoration ${clock.format(t.restorationMs)} (the actual restoration: the End-User reported the service not restored${reported} after the contractor declared it restored at ${clock.format(t.restoredAtMs)})`;
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
    const after = afterRestorationWindow(t);
    for (let i = 0; i < scs.length; i++) {
      const sc = scs[i]!;
      const st = stopClockStatus(sc, catalog, 'ticket', after);
      const headText = `${sc.code} ${clock.format(sc.startMs)} to ${sc.endMs === null ? 'now (running)' : clock.format(sc.endMs)}`;
      let part: string;
      if (!st.counts) {
        part = st.reason === 'no-restoration' || st.reason === 'outside-restoration'
          ? `${headText} ${afterRestorationText(t, sc, end, clock, catalog, st.reason)}`
          : `${headText} ${REASONS[st.reason] ?? 'not counted'}`;
      } else {
        const s = st.startMs > t.startMs ? st.startMs : t.startMs;
        const e = st.endMs < end ? st.endMs : end;
        const inside = e > s ? e - s : 0;
        individual += inside;
        let note = st.windowClipped && sc.window ? ` (only inside the scheduled window ${clock.format(sc.window.startMs)} to ${clock.format(sc.window.endMs)})` : '';
        if (st.restorationClipped) note += ` ${afterRestorationText(t, sc, end, clock, catalog, null)}`;
        if (inside === 0) part = `${headText}${note} falls outside the outage: 0 min`;
        else part = `${headText}${note} counts ${formatDuration(inside)}${s !== st.startMs || e !== st.endMs ? ' inside the outage' : ''}`;
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
