// Duration per ticket (29.4.8.11 Time to Repair, 29.4.8.6 Excessive Outage, 29.4.8.2-4 CAT 1/2/3):
// the measure is the ticket's Unavailable Time (stop clocks subtracted) or, for SLAs without
// stop clocks (CAT 2, CAT 3), the plain outage duration; whole seconds; met when at most the
// tier's objective. A ticket not yet restored is measured up to "as of": missed once that
// exceeds the objective, pending before. Each missed one is its own credit line; they stack,
// with no cap. This module owns which tickets the SLAs cover (preparation), the verdict and the
// explanation (the outage's timeline and its stop clocks).
import type { ZoneClock } from '../../calendar/zoneClock';
import type { Catalog, SlaDefinition, Tier } from '../catalog';
import { objectiveMs } from '../catalog';
import { credit, factsFor, head, notApplicable, tierFacts } from '../context';
import { formatDuration, minutesOf } from '../format';
import type { CaseTicket, DurationOutcome, MonthContext, PreparedTicket, StopClockInput, StopClockReason, TierFacts } from '../model';
import { creditCents, explainCredit } from '../money';
import { newResult } from '../result';
import { afterRestorationWindow } from '../stop-clocks';
import { elapsedMs, measuredEnd, stopClockFacts, unavailableMs } from '../unavailable';

// ---------------------------------------------------------------------------------------------
// Preparation: which duration SLAs cover a ticket

/** Does an SLA cover a ticket of this kind on a service of this type? */
export function covers(sla: SlaDefinition, kind: string, serviceType: string): boolean {
  return sla.ticketKinds.includes(kind as never) && sla.serviceTypes.includes(serviceType);
}

/** The duration SLAs (catalog order) covering a ticket of this kind on a service of this type. */
export function durationSlasFor(slas: ReadonlyArray<SlaDefinition>, kind: string, serviceType: string): SlaDefinition[] {
  return slas.filter((sla) => sla.basis === 'ticket-duration' && covers(sla, kind, serviceType));
}

// ---------------------------------------------------------------------------------------------
// Verdict

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

/** Did the ticket miss this duration SLA measured up to `untilMs` (it then earned its remedy)? */
export function missedDuration(sla: SlaDefinition, t: PreparedTicket, tier: Tier, untilMs: number): boolean {
  const objective = objectiveMs(sla, tier);
  return objective !== null && durationVerdict(durationMeasureMs(sla, t, untilMs), objective, t.restorationMs === null) === false;
}

// ---------------------------------------------------------------------------------------------
// Results of a ticket whose outage started in the month

export function durationResults(ctx: MonthContext, t: CaseTicket): void {
  const ticketSlas = t.durationSlas;
  for (let k = 0; k < ticketSlas.length; k++) {
    const sla = ticketSlas[k]!;
    const f = tierFacts(ctx, sla)[t.tierIndex]!;
    if (f.objective === null) {
      const r = notApplicable(f, sla);
      r.serviceId = t.serviceId;
      r.ticketId = t.id;
      ctx.results.push(r);
    } else ctx.results.push(durationResult(ctx, sla, f, t));
  }
}

function durationResult(ctx: MonthContext, sla: SlaDefinition, f: TierFacts, t: CaseTicket) {
  const measureMs = durationMeasureMs(sla, t, ctx.asOfMs);
  const met = durationVerdict(measureMs, f.objectiveMs as number, t.restorationMs === null);
  const r = newResult(sla, undefined, durationExplain, ctx, t);
  r.serviceId = t.serviceId;
  r.ticketId = t.id;
  r.met = met;
  r.measure = { minutes: minutesOf(measureMs) };
  r.objective = f.measure;
  if (met === false && sla.remedy.kind === 'per-occurrence') r.credit = credit(ctx, sla.remedy.credit, t.service).line;
  return r;
}

// ---------------------------------------------------------------------------------------------
// Explanation

/** The verdict with its arithmetic, the outage's timeline, and the credit when one is owed. */
function durationExplain(ctx: MonthContext, sla: SlaDefinition, t: CaseTicket): string[] {
  const svc = t.service;
  const f = factsFor(ctx, sla, svc);
  const o = durationOutcome(sla, t, svc.tier, ctx.asOfMs);
  const objective = o.objectiveMs as number;
  const label = sla.stopClocks ? 'Unavailable Time' : 'Outage duration';
  let verdict: string;
  if (o.met === true) verdict = `${label} ${formatDuration(o.measureMs)} is within the objective ${f.text}: met.`;
  else if (o.met === null) verdict = `${label} so far ${formatDuration(o.measureMs)}, ${formatDuration(objective - o.measureMs)} left before the objective ${f.text} is missed: pending.`;
  else verdict = `${label} ${formatDuration(o.measureMs)} exceeds the objective ${f.text} by ${formatDuration(o.measureMs - objective)}: missed${o.open ? ' (already, while the ticket is still open)' : ''}.`;
  const timeline = ticketTimeline(ctx, t, sla.stopClocks);
  const lines = [`${head(sla)}: ticket ${t.id} on ${svc.id} (${svc.tier} tier): ${verdict}`, timeline[0]!, timeline[1]!];
  if (o.met === false && sla.remedy.kind === 'per-occurrence') lines.push(explainCredit(sla.remedy.credit, svc, creditCents(sla.remedy.credit, svc)));
  return lines;
}

/**
 * The timeline lines of a ticket, with or without stop clocks. A ticket's results are next to
 * each other in the report and read in turn, so the last ticket's lines are kept for its next.
 */
function ticketTimeline(ctx: MonthContext, t: CaseTicket, withStops: boolean): string[] {
  let kept = ctx.timeline;
  if (kept?.ticket !== t) kept = ctx.timeline = { ticket: t, withStops: null, plain: null };
  if (withStops) return (kept.withStops ??= timelineLines(t, ctx.asOfMs, ctx.p.clock, ctx.p.catalog, true));
  return (kept.plain ??= timelineLines(t, ctx.asOfMs, ctx.p.clock, ctx.p.catalog, false));
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
  if (reason === 'outside-restoration') return `counts ${span}; it lies entirely outside: not counted`;
  const s0 = sc.startMs;
  const e0 = Math.min(sc.endMs ?? Infinity, end);
  const before = Math.max(0, Math.min(e0, w.fromMs) - s0);
  const after = Math.max(0, e0 - Math.max(s0, w.toMs));
  const parts: string[] = [];
  if (before > 0) parts.push(`the ${formatDuration(before)} before the restoration`);
  if (after > 0) parts.push(`the ${formatDuration(after)} after ${t.notRestoredAtMs != null ? 'the report' : 'the actual restoration'}`);
  return `(${span}${parts.length > 0 ? `; ${parts.join(' and ')} do not count` : ''})`;
}

/**
 * Lines describing a ticket's outage: start and restoration, then the stop clocks and the
 * resulting Unavailable Time (or, for SLAs without stop clocks, the plain duration). Every figure
 * comes from stopClockFacts, the sum the verdict subtracts. Built once per ticket and shared by
 * its results.
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
  else second = stopClocksLine(t, asOfMs, clock, catalog);
  first.charCodeAt(0);
  second.charCodeAt(0);
  return [first, second];
}

/** "Stop clocks: ...; ... . Unavailable Time = elapsed X - stop clocks Y = Z." */
function stopClocksLine(t: PreparedTicket, asOfMs: number, clock: ZoneClock, catalog: Catalog): string {
  const facts = stopClockFacts(t, asOfMs, catalog);
  const end = facts.endMs;
  let individual = 0;
  let line = 'Stop clocks: ';
  for (let i = 0; i < facts.items.length; i++) {
    const { stopClock: sc, status: st, insideMs, outageClipped } = facts.items[i]!;
    const headText = `${sc.code} ${clock.format(sc.startMs)} to ${sc.endMs === null ? 'now (running)' : clock.format(sc.endMs)}`;
    let part: string;
    if (!st.counts) {
      part =
        st.reason === 'no-restoration' || st.reason === 'outside-restoration'
          ? `${headText} ${afterRestorationText(t, sc, end, clock, catalog, st.reason)}`
          : `${headText} ${REASONS[st.reason] ?? 'not counted'}`;
    } else {
      individual += insideMs;
      let note = st.windowClipped && sc.window ? ` (only inside the scheduled window ${clock.format(sc.window.startMs)} to ${clock.format(sc.window.endMs)})` : '';
      if (st.restorationClipped) note += ` ${afterRestorationText(t, sc, end, clock, catalog, null)}`;
      if (insideMs === 0) part = `${headText}${note} falls outside the outage: 0 min`;
      else part = `${headText}${note} counts ${formatDuration(insideMs)}${outageClipped ? ' inside the outage' : ''}`;
    }
    line += (i > 0 ? '; ' : '') + part;
  }
  const stopped = facts.stoppedMs;
  const union = individual > stopped ? ` (overlapping stop clocks count once: union ${formatDuration(stopped)})` : '';
  return `${line}. Unavailable Time = elapsed ${formatDuration(facts.elapsedMs)} - stop clocks ${formatDuration(stopped)}${union} = ${formatDuration(facts.elapsedMs - stopped)}.`;
}
