// Excessive usage of Site Survivability (29.4.8.7; monthly, per site): the site's usage events
// (activation to return to standby), each clipped to the month, summed (overlapping events count
// once); the month misses when the sum exceeds the tier's objective. The credit is figured on the
// site's Site Survivability service. This module owns the usage (preparation: events by site),
// the verdict and its explanation.
import type { SlaDefinition } from '../catalog';
import { NO_STREAK, streak, streakText, stepFor } from '../consecutive';
import { credit, monthlyHead, notApplicable, PENDING_MONTH, tierFacts } from '../context';
import { formatHours } from '../format';
import { unionIntervals } from '../intervals';
import type { MonthContext, PreparedCase, PreparedService, Streak, TierFacts, UsageInput } from '../model';
import { explainCredit } from '../money';
import { newResult } from '../result';

// ---------------------------------------------------------------------------------------------
// Preparation

/** Usage events by site. */
export function usageBySite(usage: ReadonlyArray<UsageInput>): Map<string, UsageInput[]> {
  const bySite = new Map<string, UsageInput[]>();
  for (const u of usage) {
    const list = bySite.get(u.site);
    if (list) list.push(u);
    else bySite.set(u.site, [u]);
  }
  return bySite;
}

/** Union of a site's usage events clipped to [from, to) (a running event counts up to `to`). */
export function usageMs(events: ReadonlyArray<UsageInput> | undefined, from: number, to: number): number {
  if (!events || events.length === 0 || !(to > from)) return 0;
  const flat: number[] = [];
  for (const u of events) {
    const s = u.startMs > from ? u.startMs : from;
    const endRaw = u.endMs ?? to;
    const e = endRaw < to ? endRaw : to;
    if (e > s) flat.push(s, e);
  }
  const merged = unionIntervals(flat);
  let sum = 0;
  for (let i = 0; i < merged.length; i += 2) sum += merged[i + 1]! - merged[i]!;
  return sum;
}

// ---------------------------------------------------------------------------------------------
// Verdict and explanation

/** Whole seconds (in ms) of the site's usage in the month, up to as-of. */
function monthUsage(p: PreparedCase, svc: PreparedService, month: string, asOfMs: number): number {
  const b = p.clock.monthBounds(month);
  const to = asOfMs < b.end ? asOfMs : b.end;
  return Math.floor(usageMs(p.usageBySite.get(svc.siteKey), b.start, to) / 1000) * 1000;
}

interface VerdictArg {
  p: PreparedCase;
  svc: PreparedService;
  asOfMs: number;
  objectiveMs: number;
}

function missedFromData(month: string, a: VerdictArg): boolean {
  return monthUsage(a.p, a.svc, month, a.asOfMs) > a.objectiveMs;
}

export function survivabilityResults(ctx: MonthContext): void {
  const { p } = ctx;
  for (const sla of p.slas.siteUsage) {
    const tiers = tierFacts(ctx, sla);
    for (const si of p.servicesFor.get(sla.id) ?? []) {
      const svc = p.services[si]!;
      const f = tiers[svc.tierIndex]!;
      if (f.objective === null) {
        const r = notApplicable(f, sla);
        r.serviceId = svc.id;
        r.site = svc.siteKey;
        ctx.results.push(r);
        continue;
      }
      const objectiveMs = f.objectiveMs as number;
      const used = monthUsage(p, svc, ctx.month, ctx.asOfMs);
      const missed = used > objectiveMs;
      const met = missed ? false : ctx.complete ? true : null;
      const s = missed ? streak(p, sla.id, `site:${svc.siteKey}`, ctx.month, true, missedFromData, { p, svc, asOfMs: ctx.asOfMs, objectiveMs }) : NO_STREAK;
      const explain = survivabilityExplain(ctx, sla, f, svc, used, met, s);
      const terms = missed ? stepFor(sla, s.count) : null;
      const c = terms ? credit(ctx, terms, svc) : null;
      if (terms && c) explain.push(explainCredit(terms, svc, c.cents));
      const r = newResult(sla, explain);
      r.serviceId = svc.id;
      r.site = svc.siteKey;
      r.met = met;
      r.measure = { hours: used / 3_600_000 };
      r.objective = f.measure;
      r.consecutiveMisses = s.count;
      if (c) r.credit = c.line;
      ctx.results.push(r);
    }
  }
}

function survivabilityExplain(ctx: MonthContext, sla: SlaDefinition, f: TierFacts, svc: PreparedService, used: number, met: boolean | null, s: Streak): string[] {
  const { p } = ctx;
  const lines = [`${monthlyHead(ctx, sla, f)}: usage of site ${svc.siteKey}'s survivability service ${svc.id} in the month.`];
  let inMonth = 0;
  for (const e of p.usageBySite.get(svc.siteKey) ?? []) if (e.startMs < ctx.endMs && (e.endMs === null || e.endMs > ctx.startMs)) inMonth++;
  lines.push(
    inMonth === 0
      ? `No usage events in ${ctx.month}: 0 h.`
      : `${inMonth} usage event${inMonth === 1 ? '' : 's'} touching ${ctx.month}, each clipped to the month (${p.clock.format(ctx.startMs)} to ${p.clock.format(ctx.endMs)}), overlaps counted once: ${formatHours(used)}.`,
  );
  lines.push(`${met === false ? 'Missed' : met === null ? 'So far' : 'Met'}: ${formatHours(used)} ${met === false ? 'exceeds' : 'is within'} the objective ${f.text}.`);
  if (met === null) lines.push(PENDING_MONTH);
  if (met === false) lines.push(streakText(s, ctx.month));
  return lines;
}
