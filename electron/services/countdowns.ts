// Countdowns for open tickets, computed in the main process from the engine: time left before
// each SLA objective is missed (paused while a stop clock runs) and before the next escalation
// level is due. The renderer ticks them every second without asking the database again.
import { DEFAULT_CALENDAR, instant, toUtcIso, type BusinessCalendar } from '../../shared/calendar';
import { escalationCountdown, findLadder } from '../../shared/escalation';
import type { Countdown, NextContact, Ticket } from '../../shared/ipc/tickets';
import { ticketCountdowns } from '../../shared/sla';
import type { Db } from './db/open';
import { liveTickets, type LiveTicket } from './evaluation/live';
import { agencyCalendar } from './evaluation/zone';
import { ladderContact } from './repositories/ladders';
import { activeTickets, reachedLevels } from './repositories/tickets';

export interface TicketClockData {
  ticket: Ticket;
  /** The ticket as the engine sees it (evaluation/live.ts). */
  live: LiveTicket;
  reachedLevel: number;
  ladderStartedAt: string | null;
}

/** Everything the countdowns need for the given tickets, in a few queries whatever their number. */
export function loadClockData(db: Db, tickets: Ticket[]): TicketClockData[] {
  if (tickets.length === 0) return [];
  const ids = tickets.map((t) => t.id);
  const live = liveTickets(db, ids);
  const levels = reachedLevels(db, ids);
  return tickets.map((ticket) => ({
    ticket,
    live: live.get(ticket.id)!,
    reachedLevel: levels.get(ticket.id)?.level ?? 0,
    ladderStartedAt: levels.get(ticket.id)?.startedAt ?? null,
  }));
}

/**
 * SLA countdowns of a ticket not yet restored (restored tickets have nothing left to miss), or of
 * a help-desk incident not yet closed (its restored notification falls due after the restoration).
 */
export function slaCountdowns(d: TicketClockData, nowMs: number, zone?: string): Countdown[] {
  const { ticket, service, catalog } = d.live;
  if (d.ticket.status === 'closed' || (d.ticket.status !== 'open' && catalog.kind === 'credits')) return [];
  return ticketCountdowns(ticket, service, catalog, nowMs, zone).map((c) => ({
    // Each due time of a schedule (the help desk's hourly updates) is its own countdown: the scheduler notifies each once.
    key: c.label !== undefined && c.label !== catalog.sla(c.sla)?.title && c.dueAtMs !== null ? `${c.sla}@${toUtcIso(c.dueAtMs)}` : c.sla,
    label: c.label ?? catalog.sla(c.sla)?.title ?? c.sla,
    clause: c.clause,
    kind: 'sla' as const,
    dueAt: c.dueAtMs === null ? null : toUtcIso(c.dueAtMs),
    remainingMs: c.remainingMs,
    intervalMs: c.objectiveMs,
    paused: c.paused,
    businessTime: false,
    level: null,
    contact: null,
  }));
}

/** The next person to call on the ticket's ladder, with the agency's contact for that level. */
export function nextContact(db: Db, d: TicketClockData): NextContact | null {
  return ladderNextContact(db, d.ticket.contractorId, d.ticket.ladderId, d.reachedLevel);
}

/** The level after `reachedLevel` on a contractor's ladder (a ticket's, or a claim's bill-or-contract one), with the agency's contact for it. */
export function ladderNextContact(db: Db, contractorId: number, ladderId: string | null, reachedLevel: number): NextContact | null {
  const ladder = ladderId ? findLadder(ladderId) : undefined;
  if (!ladder) return null;
  const next = ladder.levels.find((l) => l.level > reachedLevel);
  if (!next) return null;
  const c = ladderContact(db, contractorId, ladder.id, next.level);
  return {
    ladderId: ladder.id,
    ladderTitle: ladder.title,
    level: next.level,
    role: next.role,
    name: c?.name ?? '',
    phone: c?.phone ?? '',
    email: c?.email ?? '',
    fallback: next.fallback ?? '',
  };
}

/** Time left before the next escalation level is due (from the ladder's start: the first level-1 contact). */
export function escalationCountdownOf(d: TicketClockData, contact: NextContact | null, nowMs: number, cal: BusinessCalendar): Countdown | null {
  if (d.ticket.status !== 'open') return null;
  return ladderCountdown(d.ticket.ladderId, d.ladderStartedAt, d.reachedLevel, contact, nowMs, cal);
}

/** The next level's countdown on a ladder (a ticket's, or a claim's bill-or-contract one): "call level 1 now" until the ladder starts. */
export function ladderCountdown(ladderId: string | null, startedAt: string | null, reachedLevel: number, contact: NextContact | null, nowMs: number, cal: BusinessCalendar): Countdown | null {
  const ladder = ladderId ? findLadder(ladderId) : undefined;
  if (!ladder || !contact) return null;
  const who = contact.name || contact.role;
  if (startedAt === null) {
    // The ladder has not started: level 1 is to be called now.
    return {
      key: 'escalation', label: `Call level 1: ${ladder.levels[0]!.role}`, clause: ladder.source, kind: 'escalation',
      dueAt: toUtcIso(nowMs), remainingMs: 0, intervalMs: 0, paused: false, businessTime: false, level: 1, contact: who,
    };
  }
  const c = escalationCountdown(ladder, instant(startedAt), reachedLevel, nowMs, ladder.calendar === 'business' ? cal : DEFAULT_CALENDAR);
  if (!c) return null;
  return {
    key: `escalation-L${c.level}`,
    label: `Level ${c.level} due: ${c.role}`,
    clause: ladder.source,
    kind: 'escalation',
    dueAt: toUtcIso(c.dueAtMs),
    remainingMs: c.remainingMs,
    intervalMs: c.intervalMs,
    paused: false,
    businessTime: c.businessTime,
    level: c.level,
    contact: who,
  };
}

export interface ClockedTicket {
  ticket: Ticket;
  countdowns: Countdown[];
  nextContact: NextContact | null;
  reachedLevel: number;
}

export function clockTickets(db: Db, tickets: Ticket[], nowMs: number): ClockedTicket[] {
  const cal = agencyCalendar(db);
  return loadClockData(db, tickets).map((d) => {
    const contact = nextContact(db, d);
    const esc = escalationCountdownOf(d, contact, nowMs, cal);
    return { ticket: d.ticket, countdowns: [...slaCountdowns(d, nowMs, cal.timeZone), ...(esc ? [esc] : [])], nextContact: contact, reachedLevel: d.reachedLevel };
  });
}

/** Every ticket not yet closed with its countdowns: the board and the notification scheduler. */
export function activeClocks(db: Db, nowMs: number): ClockedTicket[] {
  return clockTickets(db, activeTickets(db), nowMs);
}

/** Sort key of the board: the nearest deadline (least time left) first. */
export function nearest(c: ClockedTicket): number {
  return c.countdowns.reduce((m, x) => Math.min(m, x.remainingMs), Number.POSITIVE_INFINITY);
}
