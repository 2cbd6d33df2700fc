// Notification (CAT 2 / CAT 3): the contractor's first notice to the CALNET Program within the
// catalog's minutes of the outage start, then an update at least every interval until
// restoration. A miss is flagged for Senior Management Escalation (no money).
import type { SlaDefinition } from './catalog';
import type { MonthContext } from './context';
import { head, makeResult } from './context';
import { formatDuration, minutesOf } from './format';
import type { SlaResult } from './model';
import type { CaseTicket } from './prepare';
import { measuredEnd } from './unavailable';

export interface NotificationOutcome {
  met: boolean | null;
  /** Longest wait: start → first notice, between notices, last notice → restoration (ms). */
  worstGapMs: number | null;
  firstNoticeMs: number | null;
  lines: string[];
}

export function notificationOutcome(
  sla: SlaDefinition & { basis: 'notification' },
  t: CaseTicket,
  asOfMs: number,
  format: (ms: number) => string,
): NotificationOutcome {
  const firstLimit = sla.firstNoticeMinutes * 60_000;
  const updateLimit = sla.updateIntervalMinutes * 60_000;
  const lines: string[] = [];
  const notices = t.notices;
  const end = measuredEnd(t, asOfMs);
  const restored = t.restorationMs !== null && t.restorationMs <= asOfMs;
  const deadline = t.startMs + firstLimit;
  let missed = false;
  let pending = false;
  const first = notices.length > 0 ? notices[0]! : null;

  if (first === null) {
    if (asOfMs > deadline) {
      missed = true;
      lines.push(`No notice recorded: the first notice was due by ${format(deadline)} (${sla.firstNoticeMinutes} min after the outage start ${format(t.startMs)}).`);
    } else {
      pending = true;
      lines.push(`No notice yet: the first notice is due by ${format(deadline)} (${sla.firstNoticeMinutes} min after the outage start ${format(t.startMs)}).`);
    }
    return { met: missed ? false : pending ? null : true, worstGapMs: null, firstNoticeMs: null, lines };
  }

  const firstGap = first > t.startMs ? first - t.startMs : 0;
  let worst = firstGap;
  if (firstGap > firstLimit) {
    missed = true;
    lines.push(`First notice ${format(first)}: ${formatDuration(firstGap)} after the outage start ${format(t.startMs)}, later than ${sla.firstNoticeMinutes} min: late.`);
  } else {
    lines.push(`First notice ${format(first)}: ${formatDuration(firstGap)} after the outage start ${format(t.startMs)}, within ${sla.firstNoticeMinutes} min.`);
  }
  // Updates until restoration (or as of, while open): each gap at most the update interval.
  let prev = first;
  const late: string[] = [];
  for (let i = 1; i < notices.length; i++) {
    const n = notices[i]!;
    if (n > end) break;
    const gap = n - prev;
    if (gap > worst) worst = gap;
    if (gap > updateLimit) late.push(`${format(prev)} → ${format(n)} (${formatDuration(gap)})`);
    prev = n;
  }
  if (end > prev) {
    const gap = end - prev;
    if (gap > updateLimit) {
      if (gap > worst) worst = gap;
      late.push(`${format(prev)} → ${restored ? `restoration ${format(end)}` : `as of ${format(end)} with no update`} (${formatDuration(gap)})`);
    } else if (!restored) pending = true;
    else if (gap > worst) worst = gap;
  } else if (!restored) pending = true;
  if (late.length > 0) {
    missed = true;
    lines.push(`Updates more than ${sla.updateIntervalMinutes} min apart: ${late.join('; ')}.`);
  } else {
    lines.push(
      restored
        ? `Updates at most ${sla.updateIntervalMinutes} min apart until restoration ${format(end)} (${notices.length} notice${notices.length === 1 ? '' : 's'}).`
        : `Updates at most ${sla.updateIntervalMinutes} min apart so far; the next is due by ${format(prev + updateLimit)}.`,
    );
  }
  return { met: missed ? false : pending ? null : true, worstGapMs: worst, firstNoticeMs: first, lines };
}

export function notificationResult(ctx: MonthContext, sla: SlaDefinition, t: CaseTicket): SlaResult {
  if (sla.basis !== 'notification') throw new Error(`${sla.id} is not a notification SLA`);
  const o = notificationOutcome(sla, t, ctx.asOfMs, (ms) => ctx.p.clock.format(ms));
  const explain = [
    `${head(sla)}: ${t.kind.replace(/^cat/, 'CAT ')} ticket ${t.id} on ${t.service.id}: first notice within ${sla.firstNoticeMinutes} min of the outage start, then updates every ${sla.updateIntervalMinutes} min until restoration${t.incidentId ? ` (notices of incident ${t.incidentId})` : ''}.`,
    ...o.lines,
  ];
  if (o.met === false && sla.remedy.kind === 'escalation') explain.push(`Missed: remedy ${sla.remedy.remedy} (no credit).`);
  else if (o.met === true) explain.push('Met.');
  else explain.push('Pending.');
  return makeResult(sla, {
    serviceId: t.service.id,
    ticketId: t.id,
    applicable: true,
    met: o.met,
    measure: o.worstGapMs === null ? undefined : { minutes: minutesOf(o.worstGapMs) },
    objective: { minutes: sla.firstNoticeMinutes },
    remedy: o.met === false && sla.remedy.kind === 'escalation' ? sla.remedy.remedy : undefined,
    explain,
  });
}
