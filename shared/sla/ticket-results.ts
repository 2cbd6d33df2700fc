// Results of the per-ticket SLAs for the tickets whose outage started in the month: Time to
// Repair, Excessive Outage, CAT 1/2/3 (each missed one its own credit line; they stack, with no
// cap), and Notification for CAT 2 / CAT 3.
import type { SlaDefinition } from './catalog';
import type { MonthContext } from './context';
import { applyCredit, head, makeResult, notApplicable, objectiveMeasure, objectiveText } from './context';
import { formatDuration, minutesOf } from './format';
import { notificationResult } from './notification';
import type { CaseTicket } from './prepare';
import { covers, durationOutcome, timelineLines } from './ticket';

export function ticketResults(ctx: MonthContext): void {
  const { p } = ctx;
  const tickets = p.ticketsByStartMonth.get(ctx.month);
  if (!tickets) return;
  for (const t of tickets) {
    let withStops: string[] | null = null;
    let plain: string[] | null = null;
    for (const sla of p.slas.ticket) {
      if (!covers(sla, t.kind, t.service.type)) continue;
      let timeline: string[];
      if (sla.stopClocks) timeline = withStops ??= timelineLines(t, ctx.asOfMs, p.clock, p.catalog, true);
      else timeline = plain ??= timelineLines(t, ctx.asOfMs, p.clock, p.catalog, false);
      ctx.results.push(durationResult(ctx, sla, t, timeline));
    }
    for (const sla of p.slas.notification) {
      if (!covers(sla, t.kind, t.service.type)) continue;
      ctx.results.push(notificationResult(ctx, sla, t));
    }
  }
}

function durationResult(ctx: MonthContext, sla: SlaDefinition, t: CaseTicket, timeline: string[]) {
  const svc = t.service;
  const what = `ticket ${t.id} on ${svc.id}`;
  const o = durationOutcome(sla, t, svc.tier, ctx.asOfMs);
  if (!o.applicable) return notApplicable(sla, svc.tier, what, { serviceId: svc.id, ticketId: t.id });
  const objective = o.objectiveMs as number;
  const label = sla.stopClocks ? 'Unavailable Time' : 'Outage duration';
  const explain = [`${head(sla)}: ${what} (${svc.tier} tier, objective ${objectiveText(sla, svc.tier)}).`, ...timeline];
  if (o.met === true) explain.push(`Met: ${label} ${formatDuration(o.measureMs)} is within the objective ${objectiveText(sla, svc.tier)}.`);
  else if (o.met === null) {
    explain.push(
      `Pending: ${label} so far ${formatDuration(o.measureMs)}; ${formatDuration(objective - o.measureMs)} left before the objective ${objectiveText(sla, svc.tier)} is missed.`,
    );
  } else {
    explain.push(
      `Missed: ${label} ${formatDuration(o.measureMs)} exceeds the objective ${objectiveText(sla, svc.tier)} by ${formatDuration(o.measureMs - objective)}${o.open ? ' (already, while the ticket is still open)' : ''}.`,
    );
  }
  const r = makeResult(sla, {
    serviceId: svc.id,
    ticketId: t.id,
    applicable: true,
    met: o.met,
    measure: { minutes: minutesOf(o.measureMs) },
    objective: objectiveMeasure(sla, svc.tier),
    explain,
  });
  if (o.met === false && sla.remedy.kind === 'per-occurrence') applyCredit(ctx, r, sla.remedy.credit, svc);
  return r;
}
