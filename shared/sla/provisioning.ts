// Provisioning (per order, in the month it is due). The due date is a date of the agency's zone:
// the negotiated due date, else the order's date + the committed interval in calendar days. On
// time when completed on or before it, at any hour: by the end of the due date, extended by the
// counted CUSTOMER_PROVISIONING_DELAY time (prepare.ts prepareOrder, orderStatus). Completed
// after that: late, 50% of its installation fee (Objective 1). When a service type's on-time percentage for the month (on time / orders
// due, decided orders only) is below the tier's objective, every late order of that type that
// month is credited 100% instead (Objective 2; instead of, not on top of: never 150%).
import type { SlaDefinition } from './catalog';
import type { MonthContext } from './context';
import { credit, explainCredit, head, makeResult } from './context';
import { formatDuration, formatPercent4, minutesOf, round4 } from './format';
import type { Measure, SlaResult } from './model';
import type { PreparedOrder } from './prepare';
import { orderDelayMs, orderStatus } from './prepare';

type Status = 'on-time' | 'late' | 'pending';

/** Orders reach a month's report only with a due date (dueMonth), so never 'no-due' here. */
function status(o: PreparedOrder, asOfMs: number): Status {
  const s = orderStatus(o, asOfMs);
  return s === 'no-due' ? 'pending' : s;
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
): SlaResult {
  const svc = o.service;
  const objective = sla.objective.tiers[svc.tier];
  // In minutes: allowed = order → end of the due date; taken = order → completion (or as-of) minus
  // the delay. taken < allowed exactly when completed before the extended deadline.
  const allowed = o.dueDateEndMs - o.orderedAtMs;
  const end = o.completedAtMs ?? ctx.asOfMs;
  const taken = Math.max(0, end - o.orderedAtMs - orderDelayMs(o, ctx.asOfMs));
  const percent = g.decided > 0 ? (g.onTime / g.decided) * 100 : null;
  // Exact comparison: onTime x 100 x 10^4 < objective x 10^4 x decided.
  const below = objective !== null && percent !== null && g.onTime * 1_000_000 < Math.round(objective * 10_000) * g.decided;
  const final = ctx.complete || g.pending === 0;
  const upgraded = s === 'late' && below && final;
  const terms = s === 'late' ? (upgraded ? remedy.belowMonthlyObjective : remedy.perOccurrence) : null;
  const c = terms ? credit(ctx, terms, svc) : null;
  const measure: Measure = { minutes: minutesOf(taken) };
  if (percent !== null) measure.percent = round4(percent);
  const objectiveOut: Measure = { minutes: minutesOf(allowed) };
  if (objective !== null) objectiveOut.percent = objective;
  const f = (ms: number) => ctx.p.clock.format(ms);
  const lines = [
    `${head(sla)}: order ${o.id} for ${svc.id} (${svc.type}, ${svc.tier} tier), ordered ${f(o.orderedAtMs)}.`,
    o.negotiated
      ? `Due date ${o.dueDate}: the negotiated due date (it supersedes the committed interval); on time when completed by the end of that day, ${f(o.dueDateEndMs)}.`
      : `Due date ${o.dueDate}: the order's date ${ctx.p.clock.dateOf(o.orderedAtMs)} + the committed interval of ${o.intervalDays} calendar days; on time when completed by the end of that day, ${f(o.dueDateEndMs)}.`,
  ];
  if (o.delayRunning) lines.push('A Customer Provisioning Delay stop clock is still running: the end of the due date moves until it ends.');
  else if (o.stoppedMs > 0) lines.push(`Customer Provisioning Delay stop clocks ${formatDuration(o.stoppedMs)} extend the end of the due date to ${f(o.dueMs)}.`);
  const extended = o.stoppedMs > 0 ? ' as extended' : '';
  if (s === 'on-time') lines.push(`Completed ${f(o.completedAtMs as number)}, on or before the due date ${o.dueDate}${extended}: Objective 1 met.`);
  else if (s === 'pending') lines.push(`Not completed as of ${f(ctx.asOfMs)}; not yet due: pending.`);
  else if (o.completedAtMs != null) lines.push(`Completed ${f(o.completedAtMs)}, after the due date ${o.dueDate}${extended} (${formatDuration(o.completedAtMs - o.dueMs)} past its end, ${f(o.dueMs)}): late.`);
  else lines.push(`Not completed as of ${f(ctx.asOfMs)}, after the due date ${o.dueDate}${extended} (${formatDuration(ctx.asOfMs - o.dueMs)} past its end, ${f(o.dueMs)}): late.`);
  if (objective === null) lines.push(`Objective 2 (monthly on-time percentage) is N/A for the ${svc.tier} tier: only Objective 1 applies.`);
  else if (percent === null) lines.push(`Objective 2: no ${svc.type} order due in ${ctx.month} is decided yet.`);
  else {
    lines.push(
      `Objective 2: ${g.onTime} of ${g.decided} ${svc.type} orders due in ${ctx.month} on time = ${formatPercent4(percent)} (objective at least ${objective}%)${g.pending > 0 ? `, ${g.pending} still pending` : ''}: ${below ? (final ? 'below the objective' : 'below so far (not final until the month is over)') : 'meets the objective'}.`,
    );
  }
  if (upgraded) {
    lines.push(
      `The monthly percentage is below the objective: ${remedy.belowMonthlyObjective.installFeePercent}% of the installation fee instead of ${remedy.perOccurrence.installFeePercent}%.`,
    );
  }
  if (terms && c) lines.push(explainCredit(terms, svc, c.cents));
  return makeResult(sla, {
    serviceId: svc.id,
    orderId: o.id,
    applicable: true,
    met: s === 'pending' ? null : s === 'on-time',
    measure,
    objective: objectiveOut,
    credit: c?.line,
    explain: lines,
  });
}
