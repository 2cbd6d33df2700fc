// Availability (monthly, per service): Unavailable Time summed over the service's tickets
// *closed* in the month, excluding every ticket whose Unavailable Time already earned a remedy
// under another SLA (TTR, Excessive Outage, CAT); percent = (Scheduled Uptime - sum) /
// Scheduled Uptime x 100, Scheduled Uptime = 24 h x days in the month (November: 720 h).
// Compared unrounded (in exact integer arithmetic), printed to 4 decimals. This module owns
// which tickets count (preparation: the kinds its SLA names, grouped by the month they closed),
// the verdict and its explanation.
import type { SlaDefinition } from '../catalog';
import { NO_STREAK, streak, streakText, verdictCache } from '../consecutive';
import { factsFor, monthlyHead, monthlyResult, notApplicable, PENDING_MONTH, sharedLines, tierFacts, withStepCredit } from '../context';
import { formatDuration, formatPercent4, minutesOf, round4 } from '../format';
import { TicketsByService } from '../groups';
import type { AvailabilityFacts, CaseTicket, MonthContext, PreparedCase, PreparedService, SlaResult, Streak, TicketGroups, TierFacts } from '../model';
import { newResult } from '../result';
import { unavailableMs } from '../unavailable';
import { missedDuration, wholeSeconds } from './duration';

const NONE: never[] = [];
const NO_SERVICES = new Int32Array(0);

// ---------------------------------------------------------------------------------------------
// Preparation

/** The ticket kinds availability counts (the kinds its SLAs name: delay / jitter tickets go to their own SLA). */
export function availabilityKinds(slas: ReadonlyArray<SlaDefinition>): Set<string> {
  return new Set<string>(slas.filter((s) => s.basis === 'availability').flatMap((s) => s.ticketKinds));
}

/** Files a closed ticket under the month it closed, by service. */
export function addClosedTicket(closedByMonth: Map<string, TicketGroups>, serviceCount: number, t: CaseTicket): void {
  const month = t.closeMonth as string;
  let m = closedByMonth.get(month);
  if (!m) closedByMonth.set(month, (m = new TicketsByService(serviceCount)));
  m.add(t);
}

// ---------------------------------------------------------------------------------------------
// Verdict

/** SLAs (of those availability excludes) whose remedy this closed ticket earned (cached). */
export function remediedBy(p: PreparedCase, sla: SlaDefinition, t: CaseTicket): string[] {
  if (t.remedied) return t.remedied;
  let out: string[] = NONE;
  if (sla.basis === 'availability') {
    const until = t.restorationMs ?? t.closedAtMs ?? Infinity;
    for (const id of sla.excludeRemediedBy) {
      const other = p.catalog.sla(id);
      if (!other || !t.durationSlas.includes(other)) continue;
      if (missedDuration(other, t, t.service.tier, until)) out = out === NONE ? [id] : [...out, id];
    }
  }
  t.remedied = out;
  return out;
}

/**
 * The month's availability facts for one service; the lists of counted and excluded tickets only
 * when `detail` is asked for (the explain lines), the verdict needs the sums alone.
 */
export function availabilityFacts(p: PreparedCase, sla: SlaDefinition, svc: PreparedService, month: string, closed?: CaseTicket[], detail = true): AvailabilityFacts {
  const scheduledSeconds = p.clock.scheduledUptimeMinutes(month) * 60;
  const list = closed ?? p.closedByMonth.get(month)?.of(svc.index) ?? NONE;
  let counted: AvailabilityFacts['counted'] = NONE;
  let excluded: AvailabilityFacts['excluded'] = NONE;
  let unavailable = 0;
  for (let i = 0; i < list.length; i++) {
    const t = list[i]!;
    const by = remediedBy(p, sla, t);
    if (by.length > 0) {
      if (detail) {
        if (excluded === NONE) excluded = [];
        excluded.push({ t, by });
      }
      continue;
    }
    const ms = wholeSeconds(unavailableMs(t, t.restorationMs ?? t.closedAtMs ?? Infinity));
    if (detail) {
      if (counted === NONE) counted = [];
      counted.push({ t, ms });
    }
    unavailable += ms / 1000;
  }
  const objective = sla.objective.tiers[svc.tier];
  let missed: boolean | null = null;
  // percent >= objective  <=>  (S - U) x 100 x 10^4 >= round(objective x 10^4) x S, in integers.
  if (objective !== null) missed = (scheduledSeconds - unavailable) * 1_000_000 < Math.round(objective * 10_000) * scheduledSeconds;
  const percent = ((scheduledSeconds - unavailable) / scheduledSeconds) * 100;
  return { scheduledSeconds, unavailableSeconds: unavailable, counted, excluded, missed, percent };
}

interface VerdictArg {
  p: PreparedCase;
  sla: SlaDefinition;
  svc: PreparedService;
}

function missedFromData(month: string, a: VerdictArg): boolean {
  const cache = verdictCache(a.p, a.sla.id, month);
  const v = cache[a.svc.index];
  if (v !== 0) return v === 2;
  const missed = availabilityFacts(a.p, a.sla, a.svc, month, undefined, false).missed === true;
  cache[a.svc.index] = missed ? 2 : 1;
  return missed;
}

interface ExplainArg {
  ctx: MonthContext;
  sla: SlaDefinition;
  f: TierFacts;
  facts: AvailabilityFacts;
  met: boolean | null;
  s: Streak;
}

export function availabilityResults(ctx: MonthContext): void {
  const { p } = ctx;
  for (const sla of p.slas.availability) {
    const closedThisMonth = p.closedByMonth.get(ctx.month);
    const cache = verdictCache(p, sla.id, ctx.month);
    const tiers = tierFacts(ctx, sla);
    const services = p.servicesFor.get(sla.id) ?? NO_SERVICES;
    for (let i = 0; i < services.length; i++) {
      const si = services[i]!;
      const f = tiers[p.serviceTiers[si]!]!;
      if (f.objective === null) {
        const r = notApplicable(f, sla);
        r.serviceId = p.serviceIds[si];
        ctx.results.push(r);
        continue;
      }
      const closed = closedThisMonth?.of(si);
      if (closed === undefined) {
        // Nothing closed this month: 100%, the same lines and measure for every such service.
        cache[si] = 1;
        const met = ctx.complete ? true : null;
        const key = met === null ? 'none-pending' : 'none';
        const r = newResult(
          sla,
          f.lines.get(key) ?? sharedLines(f, key, availabilityExplain, { ctx, sla, f, facts: availabilityFacts(p, sla, p.services[si]!, ctx.month, NONE), met, s: NO_STREAK }),
        );
        r.serviceId = p.serviceIds[si];
        r.met = met;
        r.measure = f.emptyMeasure ??= Object.freeze({ percent: 100, minutes: 0 });
        r.objective = f.measure;
        r.consecutiveMisses = 0;
        ctx.results.push(r);
        continue;
      }
      const svc = p.services[si]!;
      const facts = availabilityFacts(p, sla, svc, ctx.month, closed, false);
      const missed = facts.missed === true;
      cache[svc.index] = missed ? 2 : 1;
      const met = missed ? false : ctx.complete ? true : null;
      const s = missed ? streak(p, sla.id, `svc:${svc.id}`, ctx.month, true, missedFromData, { p, sla, svc }) : NO_STREAK;
      const r = monthlyResult(ctx, sla, f, svc, met, s, availabilityResultExplain);
      r.measure = { percent: round4(facts.percent), minutes: minutesOf(facts.unavailableSeconds * 1000) };
      ctx.results.push(r);
    }
  }
}

/** The lines of a service's month with tickets closed, from the same facts as its verdict. */
function availabilityResultExplain(ctx: MonthContext, sla: SlaDefinition, svc: PreparedService, r: SlaResult): string[] {
  const { p } = ctx;
  const facts = availabilityFacts(p, sla, svc, ctx.month, p.closedByMonth.get(ctx.month)?.of(svc.index) ?? NONE);
  const s = facts.missed === true ? streak(p, sla.id, `svc:${svc.id}`, ctx.month, true, missedFromData, { p, sla, svc }) : NO_STREAK;
  return withStepCredit(availabilityExplain({ ctx, sla, f: factsFor(ctx, sla, svc), facts, met: r.met, s }), sla, s, svc);
}

function availabilityExplain(a: ExplainArg): string[] {
  const { ctx, facts, met } = a;
  const su = facts.scheduledSeconds / 60;
  const lines = [`${monthlyHead(ctx, a.sla, a.f)}: Scheduled Uptime = 24 h x ${ctx.days} days = ${su / 60} h = ${su} min.`];
  if (facts.counted.length === 0 && facts.excluded.length === 0) lines.push(`No trouble tickets closed in ${ctx.month}: Unavailable Time 0 min.`);
  if (facts.counted.length > 0) {
    let list = '';
    for (const x of facts.counted) list += `${list ? ', ' : ''}${x.t.id} (Unavailable Time ${formatDuration(x.ms)})`;
    lines.push(`Tickets closed in ${ctx.month}: ${list}; total ${formatDuration(facts.unavailableSeconds * 1000)}.`);
  }
  if (facts.excluded.length > 0) {
    let list = '';
    for (const x of facts.excluded) list += `${list ? ', ' : ''}${x.t.id} (${x.by.join(', ')})`;
    lines.push(`Excluded, their Unavailable Time already earned a remedy: ${list}.`);
  }
  lines.push(
    `Availability = (${su} - ${facts.unavailableSeconds / 60}) / ${su} x 100 = ${formatPercent4(facts.percent)}: ${met === false ? 'below' : 'meets'} the objective ${a.f.text}${met === null ? ' so far' : ''}.`,
  );
  if (met === null) lines.push(PENDING_MONTH);
  if (met === false) lines.push(streakText(a.s, ctx.month));
  return lines;
}
