// Records of both sides for the reconcile unit tests: October 2026 in Los Angeles (PDT, UTC-7),
// a Premier Converged VoIP service with TMRC $1,200.00 and ADUC $35.50 (DOMAIN.md's example figures).
import type { ServiceInput, StopClockInput, TicketInput } from '../../../shared/sla';
import type { OurTicket, ServiceRecord, TheirStopClock, TheirTicket } from '../../../shared/reconcile/types';

export const ZONE = 'America/Los_Angeles';
export const MIN = 60_000;
export const H = 60 * MIN;

/** An instant of a day of October 2026, Los Angeles wall time ("08T07:30" is Oct 8, 07:30 PDT). */
export function oct(dayTime: string): number {
  return Date.parse(`2026-10-${dayTime}:00-07:00`);
}

export const SERVICE: ServiceInput = { id: 'OAK-1012', type: 'converged-voip', tier: 'premier', tmrcCents: 120_000, aducCents: 3_550, installFeeCents: 25_000, site: 'OAK-01' };

export function ours(over: Partial<TicketInput> & { number?: string; rowId?: number } = {}): OurTicket {
  const { number = 'ATT-810104', rowId = 1, ...t } = over;
  const input: TicketInput = { id: String(rowId), serviceId: SERVICE.id, kind: 'repair', openedAtMs: oct('08T07:30'), restoredAtMs: oct('08T12:45'), closedAtMs: oct('08T13:45'), stopClocks: [], ...t };
  return { id: rowId, ticketNumber: number, serviceId: 7, circuitId: input.serviceId, input, stopClockIds: (input.stopClocks ?? []).map((_, i) => 100 + i), fromReport: false };
}

export function theirs(over: Partial<TheirTicket> = {}): TheirTicket {
  return {
    ticketNumber: 'ATT-810104', circuitId: SERVICE.id, openedMs: oct('08T07:30'), alarmMs: null, restoredMs: oct('08T12:45'), closedMs: oct('08T13:45'),
    stopClocks: [], durationMinutes: null, verdictMet: null, creditCents: null, line: 2, ...over,
  };
}

export function sc(code: string, startMs: number, endMs: number | null, extra: Partial<StopClockInput> = {}): StopClockInput {
  return { code, startMs, endMs, voided: false, window: null, note: 'documented', ...extra };
}

export function theirSc(code: string, startMs: number, endMs: number | null, line = 2): TheirStopClock {
  return { code, startMs, endMs, line };
}

export function record(tickets: TicketInput[]): ServiceRecord {
  return { service: SERVICE, tickets, history: [] };
}

/** Every optional fact a report can give, given. */
export const ALL_GIVEN = { alarm: true, restored: true, closed: true, stopClocks: true, duration: true, verdict: true, credit: true };
