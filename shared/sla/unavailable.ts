// Unavailable Time of a ticket (DOMAIN.md "Outage duration and stop clocks"):
// (restoration − start) − stop-clock time, where stop-clock time is the union of the valid
// stop-clock intervals, each clipped to [start, restoration]. Start is the earlier of the alarm
// and the opening; restoration is the actual restoration when the End-User reported the service
// not restored (none until it is recorded), else the contractor's. OBSERVATION and
// END_USER_NOT_AVAILABLE count only after the contractor's restoration, up to the End-User's
// report (29.4.7 items 2 and 3). A ticket not yet restored, and a stop clock still running, are
// measured up to `untilMs` (as-of / now).
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

/** Why a stop clock (or all of it) does not count. */
export type StopClockReason =
  | 'voided'
  | 'unknown'
  | 'orders-only'
  | 'tickets-only'
  | 'no-window'
  | 'outside-window'
  | 'no-restoration'
  | 'outside-restoration';

/** Why a stop clock does or does not count (before clipping to the outage). */
export type StopClockStatus =
  | { counts: true; startMs: number; endMs: number; windowClipped: boolean; restorationClipped: boolean }
  | { counts: false; reason: StopClockReason };

/** The counted part of one stop clock, as stopClockPart writes it. */
export interface StopClockPart {
  startMs: number;
  endMs: number;
  /** MAINTENANCE cut to its scheduled window. */
  windowClipped: boolean;
  /** An after-restoration condition cut to [restoration, End-User's report]. */
  restorationClipped: boolean;
}

/**
 * Where the after-restoration conditions (catalog `afterRestoration`: OBSERVATION and
 * END_USER_NOT_AVAILABLE, 29.4.7 items 2 and 3, "time after a service has been restored") may
 * count on a ticket: from the contractor's restoration up to the End-User's report that the
 * service was not restored; a case file records no report, so up to the actual restoration.
 * null when the contractor declared no restoration: they count nowhere.
 */
export function afterRestorationWindow(t: TicketInput): { fromMs: number; toMs: number } | null {
  const from = t.restoredAtMs;
  if (from == null) return null;
  return { fromMs: from, toMs: t.notRestoredAtMs ?? t.actualRestoredAtMs ?? from };
}

/**
 * THE rule for which part of one stop clock counts (DOMAIN.md "Outage duration and stop
 * clocks"), before clipping to the outage: the verdicts (countedStops) and the explain lines
 * (stopClockStatus) both ask it. Returns null and fills `out` when a part counts, else why not.
 * A voided or unknown stop clock never counts; CUSTOMER_PROVISIONING_DELAY counts on orders
 * only, the others on tickets only; MAINTENANCE only inside its scheduled window; the
 * after-restoration conditions only inside [afterFromMs, afterToMs] (NaN: no restoration).
 */
export function stopClockPart(
  sc: StopClockInput,
  catalog: Catalog,
  owner: 'ticket' | 'order',
  afterFromMs: number,
  afterToMs: number,
  out: StopClockPart,
): StopClockReason | null {
  if (sc.voided) return 'voided';
  const condition = catalog.condition(sc.code);
  if (!condition) return 'unknown';
  if (condition.ordersOnly !== (owner === 'order')) return owner === 'ticket' ? 'orders-only' : 'tickets-only';
  let s = sc.startMs;
  let e = sc.endMs ?? Infinity;
  let windowClipped = false;
  let restorationClipped = false;
  if (condition.windowLimited) {
    if (!sc.window) return 'no-window';
    if (sc.window.startMs > s) {
      s = sc.window.startMs;
      windowClipped = true;
    }
    if (sc.window.endMs < e) {
      e = sc.window.endMs;
      windowClipped = true;
    }
    if (e <= s) return 'outside-window';
  }
  if (condition.afterRestoration) {
    if (!(afterFromMs === afterFromMs)) return 'no-restoration'; // NaN
    const wasEmpty = e <= s;
    if (afterFromMs > s) {
      s = afterFromMs;
      restorationClipped = true;
    }
    if (afterToMs < e) {
      e = afterToMs;
      restorationClipped = true;
    }
    if (e <= s && !wasEmpty) return 'outside-restoration';
  }
  out.startMs = s;
  out.endMs = e;
  out.windowClipped = windowClipped;
  out.restorationClipped = restorationClipped;
  return null;
}

/** The part of one stop clock that counts, by the catalog's rules (the explain lines' view of stopClockPart). */
export function stopClockStatus(
  sc: StopClockInput,
  catalog: Catalog,
  owner: 'ticket' | 'order',
  after: { fromMs: number; toMs: number } | null = null,
): StopClockStatus {
  const part: StopClockPart = { startMs: 0, endMs: 0, windowClipped: false, restorationClipped: false };
  const reason = stopClockPart(sc, catalog, owner, after ? after.fromMs : NaN, after ? after.toMs : NaN, part);
  if (reason !== null) return { counts: false, reason };
  return { counts: true, ...part };
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

const scratch: StopClockPart = { startMs: 0, endMs: 0, windowClipped: false, restorationClipped: false };

/**
 * Counted stop-clock intervals of a ticket or order, merged (sorted, disjoint, flattened), by
 * stopClockPart. `afterFromMs` / `afterToMs`: a ticket's afterRestorationWindow (NaN: none).
 */
export function countedStops(
  stopClocks: ReadonlyArray<StopClockInput> | undefined,
  catalog: Catalog,
  owner: 'ticket' | 'order',
  afterFromMs = NaN,
  afterToMs = NaN,
): number[] {
  if (!stopClocks || stopClocks.length === 0) return EMPTY;
  let flat: number[] | null = null;
  let n = 0;
  for (let i = 0; i < stopClocks.length; i++) {
    if (stopClockPart(stopClocks[i]!, catalog, owner, afterFromMs, afterToMs, scratch) !== null) continue;
    const s = scratch.startMs;
    const e = scratch.endMs;
    if (!(e > s)) continue;
    flat ??= new Array<number>(2 * (stopClocks.length - i));
    flat[n++] = s;
    flat[n++] = e;
  }
  if (flat === null) return EMPTY;
  flat.length = n > 2 ? mergePairs(flat, n) : n;
  return flat;
}

/** The counted stop-clock intervals of a ticket (after-restoration conditions in their window). */
export function ticketStops(t: TicketInput, catalog: Catalog): number[] {
  if (!t.stopClocks || t.stopClocks.length === 0) return EMPTY;
  const w = afterRestorationWindow(t);
  return countedStops(t.stopClocks, catalog, 'ticket', w ? w.fromMs : NaN, w ? w.toMs : NaN);
}

export function ticketStart(t: TicketInput): number {
  return t.alarmAtMs != null && t.alarmAtMs < t.openedAtMs ? t.alarmAtMs : t.openedAtMs;
}

/**
 * The measured restoration: the actual restoration once recorded; while the End-User's report
 * that the service was not restored stands without one, none (the outage goes on, 29.4.8.11
 * "adjusted to the actual restoration time"); else the contractor's restoration.
 */
export function ticketRestoration(t: TicketInput): number | null {
  return t.actualRestoredAtMs ?? (t.notRestoredAtMs != null ? null : (t.restoredAtMs ?? null));
}

export function prepareTicket(t: TicketInput, catalog: Catalog = loadCatalog()): PreparedTicket {
  return {
    ...t,
    prepared: true,
    startMs: ticketStart(t),
    restorationMs: ticketRestoration(t),
    stops: ticketStops(t, catalog),
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
