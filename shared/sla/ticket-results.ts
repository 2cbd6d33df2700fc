// Results of the per-ticket SLAs for the tickets whose outage started in the month: Time to
// Repair, Excessive Outage, CAT 1/2/3 (each missed one its own credit line; they stack, with no
// cap), and Notification for CAT 2 / CAT 3.
import type { SlaDefinition } from './catalog';
import type { MonthContext, TierFacts } from './context';
import { credit, explainCredit, head, notApplicable, tierFacts } from './context';
import { formatDuration, minutesOf } from './format';
import { NO_CREDIT } from './money';
import type { SlaResult } from './model';
import { notificationResult } from './notification';
import type { CaseTicket } from './prepare';
import { durationOutcome, timelineLines } from './ticket';

export function ticketResults(ctx: MonthContext): void {
  const { p } = ctx;
  const tickets = p.ticketsByStartMonth.get(ctx.month);
  if (!tickets) return;
  for (let i = 0; i < tickets.length; i++) {
    const t = tickets[i]!;
    // The timeline lines are shared by the ticket's results (with / without stop clocks).
    let withStops: string[] | null = null;
    let plain: string[] | null = null;
    const ticketSlas = t.durationSlas;
    for (let k = 0; k < ticketSlas.length; k++) {
      const sla = ticketSlas[k]!;
      const f = tierFacts(ctx, sla)[t.service.tier];
      if (f.objective === null) {
        ctx.results.push(notApplicable(f, sla, { serviceId: t.service.id, ticketId: t.id }));
        continue;
      }
      let timeline: string[];
      if (sla.stopClocks) timeline = withStops ??= timelineLines(t, ctx.asOfMs, p.clock, p.catalog, true);
      else timeline = plain ??= timelineLines(t, ctx.asOfMs, p.clock, p.catalog, false);
      ctx.results.push(durationResult(ctx, sla, f, t, timeline));
    }
    for (let k = 0; k < t.notificationSlas.length; k++) ctx.results.push(notificationResult(ctx, t.notificationSlas[k]!, t));
  }
}

function durationResult(ctx: MonthContext, sla: SlaDefinition, f: TierFacts, t: CaseTicket, timeline: string[]): SlaResult {
  const svc = t.service;
  const o = durationOutcome(sla, t, svc.tier, ctx.asOfMs);
  const objective = o.objectiveMs as number;
  const label = sla.stopClocks ? 'Unavailable Time' : 'Outage duration';
  let verdict: string;
  let c: { line: SlaResult['credit']; cents: number } | null = null;
  if (o.met === true) verdict = `${label} ${formatDuration(o.measureMs)} is within the objective ${f.text}: met.`;
  else if (o.met === null) verdict = `${label} so far ${formatDuration(o.measureMs)}, ${formatDuration(objective - o.measureMs)} left before the objective ${f.text} is missed: pending.`;
  else {
    verdict = `${label} ${formatDuration(o.measureMs)} exceeds the objective ${f.text} by ${formatDuration(o.measureMs - objective)}: missed${o.open ? ' (already, while the ticket is still open)' : ''}.`;
    if (sla.remedy.kind === 'per-occurrence') c = credit(ctx, sla.remedy.credit, svc);
  }
  const explain = [`${head(sla)}: ticket ${t.id} on ${svc.id} (${svc.tier} tier): ${verdict}`, timeline[0]!, timeline[1]!];
  if (c && sla.remedy.kind === 'per-occurrence') explain.push(explainCredit(sla.remedy.credit, svc, c.cents));
  explain[0]!.charCodeAt(0);
  if (explain.length > 3) explain[3]!.charCodeAt(0);
  return {
    sla: sla.id,
    serviceId: svc.id,
    ticketId: t.id,
    applicable: true,
    met: o.met,
    measure: { minutes: minutesOf(o.measureMs) },
    objective: f.measure,
    credit: c ? c.line : NO_CREDIT,
    explain,
  };
}
