// Excessive usage of Site Survivability (monthly, per site): the site's usage events
// (activation to return to standby), each clipped to the month, summed (overlapping events
// count once); the month misses when the sum exceeds the tier's objective. The credit is
// figured on the site's Site Survivability service.
import type { SlaDefinition } from './catalog';
import type { Streak } from './consecutive';
import { NO_STREAK, streak, streakText, stepFor } from './consecutive';
import type { MonthContext, TierFacts } from './context';
import { credit, explainCredit, makeResult, monthlyHead, notApplicable, PENDING_MONTH, tierFacts } from './context';
import { formatHours } from './format';
import type { PreparedCase, PreparedService } from './prepare';
import { usageMs } from './prepare';

const UNIT_MS: Record<string, number> = { hours: 3_600_000, minutes: 60_000, ms: 1 };

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
      const objectiveMs = f.objective * (UNIT_MS[sla.objective.unit] ?? 1);
      const used = monthUsage(p, svc, ctx.month, ctx.asOfMs);
      const missed = used > objectiveMs;
      const met = missed ? false : ctx.complete ? true : null;
      const s = missed ? streak(p, sla.id, `site:${svc.siteKey}`, ctx.month, true, missedFromData, { p, svc, asOfMs: ctx.asOfMs, objectiveMs }) : NO_STREAK;
      const explain = survivabilityExplain(ctx, sla, f, svc, used, met, s);
      const terms = missed ? stepFor(sla, s.count) : null;
      const c = terms ? credit(ctx, terms, svc) : null;
      if (terms && c) explain.push(explainCredit(terms, svc, c.cents));
      ctx.results.push(
        makeResult(sla, {
          serviceId: svc.id,
          site: svc.siteKey,
          applicable: true,
          met,
          measure: { hours: used / 3_600_000 },
          objective: f.measure,
          consecutiveMisses: s.count,
          credit: c?.line,
          explain,
        }),
      );
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
