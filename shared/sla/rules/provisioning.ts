// Provisioning (29.4.8.10; per order, in the month it is due). The due date is a date of the
// agency's zone: the negotiated due date, else the order's date + the committed interval in
// calendar days. On time when completed on or before it, at any hour: by the end of the due
// date, extended by the counted CUSTOMER_PROVISIONING_DELAY time. Completed after that: late,
// 50% of its installation fee (Objective 1). When a service type's on-time percentage for the
// month (on time / orders due, decided orders only) is below the tier's objective, every late
// order of that type that month is credited 100% instead (Objective 2; instead of, not on top
// of: never 150%). This module owns the due date (preparation), the status (orderStatus, the
// one rule the order screens show), the verdict and its explanation.
import type { ZoneClock } from '../../calendar/zoneClock';
import { plusDays } from '../../calendar/holidays';
import type { Catalog, SlaDefinition } from '../catalog';
import { credit, head } from '../context';
import { formatDuration, formatPercent4, minutesOf, round4 } from '../format';
import { overlapMs } from '../intervals';
import type { Measure, MonthContext, OrderInput, OrderStatus, PreparedOrder, PreparedService, SlaResult } from '../model';
import { explainCredit } from '../money';
import { newResult } from '../result';
import { countedStops } from '../stop-clocks';

// ---------------------------------------------------------------------------------------------
// Preparation: the due date

/** The committed intervals (calendar days) by service type, from the catalog's provisioning SLA. */
export function committedIntervals(slas: ReadonlyArray<SlaDefinition>): Record<string, number> {
  const sla = slas.find((s) => s.basis === 'provisioning');
  return sla?.basis === 'provisioning' ? sla.committedIntervalDays : {};
}

/**
 * The due date of an order (29.4.8.10, DOMAIN.md "Provisioning"): a date of the agency's zone,
 * the negotiated one, else the order's date + the committed interval in calendar days. The order
 * is on time when completed on or before that date at any hour: the deadline is the end of the
 * date (midnight after it) extended by the counted CUSTOMER_PROVISIONING_DELAY time, and the
 * order belongs to the month of the last on-time instant (a due date of Oct 31 with no delay
 * stays in October).
 */
export function prepareOrder(o: OrderInput, index: number, service: PreparedService, interval: number | null, clock: ZoneClock, catalog: Catalog): PreparedOrder {
  const negotiated = o.dueDate != null;
  const dueDate = negotiated ? (o.dueDate as string) : interval !== null ? plusDays(clock.dateOf(o.orderedAtMs), interval) : null;
  const dueDateEndMs = dueDate === null ? NaN : clock.endOfDate(dueDate);
  const completedAtMs = o.completedAtMs ?? null;
  const stops = countedStops(o.stopClocks, catalog, 'order');
  const stoppedMs = overlapMs(stops, o.orderedAtMs, completedAtMs ?? Infinity);
  const delayRunning = completedAtMs === null && stops.length > 0 && stops[stops.length - 1] === Infinity;
  const dueMs = dueDateEndMs + stoppedMs;
  return {
    id: o.id,
    serviceId: o.serviceId,
    orderedAtMs: o.orderedAtMs,
    completedAtMs,
    stopClocks: o.stopClocks ?? [],
    index,
    service,
    dueDate,
    negotiated,
    intervalDays: negotiated ? null : interval,
    dueDateEndMs,
    stoppedMs,
    delayRunning,
    dueMs,
    dueMonth: Number.isFinite(dueMs) ? clock.monthOf(dueMs - 1) : null,
    stops,
  };
}

/** Counted delay time of an order up to its completion, or up to `untilMs` while it is open (a running delay counts to there). */
export function orderDelayMs(o: PreparedOrder, untilMs: number): number {
  const to = o.completedAtMs ?? untilMs;
  return to > o.orderedAtMs ? overlapMs(o.stops, o.orderedAtMs, to) : 0;
}

/**
 * The one rule the order screens show: 'no-due' without a due date; completed before the
 * deadline (the end of the due date, extended by the delay): 'on-time', else 'late'; not
 * completed: 'late' once as-of reaches the deadline, 'pending' before (always while a delay runs).
 */
export function orderStatus(o: PreparedOrder, asOfMs: number): OrderStatus {
  if (o.dueDate === null) return 'no-due';
  if (o.completedAtMs !== null) return o.completedAtMs < o.dueMs ? 'on-time' : 'late';
  return asOfMs >= o.dueMs ? 'late' : 'pending';
}

// ---------------------------------------------------------------------------------------------
// Verdict and explanation

type Status = Exclude<OrderStatus, 'no-due'>;

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
  const r = newResult(sla, lines);
  r.serviceId = svc.id;
  r.orderId = o.id;
  r.met = s === 'pending' ? null : s === 'on-time';
  r.measure = measure;
  r.objective = objectiveOut;
  if (c) r.credit = c.line;
  return r;
}
