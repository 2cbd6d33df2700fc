// Provisioning (per order, in the month it is due). Due date = the negotiated due date, else
// order date + the committed interval in calendar days (agency time), extended by the counted
// CUSTOMER_PROVISIONING_DELAY time. Completed after the due date: late, 50% of its installation
// fee (Objective 1). When a service type's on-time percentage for the month (on time / orders
// due, decided orders only) is below the tier's objective, every late order of that type that
// month is credited 100% instead (Objective 2; instead of, not on top of: never 150%).
import type { SlaDefinition } from './catalog';
import type { MonthContext } from './context';
import { applyCredit, head, makeResult } from './context';
import { formatDuration, formatPercent4, minutesOf, round4 } from './format';
import type { Measure } from './model';
import type { PreparedOrder } from './prepare';

type Status = 'on-time' | 'late' | 'pending';

function status(o: PreparedOrder, asOfMs: number): Status {
  if (o.completedAtMs != null) return o.completedAtMs <= o.dueMs ? 'on-time' : 'late';
  return asOfMs > o.dueMs ? 'late' : 'pending';
}

export function provisioningResults(ctx: MonthContext): void {
  const { p } = ctx;
  const orders = p.ordersByDueMonth.get(ctx.month);
  if (!orders) return;
  for (const sla of p.slas.provisioning) {
    if (sla.remedy.kind !== 'provisioning') continue;
    const remedy = sla.remedy;
    const mine = orders.filter((o) => sla.serviceTypes.includes(o.service.type));
    // Objective 2: on-time percentage per service type over the orders decided so far.
    const byType = new Map<string, { onTime: number; decided: number; pending: number }>();
    const st = new Map<PreparedOrder, Status>();
    for (const o of mine) {
      const s = status(o, ctx.asOfMs);
      st.set(o, s);
      let g = byType.get(o.service.type);
      if (!g) byType.set(o.service.type, (g = { onTime: 0, decided: 0, pending: 0 }));
      if (s === 'pending') g.pending++;
      else {
        g.decided++;
        if (s === 'on-time') g.onTime++;
      }
    }
    for (const o of mine) ctx.results.push(orderResult(ctx, sla, remedy, o, st.get(o) as Status, byType.get(o.service.type)!));
  }
}

function orderResult(
  ctx: MonthContext,
  sla: SlaDefinition,
  remedy: Extract<SlaDefinition['remedy'], { kind: 'provisioning' }>,
  o: PreparedOrder,
  s: Status,
  g: { onTime: number; decided: number; pending: number },
) {
  const { p } = ctx;
  const f = (ms: number) => p.clock.format(ms);
  const svc = o.service;
  const objective = sla.objective.tiers[svc.tier];
  const explain = [
    `${head(sla)}: order ${o.id} for ${svc.id} (${svc.type}, ${svc.tier} tier), ordered ${f(o.orderedAtMs)}.`,
    o.negotiated
      ? `Due ${f(o.baseDueMs)}: the negotiated due date (it supersedes the committed interval).`
      : `Due ${f(o.baseDueMs)}: order date + the committed interval of ${o.intervalDays} days.`,
  ];
  if (o.stoppedMs > 0) {
    explain.push(`Customer Provisioning Delay stop clocks ${formatDuration(o.stoppedMs)} extend the due date to ${f(o.dueMs)}.`);
  }
  const allowed = o.baseDueMs - o.orderedAtMs;
  const end = o.completedAtMs ?? ctx.asOfMs;
  const taken = Math.max(0, end - o.orderedAtMs - o.stoppedMs);
  if (s === 'on-time') explain.push(`Completed ${f(o.completedAtMs as number)}, on or before the due date: Objective 1 met.`);
  else if (s === 'pending') explain.push(`Not completed as of ${f(ctx.asOfMs)}; not yet due: pending.`);
  else if (o.completedAtMs != null) explain.push(`Completed ${f(o.completedAtMs)}, ${formatDuration(o.completedAtMs - o.dueMs)} after the due date: late.`);
  else explain.push(`Not completed as of ${f(ctx.asOfMs)}, past the due date by ${formatDuration(ctx.asOfMs - o.dueMs)}: late.`);

  const percent = g.decided > 0 ? (g.onTime / g.decided) * 100 : null;
  // Exact comparison: onTime × 100 × 10⁴ < objective × 10⁴ × decided.
  const below = objective !== null && percent !== null && g.onTime * 1_000_000 < Math.round(objective * 10_000) * g.decided;
  const final = ctx.complete || g.pending === 0;
  if (objective === null) {
    explain.push(`Objective 2 (monthly on-time percentage) is N/A for the ${svc.tier} tier: only Objective 1 applies.`);
  } else if (percent === null) {
    explain.push(`Objective 2: no ${svc.type} order due in ${ctx.month} is decided yet.`);
  } else {
    explain.push(
      `Objective 2: ${g.onTime} of ${g.decided} ${svc.type} orders due in ${ctx.month} on time = ${formatPercent4(percent)} (objective ≥ ${objective}%)${g.pending > 0 ? `, ${g.pending} still pending` : ''}: ${below ? (final ? 'below the objective' : 'below so far (not final until the month is over)') : 'meets the objective'}.`,
    );
  }
  const measure: Measure = { minutes: minutesOf(taken) };
  if (percent !== null) measure.percent = round4(percent);
  const objectiveOut: Measure = { minutes: minutesOf(allowed) };
  if (objective !== null) objectiveOut.percent = objective;
  const r = makeResult(sla, {
    serviceId: svc.id,
    orderId: o.id,
    applicable: true,
    met: s === 'pending' ? null : s === 'on-time',
    measure,
    objective: objectiveOut,
    explain,
  });
  if (s === 'late') {
    const terms = below && final ? remedy.belowMonthlyObjective : remedy.perOccurrence;
    if (below && final) explain.push(`The monthly percentage is below the objective: ${terms.installFeePercent}% of the installation fee instead of ${remedy.perOccurrence.installFeePercent}%.`);
    applyCredit(ctx, r, terms, svc);
  }
  return r;
}
