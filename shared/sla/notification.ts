// Notification (CAT 2 / CAT 3): the contractor's first notice to the CALNET Program within the
// catalog's minutes of the outage start, then an update at least every interval until
// restoration. A miss is flagged for Senior Management Escalation (no money).
import type { SlaDefinition } from './catalog';
import type { MonthContext } from './context';
import { head, makeResult } from './context';
import { formatDuration, minutesOf } from './format';
import type { SlaResult } from './model';
import type { CaseTicket } from './prepare';
import type { ZoneClock } from '../calendar/zoneClock';
import { measuredEnd } from './unavailable';

export interface NotificationOutcome {
  met: boolean | null;
  /** Longest wait: start to first notice, between notices, last notice to restoration (ms). */
  worstGapMs: number | null;
  firstNoticeMs: number | null;
  lines: string[];
}

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

export function notificationResult(ctx: MonthContext, sla: SlaDefinition, t: CaseTicket): SlaResult {
  if (sla.basis !== 'notification') throw new Error(`${sla.id} is not a notification SLA`);
  const o = notificationOutcome(sla, t, ctx.asOfMs, ctx.p.clock);
  const escalation = sla.remedy.kind === 'escalation' ? sla.remedy.remedy : undefined;
  const explain = [
    `${head(sla)}: ${t.kind.replace(/^cat/, 'CAT ')} ticket ${t.id} on ${t.service.id}: first notice within ${sla.firstNoticeMinutes} min of the outage start, then updates every ${sla.updateIntervalMinutes} min until restoration${t.incidentId ? ` (notices of incident ${t.incidentId})` : ''}.`,
    ...o.lines,
  ];
  if (o.met === false) explain.push(escalation ? `Missed: remedy ${escalation} (no credit).` : 'Missed.');
  else explain.push(o.met === true ? 'Met.' : 'Pending.');
  return makeResult(sla, {
    serviceId: t.service.id,
    ticketId: t.id,
    applicable: true,
    met: o.met,
    measure: o.worstGapMs === null ? undefined : { minutes: minutesOf(o.worstGapMs) },
    objective: { minutes: sla.firstNoticeMinutes },
    remedy: o.met === false ? escalation : undefined,
    explain,
  });
}
