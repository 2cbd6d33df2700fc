// Live countdowns for one open ticket (the home screen ticks every second from these): for each
// duration SLA the ticket is under, the time left before it is missed. Countdowns of SLAs that
// subtract stop clocks pause while a stop clock runs.
import type { Catalog } from './catalog';
import type { ServiceInput, TicketInput } from './model';
import { covers, durationOutcome } from './ticket';
import type { PreparedTicket } from './unavailable';
import { elapsedMs, isStopped, prepareTicket, unavailableMs } from './unavailable';

export interface Countdown {
  sla: string;
  clause: string;
  objectiveMs: number;
  /** The measure so far: Unavailable Time, or the plain outage duration for CAT 2 / CAT 3. */
  unavailableMs: number;
  /** objective − measure; negative once missed. */
  remainingMs: number;
  /** A stop clock is running now (only for SLAs that subtract stop clocks). */
  paused: boolean;
  /** nowMs + remainingMs while the clock runs; null while paused or once restored. */
  dueAtMs: number | null;
  /** true met / false missed; null while the ticket is open and inside the objective. */
  met: boolean | null;
}

export function ticketCountdowns(ticket: TicketInput | PreparedTicket, service: ServiceInput, catalog: Catalog, nowMs: number): Countdown[] {
  const t = (ticket as PreparedTicket).prepared === true ? (ticket as PreparedTicket) : prepareTicket(ticket, catalog);
  const out: Countdown[] = [];
  const restored = t.restorationMs !== null;
  let stoppedNow: boolean | null = null;
  for (const sla of catalog.slas) {
    if (sla.basis !== 'ticket-duration' || !covers(sla, t.kind, service.type)) continue;
    const o = durationOutcome(sla, t, service.tier, nowMs);
    if (!o.applicable || o.objectiveMs === null) continue;
    const measure = sla.stopClocks ? unavailableMs(t, nowMs) : elapsedMs(t, nowMs);
    let paused = false;
    if (sla.stopClocks && !restored) paused = stoppedNow ??= isStopped(t, nowMs);
    const remainingMs = o.objectiveMs - measure;
    out.push({
      sla: sla.id,
      clause: sla.clause,
      objectiveMs: o.objectiveMs,
      unavailableMs: measure,
      remainingMs,
      paused,
      dueAtMs: restored || paused ? null : nowMs + remainingMs,
      met: o.met,
    });
  }
  return out;
}
