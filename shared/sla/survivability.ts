// Excessive usage of Site Survivability (monthly, per site): the site's usage events
// (activation to return to standby), each clipped to the month, summed (overlapping events
// count once); the month misses when the sum exceeds the tier's objective. The credit is
// figured on the site's Site Survivability service.
import type { SlaDefinition } from './catalog';
import { streak, streakText, stepFor } from './consecutive';
import type { MonthContext } from './context';
import { applyCredit, head, makeResult, notApplicable, objectiveMeasure, objectiveText } from './context';
import { formatHours } from './format';
import type { PreparedCase, PreparedService } from './prepare';
import { usageMs } from './prepare';

const HOUR = 3_600_000;

function objectiveMsOf(sla: SlaDefinition, svc: PreparedService): number | null {
  const v = sla.objective.tiers[svc.tier];
  if (v === null) return null;
  return sla.objective.unit === 'hours' ? v * HOUR : sla.objective.unit === 'minutes' ? v * 60_000 : v;
}

function monthUsage(p: PreparedCase, svc: PreparedService, month: string, asOfMs: number): number {
  const b = p.clock.monthBounds(month);
  const to = asOfMs < b.end ? asOfMs : b.end;
  return Math.floor(usageMs(p.usageBySite.get(svc.siteKey), b.start, to) / 1000) * 1000;
}

export function survivabilityResults(ctx: MonthContext): void {
  const { p } = ctx;
  for (const sla of p.slas.siteUsage) {
    for (const svc of p.services) {
      if (!sla.serviceTypes.includes(svc.type)) continue;
      const what = `site ${svc.siteKey} (service ${svc.id}) in ${ctx.month}`;
      const objective = objectiveMsOf(sla, svc);
      if (objective === null) {
        ctx.results.push(notApplicable(sla, svc.tier, what, { serviceId: svc.id, site: svc.siteKey }));
        continue;
      }
      const events = p.usageBySite.get(svc.siteKey) ?? [];
      const used = monthUsage(p, svc, ctx.month, ctx.asOfMs);
      const missed = used > objective;
      const met = missed ? false : ctx.complete ? true : null;
      const explain = [`${head(sla)}: ${what} (${svc.tier} tier, objective ${objectiveText(sla, svc.tier)} of usage in the month).`];
      let inMonth = 0;
      for (const e of events) if (e.startMs < ctx.endMs && (e.endMs === null || e.endMs > ctx.startMs)) inMonth++;
      explain.push(
        inMonth === 0
          ? `No usage events in ${ctx.month}: 0 h.`
          : `${inMonth} usage event${inMonth === 1 ? '' : 's'} touching ${ctx.month}, each clipped to the month (${p.clock.format(ctx.startMs)} → ${p.clock.format(ctx.endMs)}), overlaps counted once: ${formatHours(used)}.`,
      );
      explain.push(`${missed ? 'Missed' : met === null ? 'Pending' : 'Met'}: ${formatHours(used)} ${missed ? 'exceeds' : 'is within'} the objective ${objectiveText(sla, svc.tier)}.`);
      const s = streak(p, sla.id, `site:${svc.siteKey}`, ctx.month, missed, (m) => monthUsage(p, svc, m, ctx.asOfMs) > objective);
      const r = makeResult(sla, {
        serviceId: svc.id,
        site: svc.siteKey,
        applicable: true,
        met,
        measure: { hours: Math.floor(used / 1000) / 3600 },
        objective: objectiveMeasure(sla, svc.tier),
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
