// Time intervals as the engine keeps them: flattened [s0, e0, s1, e1, ...] arrays of epoch ms,
// sorted, disjoint and merged once made (an end of Infinity: still running). Stop clocks, usage
// events and provisioning delays all become such unions; one module does the arithmetic.

/** Union of intervals given flattened [s, e, s, e, ...] (any order) to sorted disjoint flattened. */
export function unionIntervals(flat: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) if (flat[i + 1]! > flat[i]!) out.push(flat[i]!, flat[i + 1]!);
  out.length = mergePairs(out, out.length);
  return out;
}

/**
 * Sorts the (start, end) pairs of flat[0 .. n) by start and merges the overlapping or touching
 * ones, in place; returns the merged length. Insertion sort: a ticket has a handful of stop clocks.
 */
export function mergePairs(flat: number[], n: number): number {
  for (let i = 2; i < n; i += 2) {
    const s = flat[i]!;
    const e = flat[i + 1]!;
    let j = i;
    while (j > 0 && flat[j - 2]! > s) {
      flat[j] = flat[j - 2]!;
      flat[j + 1] = flat[j - 1]!;
      j -= 2;
    }
    flat[j] = s;
    flat[j + 1] = e;
  }
  let w = 0;
  for (let i = 0; i < n; i += 2) {
    const s = flat[i]!;
    const e = flat[i + 1]!;
    if (w > 0 && s <= flat[w - 1]!) {
      if (e > flat[w - 1]!) flat[w - 1] = e;
    } else {
      flat[w++] = s;
      flat[w++] = e;
    }
  }
  return w;
}

/** The shared, frozen empty union. */
export const EMPTY: number[] = Object.freeze([]) as unknown as number[];

/** Total length of the parts of sorted disjoint `stops` inside [from, to]. */
export function overlapMs(stops: ReadonlyArray<number>, from: number, to: number): number {
  let sum = 0;
  for (let i = 0; i < stops.length; i += 2) {
    const s = stops[i]!;
    if (s >= to) break;
    const e = stops[i + 1]!;
    if (e <= from) continue;
    sum += (e < to ? e : to) - (s > from ? s : from);
  }
  return sum;
}
