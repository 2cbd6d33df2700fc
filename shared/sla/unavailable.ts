// Unavailable Time of a ticket (DOMAIN.md "Outage duration and stop clocks"):
// (restoration − start) − stop-clock time, where stop-clock time is the union of the valid
// stop-clock intervals, each clipped to [start, restoration]. Start is the earlier of the alarm
// and the opening; restoration is the actual restoration when the End-User reported the service
// not restored, else the contractor's. A ticket not yet restored, and a stop clock still
// running, are measured up to `untilMs` (as-of / now).
import type { Catalog } from './catalog';
import { loadCatalog } from './catalog';
import type { StopClockInput, TicketInput } from './model';

export interface PreparedTicket extends TicketInput {
  readonly prepared: true;
  startMs: number;
  /** Actual restoration if reported, else the contractor's; null while open. */
  restorationMs: number | null;
  /**
   * Counted stop-clock time as sorted, disjoint, non-adjacent intervals, flattened
   * [s0, e0, s1, e1, ...]; an end of Infinity is a stop clock still running.
   */
  stops: number[];
}

/** Why a stop clock does or does not count (before clipping to the outage). */
export type StopClockStatus =
  | { counts: true; startMs: number; endMs: number; windowClipped: boolean }
  | { counts: false; reason: 'voided' | 'unknown' | 'orders-only' | 'tickets-only' | 'no-window' | 'outside-window' };

/** The part of one stop clock that counts, by the catalog's rules. */
export function stopClockStatus(sc: StopClockInput, catalog: Catalog, owner: 'ticket' | 'order'): StopClockStatus {
  if (sc.voided) return { counts: false, reason: 'voided' };
  const condition = catalog.condition(sc.code);
  if (!condition) return { counts: false, reason: 'unknown' };
  if (owner === 'ticket' && condition.ordersOnly) return { counts: false, reason: 'orders-only' };
  if (owner === 'order' && !condition.ordersOnly) return { counts: false, reason: 'tickets-only' };
  let s = sc.startMs;
  let e = sc.endMs ?? Infinity;
  let windowClipped = false;
  if (condition.windowLimited) {
    if (!sc.window) return { counts: false, reason: 'no-window' };
    if (sc.window.startMs > s) {
      s = sc.window.startMs;
      windowClipped = true;
    }
    if (sc.window.endMs < e) {
      e = sc.window.endMs;
      windowClipped = true;
    }
    if (e <= s) return { counts: false, reason: 'outside-window' };
  }
  return { counts: true, startMs: s, endMs: e, windowClipped };
}

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
function mergePairs(flat: number[], n: number): number {
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

const EMPTY: number[] = Object.freeze([]) as unknown as number[];

/**
 * Counted stop-clock intervals of a ticket or order, merged (sorted, disjoint, flattened). The
 * same rules as stopClockStatus, in one array per ticket: this runs for every ticket.
 */
export function countedStops(stopClocks: ReadonlyArray<StopClockInput> | undefined, catalog: Catalog, owner: 'ticket' | 'order'): number[] {
  if (!stopClocks || stopClocks.length === 0) return EMPTY;
  let flat: number[] | null = null;
  let n = 0;
  for (let i = 0; i < stopClocks.length; i++) {
    const sc = stopClocks[i]!;
    if (sc.voided) continue;
    const condition = catalog.condition(sc.code);
    if (!condition || condition.ordersOnly !== (owner === 'order')) continue;
    let s = sc.startMs;
    let e = sc.endMs ?? Infinity;
    if (condition.windowLimited) {
      if (!sc.window) continue;
      if (sc.window.startMs > s) s = sc.window.startMs;
      if (sc.window.endMs < e) e = sc.window.endMs;
    }
    if (!(e > s)) continue;
    flat ??= new Array<number>(2 * (stopClocks.length - i));
    flat[n++] = s;
    flat[n++] = e;
  }
  if (flat === null) return EMPTY;
  flat.length = n > 2 ? mergePairs(flat, n) : n;
  return flat;
}

export function ticketStart(t: TicketInput): number {
  return t.alarmAtMs != null && t.alarmAtMs < t.openedAtMs ? t.alarmAtMs : t.openedAtMs;
}

export function ticketRestoration(t: TicketInput): number | null {
  return t.actualRestoredAtMs ?? t.restoredAtMs ?? null;
}

export function prepareTicket(t: TicketInput, catalog: Catalog = loadCatalog()): PreparedTicket {
  return {
    ...t,
    prepared: true,
    startMs: ticketStart(t),
    restorationMs: ticketRestoration(t),
    stops: countedStops(t.stopClocks, catalog, 'ticket'),
  };
}

function asPrepared(t: TicketInput | PreparedTicket, catalog?: Catalog): PreparedTicket {
  return (t as PreparedTicket).prepared === true ? (t as PreparedTicket) : prepareTicket(t, catalog);
}

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

/**
 * End of the measured outage: the restoration once known (whatever `untilMs`: a case file is a
 * snapshot taken after the fact), else `untilMs` (as-of / now) while the ticket is open.
 */
export function measuredEnd(t: PreparedTicket, untilMs: number): number {
  return t.restorationMs ?? untilMs;
}

/** Outage duration with no stop clocks (CAT 2, CAT 3): start → restoration (or until). */
export function elapsedMs(ticket: TicketInput | PreparedTicket, untilMs: number, catalog?: Catalog): number {
  const t = asPrepared(ticket, catalog);
  const end = measuredEnd(t, untilMs);
  return end > t.startMs ? end - t.startMs : 0;
}

/**
 * Unavailable Time in ms (measured up to `untilMs` while the ticket is open): the union of
 * the counted stop clocks, clipped to the outage, subtracted from the elapsed time; voided stop
 * clocks ignored, MAINTENANCE limited to its window, CUSTOMER_PROVISIONING_DELAY not counted.
 */
export function unavailableMs(ticket: TicketInput | PreparedTicket, untilMs: number, catalog?: Catalog): number {
  const t = asPrepared(ticket, catalog);
  const end = measuredEnd(t, untilMs);
  if (!(end > t.startMs)) return 0;
  if (end === Infinity) return Infinity;
  return end - t.startMs - overlapMs(t.stops, t.startMs, end);
}

/** Stop-clock time counted inside the outage up to `untilMs`. */
export function stoppedMs(ticket: TicketInput | PreparedTicket, untilMs: number, catalog?: Catalog): number {
  const t = asPrepared(ticket, catalog);
  const end = measuredEnd(t, untilMs);
  return end > t.startMs ? overlapMs(t.stops, t.startMs, end) : 0;
}

/** True when a counted stop clock is running at `atMs`. */
export function isStopped(ticket: TicketInput | PreparedTicket, atMs: number, catalog?: Catalog): boolean {
  const stops = asPrepared(ticket, catalog).stops;
  for (let i = 0; i < stops.length; i += 2) {
    if (stops[i]! > atMs) return false;
    if (atMs < stops[i + 1]!) return true;
  }
  return false;
}
