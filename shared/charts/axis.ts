// The value axis of a chart: its range and its ticks, chosen from the values it plots. Pure
// shaping for the chart components (renderer/charts); no rule of the contract lives here.

/** A value axis: [low, high] and the ticks on it, low to high. */
export interface Axis {
  domain: [number, number];
  ticks: number[];
}

const NICE_STEPS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20, 25, 30, 40, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000, 20_000, 25_000, 50_000, 100_000];

function round(x: number, places: number): number {
  const f = 10 ** places;
  return Math.round(x * f) / f;
}

function niceStep(raw: number): number {
  return NICE_STEPS.find((s) => s >= raw) ?? NICE_STEPS[NICE_STEPS.length - 1]!;
}

function ticksOf(lo: number, hi: number, step: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < 100; i++) {
    const t = round(lo + i * step, 6);
    if (t > hi + 1e-9) break;
    out.push(t);
  }
  return out;
}

/**
 * A percent axis up to 100 from a floor just under the lowest value (the objective included by
 * the caller), so a 99.2% month against a 99.5% objective is a visible gap rather than two full
 * bars. With no value at all it shows 99 to 100.
 */
export function percentAxis(values: readonly number[]): Axis {
  const low = values.length > 0 ? Math.min(...values) : 99;
  const span = Math.max(100 - low, 0.2) * 1.25;
  const step = niceStep(span / 4);
  const lo = Math.max(0, round(Math.floor(round((100 - span) / step, 6)) * step, 6));
  return { domain: [lo, 100], ticks: ticksOf(lo, 100, step) };
}

/**
 * An axis from 0 to a little over the highest value (hours, ms, dollars, counts), in about four
 * steps. `integer` keeps the steps whole (counts of tickets).
 */
export function zeroBasedAxis(values: readonly number[], integer = false): Axis {
  const high = values.length > 0 ? Math.max(0, ...values) : 1;
  const raw = Math.max(high * 1.15, 1) / 4;
  const step = integer ? Math.max(1, niceStep(Math.ceil(raw))) : niceStep(raw);
  const hi = round(Math.ceil(round((high * 1.15) / step, 6)) * step, 6) || step;
  return { domain: [0, hi], ticks: ticksOf(0, hi, step) };
}
