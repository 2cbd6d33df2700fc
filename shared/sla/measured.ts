// Delay and jitter (monthly, per service): the user records a ticket with the measured value; a
// month misses when any such ticket that started in the month measured worse than the tier's
// objective. These tickets never count toward TTR, Excessive Outage or Availability.
import type { SlaDefinition } from './catalog';
import { streak, streakText, stepFor } from './consecutive';
import type { MonthContext } from './context';
import { applyCredit, head, makeResult, notApplicable, objectiveText } from './context';
import type { CaseTicket, PreparedCase, PreparedService } from './prepare';

function worse(sla: SlaDefinition, value: number, objective: number): boolean {
  return sla.objective.comparison === '<=' ? value > objective : value < objective;
}

function monthTickets(p: PreparedCase, sla: SlaDefinition, svc: PreparedService, month: string): CaseTicket[] {
  return p.measuredByMonth.get(`${sla.id}|${month}`)?.get(svc.id) ?? [];
}

function missedFromData(p: PreparedCase, sla: SlaDefinition, svc: PreparedService, month: string): boolean {
  const objective = sla.objective.tiers[svc.tier];
  if (objective === null) return false;
  for (const t of monthTickets(p, sla, svc, month)) if (t.measuredMs != null && worse(sla, t.measuredMs, objective)) return true;
  return false;
}

export function measuredResults(ctx: MonthContext): void {
  const { p } = ctx;
  for (const sla of p.slas.measured) {
    for (const svc of p.services) {
      if (!sla.serviceTypes.includes(svc.type)) continue;
      const what = `${svc.id} in ${ctx.month}`;
      const objective = sla.objective.tiers[svc.tier];
      if (objective === null) {
        ctx.results.push(notApplicable(sla, svc.tier, what, { serviceId: svc.id }));
        continue;
      }
      const tickets = monthTickets(p, sla, svc, ctx.month);
      let worst: number | null = null;
      const bad: string[] = [];
      for (const t of tickets) {
        const v = t.measuredMs;
        if (v == null) continue;
        if (worst === null || worse(sla, v, worst)) worst = v;
        if (worse(sla, v, objective)) bad.push(`${t.id} (${v} ms)`);
      }
      const missed = bad.length > 0;
      const met = missed ? false : ctx.complete ? true : null;
      const explain = [`${head(sla)}: ${what} (${svc.tier} tier, objective ${objectiveText(sla, svc.tier)}, 1,000-byte ping).`];
      if (tickets.length === 0) explain.push(`No ${sla.id} tickets recorded in ${ctx.month}: nothing measured worse than the objective.`);
      else if (missed) explain.push(`Measured worse than ${objectiveText(sla, svc.tier)}: ${bad.join(', ')}; the month misses.`);
      else explain.push(`${tickets.length} ${sla.id} ticket${tickets.length === 1 ? '' : 's'} in ${ctx.month}, worst ${worst} ms: within the objective.`);
      if (met === null) explain.push('Pending: the month is not over as of this evaluation.');
      const s = streak(p, sla.id, `svc:${svc.id}`, ctx.month, missed, (m) => missedFromData(p, sla, svc, m));
      const r = makeResult(sla, {
        serviceId: svc.id,
        applicable: true,
        met,
        measure: worst === null ? undefined : { ms: worst },
        objective: { ms: objective },
        consecutiveMisses: s.count,
        explain,
      });
      if (missed) {
        explain.push(streakText(s, ctx.month));
        const terms = stepFor(sla, s.count);
        if (terms) applyCredit(ctx, r, terms, svc);
      }
      ctx.results.push(r);
    }
  }
}
