// Notification (CAT 2 / CAT 3): the contractor's first notice to the CALNET Program within the
// catalog's minutes of the outage start, then an update at least every interval until
// restoration. A miss is flagged for Senior Management Escalation (no money). This module owns
// the preparation (which tickets it covers, the notices of an incident pooled), the verdict and
// its explanation (written with it: one result per CAT 2 / CAT 3 ticket).
import type { ZoneClock } from '../../calendar/zoneClock';
import type { SlaDefinition } from '../catalog';
import { head } from '../context';
import { formatDuration, minutesOf } from '../format';
import type { CaseTicket, MonthContext, NotificationOutcome, SlaResult, TicketInput } from '../model';
import { newResult } from '../result';
import { measuredEnd } from '../unavailable';
import { covers } from './duration';

// ---------------------------------------------------------------------------------------------
// Preparation

/** The notification SLAs (catalog order) covering a ticket of this kind on a service of this type. */
export function notificationSlasFor(slas: ReadonlyArray<SlaDefinition>, kind: string, serviceType: string): SlaDefinition[] {
  return slas.filter((sla) => sla.basis === 'notification' && covers(sla, kind, serviceType));
}

function ascending(a: number, b: number): number {
  return a - b;
}

/** The instants in order, each once (the list itself when it has one or none). */
export function sortedUnique(list: number[]): number[] {
  return list.length > 1 ? Array.from(new Set(list)).sort(ascending) : list;
}

/**
 * Contractor notices belong to the outage: the notices recorded on any ticket of an incident,
 * pooled, sorted, each once (incident id → notices).
 */
export function incidentNotices(tickets: ReadonlyArray<TicketInput>): Map<string, number[]> {
  const byIncident = new Map<string, number[]>();
  for (let i = 0; i < tickets.length; i++) {
    const t = tickets[i]!;
    if (t.incidentId && t.noticesMs && t.noticesMs.length > 0) {
      const list = byIncident.get(t.incidentId);
      if (list) list.push(...t.noticesMs);
      else byIncident.set(t.incidentId, [...t.noticesMs]);
    }
  }
  for (const [incident, list] of byIncident) byIncident.set(incident, sortedUnique(list));
  return byIncident;
}

/** A ticket's notices: its incident's, pooled, else its own in order. */
export function noticesOf(t: TicketInput, pooled: Map<string, number[]>): number[] {
  return (t.incidentId ? pooled.get(t.incidentId) : undefined) ?? sortedUnique(t.noticesMs ?? []);
}

// ---------------------------------------------------------------------------------------------
// Verdict and explanation

type NotificationSla = Extract<SlaDefinition, { basis: 'notification' }>;

export function notificationOutcome(sla: NotificationSla, t: CaseTicket, asOfMs: number, clock: ZoneClock): NotificationOutcome {
  const firstLimit = sla.firstNoticeMinutes * 60_000;
  const updateLimit = sla.updateIntervalMinutes * 60_000;
  const lines: string[] = [];
  const notices = t.notices;
  const end = measuredEnd(t, asOfMs);
  const restored = t.restorationMs !== null;
  const deadline = t.startMs + firstLimit;
  const start = clock.format(t.startMs);

  if (notices.length === 0) {
    const missed = asOfMs > deadline;
    lines.push(
      `${missed ? 'No notice recorded: the first notice was due' : 'No notice yet: the first notice is due'} by ${clock.format(deadline)} (${sla.firstNoticeMinutes} min after the outage start ${start}).`,
    );
    return { met: missed ? false : null, worstGapMs: null, firstNoticeMs: null, lines };
  }

  let missed = false;
  let pending = false;
  const first = notices[0]!;
  const firstGap = first > t.startMs ? first - t.startMs : 0;
  let worst = firstGap;
  if (firstGap > firstLimit) missed = true;
  lines.push(
    `First notice ${clock.format(first)}: ${formatDuration(firstGap)} after the outage start ${start}, ${firstGap > firstLimit ? `later than ${sla.firstNoticeMinutes} min: late` : `within ${sla.firstNoticeMinutes} min`}.`,
  );
  if (restored && first >= end) {
    lines.push(`Restored at ${clock.format(end)}, before the first notice: no update was due.`);
    return { met: !missed, worstGapMs: worst, firstNoticeMs: first, lines };
  }
  // Updates until restoration (or as of, while open): each gap at most the update interval.
  let prev = first;
  let late = '';
  for (let i = 1; i < notices.length; i++) {
    const n = notices[i]!;
    if (n > end) break;
    const gap = n - prev;
    if (gap > worst) worst = gap;
    if (gap > updateLimit) late += `${late ? '; ' : ''}${clock.format(prev)} to ${clock.format(n)} (${formatDuration(gap)})`;
    prev = n;
  }
  if (end > prev) {
    const gap = end - prev;
    if (gap > updateLimit) {
      if (gap > worst) worst = gap;
      late += `${late ? '; ' : ''}${clock.format(prev)} to ${restored ? `restoration ${clock.format(end)}` : `as of ${clock.format(end)} with no update`} (${formatDuration(gap)})`;
    } else if (!restored) pending = true;
    else if (gap > worst) worst = gap;
  } else if (!restored) pending = true;
  if (late) {
    missed = true;
    lines.push(`Updates more than ${sla.updateIntervalMinutes} min apart: ${late}.`);
  } else if (restored) {
    lines.push(`Updates at most ${sla.updateIntervalMinutes} min apart until restoration ${clock.format(end)} (${notices.length} notice${notices.length === 1 ? '' : 's'}).`);
  } else {
    lines.push(`Updates at most ${sla.updateIntervalMinutes} min apart so far; the next is due by ${clock.format(prev + updateLimit)}.`);
  }
  return { met: missed ? false : pending ? null : true, worstGapMs: worst, firstNoticeMs: first, lines };
}

/** The notification results of a ticket whose outage started in the month. */
export function notificationResults(ctx: MonthContext, t: CaseTicket): void {
  for (let k = 0; k < t.notificationSlas.length; k++) ctx.results.push(notificationResult(ctx, t.notificationSlas[k]!, t));
}

function notificationResult(ctx: MonthContext, sla: SlaDefinition, t: CaseTicket): SlaResult {
  if (sla.basis !== 'notification') throw new Error(`${sla.id} is not a notification SLA`);
  const o = notificationOutcome(sla, t, ctx.asOfMs, ctx.p.clock);
  const escalation = sla.remedy.kind === 'escalation' ? sla.remedy.remedy : undefined;
  const explain = [
    `${head(sla)}: ${t.kind.replace(/^cat/, 'CAT ')} ticket ${t.id} on ${t.service.id}: first notice within ${sla.firstNoticeMinutes} min of the outage start, then updates every ${sla.updateIntervalMinutes} min until restoration${t.incidentId ? ` (notices of incident ${t.incidentId})` : ''}.`,
    ...o.lines,
  ];
  if (o.met === false) explain.push(escalation ? `Missed: remedy ${escalation} (no credit).` : 'Missed.');
  else explain.push(o.met === true ? 'Met.' : 'Pending.');
  const r = newResult(sla, explain);
  r.serviceId = t.service.id;
  r.ticketId = t.id;
  r.met = o.met;
  r.measure = o.worstGapMs === null ? undefined : { minutes: minutesOf(o.worstGapMs) };
  r.objective = { minutes: sla.firstNoticeMinutes };
  r.remedy = o.met === false ? escalation : undefined;
  return r;
}
