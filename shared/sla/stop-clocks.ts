// THE rule for which stop clocks count (DOMAIN.md "Outage duration and stop clocks", 29.4.7),
// in one place: stopClockPart decides the counted part of one stop clock, and both the verdicts
// (countedStops, through a ticket's prepared `stops`) and the explain lines (stopClockStatus,
// through unavailable.ts stopClockFacts) ask it.
import type { Catalog } from './catalog';
import { EMPTY, mergePairs } from './intervals';
import type { StopClockInput, StopClockPart, StopClockReason, StopClockStatus, TicketInput } from './model';
import { conditionAppliesTo } from '../tickets/stopClockRules';

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
  if (!conditionAppliesTo(condition, owner)) return owner === 'ticket' ? 'orders-only' : 'tickets-only';
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
