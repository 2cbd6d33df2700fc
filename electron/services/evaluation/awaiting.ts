// What a pending result waits for, in the ATR's words: the restoration before an objective is
// missed, the contractor's next notice to CALNET, the end of the month, an order's completion.
// Worked out from the same prepared facts as the verdict, as of the same instant.
import type { ZoneClock } from '../../../shared/calendar/zoneClock';
import type { PreparedCase, SlaDefinition, SlaResult } from '../../../shared/sla';
import { isStopped } from '../../../shared/sla';
import type { PreparedCaseTicket, PreparedOrder } from '../../../shared/sla';

/** "1 h 20 min", "45 min", "less than a minute", "7 d 14 h" (from two days on, to the hour). */
export function humanDuration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'less than a minute';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h >= 48) return h % 24 === 0 ? `${h / 24} d` : `${Math.floor(h / 24)} d ${h % 24} h`;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** "2026-10-06 10:15" in the agency's zone. */
export function wallTime(clock: ZoneClock, ms: number): string {
  const s = clock.format(ms);
  return `${s.slice(0, 10)} ${s.slice(11, 16)}`;
}

/** Lookups of a prepared case's tickets and orders by id, built on first need (only pending results ask). */
export class Subjects {
  private tickets: Map<string, PreparedCaseTicket> | undefined;
  private orders: Map<string, PreparedOrder> | undefined;

  constructor(private readonly p: PreparedCase) {}

  ticket(id: string): PreparedCaseTicket | undefined {
    if (!this.tickets) {
      this.tickets = new Map();
      for (const list of this.p.ticketsByStartMonth.values()) for (const t of list) this.tickets.set(t.id, t);
    }
    return this.tickets.get(id);
  }

  order(id: string): PreparedOrder | undefined {
    this.orders ??= new Map(this.p.orders.map((o) => [o.id, o]));
    return this.orders.get(id);
  }
}

/** What the pending result `r` of `month` waits for as of `asOfMs`; null when it is not pending. */
export function awaiting(r: SlaResult, sla: SlaDefinition, p: PreparedCase, subjects: Subjects, month: string, asOfMs: number): string | null {
  if (!r.applicable || r.met !== null) return null;
  const clock = p.clock;
  switch (sla.basis) {
    case 'ticket-duration': {
      const objective = r.objective?.minutes;
      const measure = r.measure?.minutes;
      if (objective === undefined || measure === undefined) return 'the restoration';
      const left = Math.round((objective - measure) * 60_000);
      const t = r.ticketId === undefined ? undefined : subjects.ticket(r.ticketId);
      const paused = sla.stopClocks && t !== undefined && isStopped(t, asOfMs);
      return `the restoration: ${humanDuration(left)} left before the objective is missed${paused ? ' (paused while a stop clock runs)' : ''}`;
    }
    case 'notification': {
      const t = r.ticketId === undefined ? undefined : subjects.ticket(r.ticketId);
      if (!t) return "the contractor's notices to CALNET";
      const last = t.notices.length ? t.notices[t.notices.length - 1]! : null;
      if (last === null) return `the contractor's first notice to CALNET, due by ${wallTime(clock, t.startMs + sla.firstNoticeMinutes * 60_000)}`;
      return `the contractor's next update to CALNET, due by ${wallTime(clock, last + sla.updateIntervalMinutes * 60_000)}, or the restoration`;
    }
    case 'provisioning': {
      const o = r.orderId === undefined ? undefined : subjects.order(r.orderId);
      if (!o) return 'the completion of the order';
      if (o.delayRunning) return 'the end of the Customer Provisioning Delay stop clock: the due date moves until it ends';
      const left = humanDuration(o.dueMs - asOfMs);
      if (o.stoppedMs > 0) return `the completion of the order: due by ${wallTime(clock, o.dueMs)}, the end of the due date ${o.dueDate} extended by the delay (${left} left)`;
      return `the completion of the order: due by the end of ${o.dueDate} (${left} left)`;
    }
    default: {
      const end = clock.monthBounds(month).end;
      return `the end of ${month}: the month is not over (${humanDuration(end - asOfMs)} left)`;
    }
  }
}
