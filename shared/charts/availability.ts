// Availability of one service month by month against its objective (29.4.8.1), ready to plot:
// the engine's monthly results as `sla:service` returns them (shared/ipc/sla.ts
// serviceMonthsSchema), laid on a fixed run of months. No verdict is recomputed here: `met` is
// the engine's (or the one recorded in the history before ATR Desk); this only picks the
// figures, fills the months without one and chooses the axis.
import { monthsEnding } from '../calendar/instant';
import type { SlaResultRow, SlaStatus } from '../ipc/sla';
import { percentAxis, type Axis } from './axis';

/** A month without an availability result is 'none': no data, or before the service. */
export type AvailabilityStatus = SlaStatus | 'none';

/** What availabilitySeries reads of `sla:service`'s answer. */
export interface AvailabilityInput {
  months: ReadonlyArray<{
    month: string;
    results: ReadonlyArray<Pick<SlaResultRow, 'sla' | 'status' | 'met' | 'applicable' | 'measure' | 'objective'>>;
  }>;
}

export interface AvailabilityPoint {
  /** 'YYYY-MM' */
  month: string;
  /** The month's availability %, unrounded; null when there is none (no data, before the service, recorded month). */
  percent: number | null;
  /** The objective % that month (the tier's); null when the tier offers none. */
  objective: number | null;
  /** The verdict: true met, false missed, null not final (pending), not applicable or no result. */
  met: boolean | null;
  status: AvailabilityStatus;
  /** The verdict is the one recorded in the history before ATR Desk, not the data's. */
  recorded: boolean;
}

export interface AvailabilitySeries {
  /** One point per month, oldest first, ending at the asked month. */
  points: AvailabilityPoint[];
  /** The objective of the latest month that has one (the line the chart labels); null when none. */
  objective: number | null;
  /** The y axis: up to 100 from just under the lowest month or the objective. */
  axis: Axis;
  counts: { met: number; missed: number; pending: number };
  /** No month has a percent: nothing to draw. */
  empty: boolean;
}

export interface AvailabilityOptions {
  /** Months in the run (12 by default). */
  count?: number;
  /** Verdicts recorded in the history before ATR Desk (history:list, sla 'availability'): they win over the data's. */
  recorded?: ReadonlyArray<{ month: string; met: boolean }>;
}

function finite(x: number | undefined): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

/**
 * The availability of one service for the `count` months ending at `lastMonth`. A month of the
 * input outside the run is left out; a month of the run without a result has no percent and no
 * verdict, and carries the service's objective (latest known) so the objective line runs through.
 */
export function availabilitySeries(data: AvailabilityInput, lastMonth: string, options: AvailabilityOptions = {}): AvailabilitySeries {
  const months = monthsEnding(lastMonth, options.count ?? 12);
  const byMonth = new Map<string, AvailabilityInput['months'][number]['results'][number]>();
  for (const m of data.months) {
    const r = m.results.find((x) => x.sla === 'availability');
    if (r) byMonth.set(m.month, r);
  }
  const recorded = new Map((options.recorded ?? []).map((r) => [r.month, r.met] as const));

  // The service's objective: that of the latest month of the run which has one.
  let objective: number | null = null;
  for (const month of months) {
    const r = byMonth.get(month);
    const o = r && r.applicable ? finite(r.objective?.percent) : null;
    if (o !== null) objective = o;
  }

  const points = months.map((month): AvailabilityPoint => {
    const r = byMonth.get(month);
    const rec = recorded.get(month);
    const own = r ? (r.applicable ? finite(r.objective?.percent) : null) : objective;
    if (rec !== undefined) {
      return { month, percent: null, objective: own ?? objective, met: rec, status: rec ? 'met' : 'missed', recorded: true };
    }
    if (!r) return { month, percent: null, objective, met: null, status: 'none', recorded: false };
    const met = r.status === 'met' ? true : r.status === 'missed' ? false : null;
    return { month, percent: finite(r.measure?.percent), objective: own, met, status: r.status, recorded: false };
  });

  const counts = { met: 0, missed: 0, pending: 0 };
  for (const p of points) if (p.status === 'met' || p.status === 'missed' || p.status === 'pending') counts[p.status] += 1;
  const values = points.map((p) => p.percent).filter((v): v is number => v !== null);
  const inView = [...values, ...points.map((p) => p.objective).filter((v): v is number => v !== null)];
  return { points, objective, axis: percentAxis(inView), counts, empty: values.length === 0 };
}
