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
import { overlapMs } from './intervals';
import type { PreparedTicket, StopClockFacts, StopClockItem, TicketInput } from './model';
import { afterRestorationWindow, stopClockStatus, ticketStops } from './stop-clocks';

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
 * Counted stop-clock time inside the outage [start, end]: the union of the ticket's counted
 * stop clocks (stop-clocks.ts), clipped. The verdicts (unavailableMs) and the explain lines
 * (stopClockFacts) both take the figure from here.
 */
function stoppedWithin(t: PreparedTicket, end: number): number {
  return end > t.startMs ? overlapMs(t.stops, t.startMs, end) : 0;
}

/**
 * Unavailable Time in ms (measured up to `untilMs` while the ticket is open): the union of
 * the counted stop clocks, clipped to the outage, subtracted from the elapsed time; voided stop
 * clocks ignored, MAINTENANCE limited to its window, CUSTOMER_PROVISIONING_DELAY not counted,
 * OBSERVATION / END_USER_NOT_AVAILABLE only after the contractor's restoration.
 */
export function unavailableMs(ticket: TicketInput | PreparedTicket, untilMs: number, catalog?: Catalog): number {
  const t = asPrepared(ticket, catalog);
  const end = measuredEnd(t, untilMs);
  if (!(end > t.startMs)) return 0;
  if (end === Infinity) return Infinity;
  return end - t.startMs - stoppedWithin(t, end);
}

/** Stop-clock time counted inside the outage up to `untilMs`. */
export function stoppedMs(ticket: TicketInput | PreparedTicket, untilMs: number, catalog?: Catalog): number {
  const t = asPrepared(ticket, catalog);
  return stoppedWithin(t, measuredEnd(t, untilMs));
}

/**
 * The stop-clock figures of a ticket's explanation, from the rule and the sum its verdict uses:
 * each stop clock with its status (stopClockStatus) and the part that counted inside the outage,
 * and the union (stoppedWithin). Unavailable Time = elapsedMs - stoppedMs = unavailableMs(t).
 */
export function stopClockFacts(ticket: TicketInput | PreparedTicket, untilMs: number, catalog: Catalog): StopClockFacts {
  const t = asPrepared(ticket, catalog);
  const end = measuredEnd(t, untilMs);
  const afterRestoration = afterRestorationWindow(t);
  const scs = t.stopClocks ?? [];
  const items: StopClockItem[] = [];
  for (let i = 0; i < scs.length; i++) {
    const sc = scs[i]!;
    const status = stopClockStatus(sc, catalog, 'ticket', afterRestoration);
    let insideMs = 0;
    let outageClipped = false;
    if (status.counts) {
      const s = status.startMs > t.startMs ? status.startMs : t.startMs;
      const e = status.endMs < end ? status.endMs : end;
      insideMs = e > s ? e - s : 0;
      outageClipped = s !== status.startMs || e !== status.endMs;
    }
    items.push({ stopClock: sc, status, insideMs, outageClipped });
  }
  return { endMs: end, elapsedMs: end > t.startMs ? end - t.startMs : 0, items, stoppedMs: stoppedWithin(t, end), afterRestoration };
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
