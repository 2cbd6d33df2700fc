// Live countdowns for one open ticket (the home screen ticks every second from these): for each
// duration SLA the ticket is under, the time left before it is missed. Countdowns of SLAs that
// subtract stop clocks pause while a stop clock runs. A help-desk incident counts down to its next
// notification due instead (rules/incidentSchedule.ts).
import type { AnyCatalog } from './catalog';
import { levelCountdowns } from './levels';
import type { Countdown, PreparedTicket, ServiceInput, TicketInput } from './model';
import { covers, durationOutcome } from './rules/duration';
import { elapsedMs, isStopped, prepareTicket, unavailableMs } from './unavailable';

export function ticketCountdowns(ticket: TicketInput | PreparedTicket, service: ServiceInput, catalog: AnyCatalog, nowMs: number, zone?: string): Countdown[] {
  // An incident of a service-level contract (the help desk): its next notification due, per step.
  if (catalog.kind === 'service-levels') return levelCountdowns(ticket, service, catalog, nowMs, zone);
  const t = (ticket as PreparedTicket).prepared === true ? (ticket as PreparedTicket) : prepareTicket(ticket, catalog);
  const out: Countdown[] = [];
  const tier = service.tier;
  if (tier === null) return out; // a credit SLA needs the service's committed tier
  const restored = t.restorationMs !== null;
  let stoppedNow: boolean | null = null;
  for (const sla of catalog.slas) {
    if (sla.basis !== 'ticket-duration' || !covers(sla, t.kind, service.type)) continue;
    const o = durationOutcome(sla, t, tier, nowMs);
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
