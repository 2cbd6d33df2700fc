// Availability (monthly, per service): Unavailable Time summed over the service's tickets
// *closed* in the month, excluding every ticket whose Unavailable Time already earned a remedy
// under another SLA (TTR, Excessive Outage, CAT); percent = (Scheduled Uptime − sum) /
// Scheduled Uptime × 100, Scheduled Uptime = 24 h × days in the month (November: 720 h).
// Compared unrounded (in exact integer arithmetic), printed to 4 decimals.
import { scheduledUptimeMinutes } from '../calendar/instant';
import type { SlaDefinition } from './catalog';
import { streak, streakText, stepFor } from './consecutive';
import type { MonthContext } from './context';
import { applyCredit, head, makeResult, notApplicable, objectiveText } from './context';
import { formatDuration, formatPercent4, minutesOf, round4 } from './format';
import type { CaseTicket, PreparedCase, PreparedService } from './prepare';
import { covers, durationOutcome, wholeSeconds } from './ticket';
import { unavailableMs } from './unavailable';

/** SLAs (of those availability excludes) whose remedy this closed ticket earned. */
export function remediedBy(p: PreparedCase, sla: SlaDefinition, t: CaseTicket): string[] {
  if (t.remedied) return t.remedied;
  const out: string[] = [];
  if (sla.basis === 'availability') {
    const until = t.restorationMs ?? t.closedAtMs ?? Infinity;
    for (const id of sla.excludeRemediedBy) {
      const other = p.catalog.sla(id);
      if (!other || other.basis !== 'ticket-duration' || !covers(other, t.kind, t.service.type)) continue;
      if (durationOutcome(other, t, t.service.tier, until).met === false) out.push(id);
    }
  }
  t.remedied = out;
  return out;
}

export interface AvailabilityFacts {
  scheduledSeconds: number;
  unavailableSeconds: number;
  counted: Array<{ t: CaseTicket; ms: number }>;
  excluded: Array<{ t: CaseTicket; by: string[] }>;
  /** Exact: (S − U) × 100 × 10⁴ compared with objective × 10⁴ × S. */
  missed: boolean | null;
  percent: number;
}

/** The month's availability facts for one service (tier objective null → missed null). */
export function availabilityFacts(p: PreparedCase, sla: SlaDefinition, svc: PreparedService, month: string): AvailabilityFacts {
  const scheduledSeconds = scheduledUptimeMinutes(month, p.zone) * 60;
  const closed = p.closedByMonth.get(month)?.get(svc.id) ?? [];
  const counted: AvailabilityFacts['counted'] = [];
  const excluded: AvailabilityFacts['excluded'] = [];
  let unavailable = 0;
  for (const t of closed) {
    const by = remediedBy(p, sla, t);
    if (by.length > 0) {
      excluded.push({ t, by });
      continue;
    }
    const ms = wholeSeconds(unavailableMs(t, t.restorationMs ?? t.closedAtMs ?? Infinity));
    counted.push({ t, ms });
    unavailable += ms / 1000;
  }
  const objective = sla.objective.tiers[svc.tier];
  let missed: boolean | null = null;
  if (objective !== null) {
    const scaled = Math.round(objective * 10_000);
    missed = (scheduledSeconds - unavailable) * 1_000_000 < scaled * scheduledSeconds;
  }
  const percent = ((scheduledSeconds - unavailable) / scheduledSeconds) * 100;
  return { scheduledSeconds, unavailableSeconds: unavailable, counted, excluded, missed, percent };
}

function missedFromData(p: PreparedCase, sla: SlaDefinition, svc: PreparedService, month: string): boolean {
  const key = `${sla.id}|svc:${svc.id}|${month}`;
  let v = p.verdicts.get(key);
  if (v === undefined) {
    v = availabilityFacts(p, sla, svc, month).missed === true;
    p.verdicts.set(key, v);
  }
  return v;
}

export function availabilityResults(ctx: MonthContext): void {
  const { p } = ctx;
  for (const sla of p.slas.availability) {
    for (const svc of p.services) {
      if (!sla.serviceTypes.includes(svc.type)) continue;
      const what = `${svc.id} in ${ctx.month}`;
      if (sla.objective.tiers[svc.tier] === null) {
        ctx.results.push(notApplicable(sla, svc.tier, what, { serviceId: svc.id }));
        continue;
      }
      const f = availabilityFacts(p, sla, svc, ctx.month);
      const missed = f.missed === true;
      p.verdicts.set(`${sla.id}|svc:${svc.id}|${ctx.month}`, missed);
      const met = missed ? false : ctx.complete ? true : null;
      const su = f.scheduledSeconds / 60;
      const explain = [
        `${head(sla)}: ${what} (${svc.tier} tier, objective ${objectiveText(sla, svc.tier)}). Scheduled Uptime = 24 h × ${ctx.days} days = ${su / 60} h = ${su} min.`,
      ];
      if (f.counted.length === 0 && f.excluded.length === 0) explain.push(`No trouble tickets closed in ${ctx.month}: Unavailable Time 0 min.`);
      else {
        if (f.counted.length > 0) {
          explain.push(
            `Tickets closed in ${ctx.month}: ${f.counted.map((c) => `${c.t.id} (Unavailable Time ${formatDuration(c.ms)})`).join(', ')}; total ${formatDuration(f.unavailableSeconds * 1000)}.`,
          );
        }
        if (f.excluded.length > 0) {
          explain.push(
            `Excluded, their Unavailable Time already earned a remedy: ${f.excluded.map((x) => `${x.t.id} (${x.by.join(', ')})`).join(', ')}.`,
          );
        }
      }
      const umin = f.unavailableSeconds / 60;
      explain.push(
        `Availability = (${su} − ${umin}) / ${su} × 100 = ${formatPercent4(f.percent)}: ${missed ? 'below' : 'meets'} the objective ${objectiveText(sla, svc.tier)}${met === null ? ' so far (the month is not over as of this evaluation: pending)' : ''}.`,
      );
      const s = streak(p, sla.id, `svc:${svc.id}`, ctx.month, missed, (m) => missedFromData(p, sla, svc, m));
      const r = makeResult(sla, {
        serviceId: svc.id,
        applicable: true,
        met,
        measure: { percent: round4(f.percent), minutes: minutesOf(f.unavailableSeconds * 1000) },
        objective: { percent: sla.objective.tiers[svc.tier] as number },
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
