// Results of the per-ticket SLAs for the tickets whose outage started in the month: Time to
// Repair, Excessive Outage, CAT 1/2/3 (each missed one its own credit line; they stack, with no
// cap), and Notification for CAT 2 / CAT 3.
import type { SlaDefinition } from './catalog';
import type { MonthContext, TierFacts } from './context';
import { credit, explainCredit, factsFor, head, newResult, notApplicable, tierFacts } from './context';
import { formatDuration, minutesOf } from './format';
import { creditCents } from './money';
import type { SlaResult } from './model';
import { notificationResult } from './notification';
import type { CaseTicket } from './prepare';
import { durationMeasureMs, durationOutcome, durationVerdict, timelineLines } from './ticket';

export function ticketResults(ctx: MonthContext): void {
  const tickets = ctx.p.ticketsByStartMonth.get(ctx.month);
  if (!tickets) return;
  for (let i = 0; i < tickets.length; i++) {
    const t = tickets[i]!;
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
    for (let k = 0; k < t.notificationSlas.length; k++) ctx.results.push(notificationResult(ctx, t.notificationSlas[k]!, t));
  }
}

function durationResult(ctx: MonthContext, sla: SlaDefinition, f: TierFacts, t: CaseTicket): SlaResult {
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
