// Delay and jitter (29.4.8.5, 29.4.8.8; monthly, per service): the user records a ticket with the
// measured value; a month misses when any such ticket that started in the month measured worse
// than the tier's objective. These tickets never count toward TTR, Excessive Outage or
// Availability. This module owns which tickets it reads (preparation: the kinds its SLAs name,
// grouped by the month they started), the verdict and its explanation.
import type { SlaDefinition } from '../catalog';
import { NO_STREAK, streak, streakText } from '../consecutive';
import { factsFor, monthlyHead, monthlyResult, notApplicable, PENDING_MONTH, sharedLines, tierFacts, withStepCredit } from '../context';
import { TicketsByService } from '../groups';
import type { CaseTicket, MonthContext, PreparedCase, PreparedService, SlaResult, Streak, TicketGroups, TierFacts } from '../model';
import { newResult } from '../result';

// ---------------------------------------------------------------------------------------------
// Preparation

/** The measured SLA (delay, jitter) of each ticket kind it names. */
export function measuredSlaByKind(slas: ReadonlyArray<SlaDefinition>): Map<string, SlaDefinition> {
  const byKind = new Map<string, SlaDefinition>();
  for (const s of slas) if (s.basis === 'measured') for (const k of s.ticketKinds) byKind.set(k, s);
  return byKind;
}

/** Files a measurement ticket under its SLA and the month it started, by service. */
export function addMeasuredTicket(measuredByMonth: Map<string, TicketGroups>, serviceCount: number, sla: SlaDefinition, t: CaseTicket): void {
  const key = `${sla.id}|${t.startMonth}`;
  let m = measuredByMonth.get(key);
  if (!m) measuredByMonth.set(key, (m = new TicketsByService(serviceCount)));
  m.add(t);
}

// ---------------------------------------------------------------------------------------------
// Verdict and explanation

function worse(sla: SlaDefinition, value: number, objective: number): boolean {
  return sla.objective.comparison === '<=' ? value > objective : value < objective;
}

interface VerdictArg {
  p: PreparedCase;
  sla: SlaDefinition;
  svc: PreparedService;
}

function missedFromData(month: string, a: VerdictArg): boolean {
  const objective = a.sla.objective.tiers[a.svc.tier];
  if (objective === null) return false;
  const tickets = a.p.measuredByMonth.get(`${a.sla.id}|${month}`)?.of(a.svc.index);
  if (tickets) for (const t of tickets) if (t.measuredMs != null && worse(a.sla, t.measuredMs, objective)) return true;
  return false;
}

interface ExplainArg {
  ctx: MonthContext;
  sla: SlaDefinition;
  f: TierFacts;
  tickets: CaseTicket[];
  met: boolean | null;
  s: Streak;
}

const NONE: CaseTicket[] = [];
const NO_SERVICES = new Int32Array(0);

export function measuredResults(ctx: MonthContext): void {
  const { p } = ctx;
  for (const sla of p.slas.measured) {
    const byService = p.measuredByMonth.get(`${sla.id}|${ctx.month}`);
    const tiers = tierFacts(ctx, sla);
    const services = p.servicesFor.get(sla.id) ?? NO_SERVICES;
    for (let i = 0; i < services.length; i++) {
      const si = services[i]!;
      const f = tiers[p.serviceTiers[si]!]!;
      const objective = f.objective;
      if (objective === null) {
        const r = notApplicable(f, sla);
        r.serviceId = p.serviceIds[si];
        ctx.results.push(r);
        continue;
      }
      const tickets = byService?.of(si);
      if (!tickets) {
        // Nothing recorded this month: the same lines for every such service.
        const met = ctx.complete ? true : null;
        const key = met === null ? 'none-pending' : 'none';
        const r = newResult(sla, f.lines.get(key) ?? sharedLines(f, key, measuredExplain, { ctx, sla, f, tickets: NONE, met, s: NO_STREAK }));
        r.serviceId = p.serviceIds[si];
        r.met = met;
        r.objective = f.measure;
        r.consecutiveMisses = 0;
        ctx.results.push(r);
        continue;
      }
      const svc = p.services[si]!;
      let worst: number | null = null;
      let missed = false;
      for (const t of tickets) {
        const v = t.measuredMs;
        if (v == null) continue;
        if (worst === null || worse(sla, v, worst)) worst = v;
        if (worse(sla, v, objective)) missed = true;
      }
      const met = missed ? false : ctx.complete ? true : null;
      const s = missed ? streak(p, sla.id, `svc:${svc.id}`, ctx.month, true, missedFromData, { p, sla, svc }) : NO_STREAK;
      const r = monthlyResult(ctx, sla, f, svc, met, s, measuredResultExplain);
      if (worst !== null) r.measure = { ms: worst };
      ctx.results.push(r);
    }
  }
}

/** The lines of a service's month with measured tickets, from the same tickets as its verdict. */
function measuredResultExplain(ctx: MonthContext, sla: SlaDefinition, svc: PreparedService, r: SlaResult): string[] {
  const { p } = ctx;
  const tickets = p.measuredByMonth.get(`${sla.id}|${ctx.month}`)?.of(svc.index) ?? NONE;
  const missed = r.met === false;
  const s = missed ? streak(p, sla.id, `svc:${svc.id}`, ctx.month, true, missedFromData, { p, sla, svc }) : NO_STREAK;
  return withStepCredit(measuredExplain({ ctx, sla, f: factsFor(ctx, sla, svc), tickets, met: r.met, s }), sla, s, svc);
}

function measuredExplain(a: ExplainArg): string[] {
  const { ctx, sla, met } = a;
  const objective = a.f.objective as number;
  const lines = [`${monthlyHead(ctx, sla, a.f)}, measured with a 1,000-byte ping.`];
  let all = '';
  let bad = '';
  for (const t of a.tickets) {
    if (t.measuredMs == null) continue;
    const item = `${t.id} (${t.measuredMs} ms)`;
    all += (all ? ', ' : '') + item;
    if (worse(sla, t.measuredMs, objective)) bad += (bad ? ', ' : '') + item;
  }
  if (!all) lines.push(`No ${sla.id} tickets recorded in ${ctx.month}: nothing measured worse than the objective.`);
  else if (bad) lines.push(`Measured worse than the objective: ${bad}; the month misses.`);
  else lines.push(`${all}: within the objective.`);
  if (met === null) lines.push(PENDING_MONTH);
  if (met === false) lines.push(streakText(a.s, ctx.month));
  return lines;
}
