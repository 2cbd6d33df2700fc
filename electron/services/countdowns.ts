// Countdowns for open tickets, computed in the main process from the engine: time left before
// each SLA objective is missed (paused while a stop clock runs) and before the next escalation
// level is due. The renderer ticks them every second without asking the database again.
import { DEFAULT_CALENDAR, instant, makeCalendar, toUtcIso, type BusinessCalendar } from '../../shared/calendar';
import { escalationCountdown, findLadder } from '../../shared/escalation';
import type { Countdown, NextContact, Ticket } from '../../shared/ipc/tickets';
import { loadCatalog } from '../../shared/sla/catalog';
import { ticketCountdowns } from '../../shared/sla';
import type { ServiceInput, StopClockInput } from '../../shared/sla/model';
import type { Db } from './db/open';
import { stmt } from './db/statements';
import { ladderContact } from './repositories/ladders';
import { toEngineTicket, toStop, type StopClockText } from './evaluation/model';

export interface TicketClockData {
  ticket: Ticket;
  service: ServiceInput;
  stopClocks: StopClockInput[];
  reachedLevel: number;
  ladderStartedAt: string | null;
}

interface StopRow extends StopClockText {
  ticketId: number;
}

/** Everything the countdowns need for the given tickets, in three queries whatever their number. */
export function loadClockData(db: Db, tickets: Ticket[]): TicketClockData[] {
  if (tickets.length === 0) return [];
  const ids = tickets.map((t) => t.id);
  const idList = `(${ids.join(',')})`;
  const stops = new Map<number, StopClockInput[]>();
  for (const r of db
    .prepare(`SELECT ticket_id AS ticketId, code, start_at AS startAt, end_at AS endAt, voided_at AS voidedAt, window_start AS windowStart, window_end AS windowEnd
              FROM stop_clocks WHERE ticket_id IN ${idList}`)
    .all() as StopRow[]) {
    const list = stops.get(r.ticketId) ?? [];
    list.push(toStop(r));
    stops.set(r.ticketId, list);
  }
  const levels = new Map<number, { level: number; startedAt: string | null }>();
  for (const r of db
    .prepare(`SELECT ticket_id AS ticketId, max(level) AS level, min(CASE WHEN level = 1 THEN at END) AS startedAt
              FROM ticket_events WHERE kind = 'escalated' AND ticket_id IN ${idList} GROUP BY ticket_id`)
    .all() as Array<{ ticketId: number; level: number; startedAt: string | null }>) {
    levels.set(r.ticketId, { level: r.level, startedAt: r.startedAt });
  }
  const services = new Map<number, ServiceInput>();
  for (const r of db
    .prepare(`SELECT id, service_type AS type, tier, tmrc_cents AS tmrcCents, aduc_cents AS aducCents, install_fee_cents AS installFeeCents, site
              FROM services WHERE id IN (${[...new Set(tickets.map((t) => t.serviceId))].join(',')})`)
    .all() as Array<ServiceInput & { id: number }>) {
    services.set(r.id, { ...r, id: String(r.id) });
  }
  return tickets.map((ticket) => ({
    ticket,
    service: services.get(ticket.serviceId)!,
    stopClocks: stops.get(ticket.id) ?? [],
    reachedLevel: levels.get(ticket.id)?.level ?? 0,
    ladderStartedAt: levels.get(ticket.id)?.startedAt ?? null,
  }));
}

export function agencyCalendar(db: Db): BusinessCalendar {
  const zone = (stmt(db, 'SELECT time_zone AS z FROM agency WHERE id = 1').get() as { z: string } | undefined)?.z;
  return zone && zone !== DEFAULT_CALENDAR.timeZone ? makeCalendar({ timeZone: zone }) : DEFAULT_CALENDAR;
}

/** SLA countdowns of a ticket not yet restored (restored tickets have nothing left to miss). */
export function slaCountdowns(d: TicketClockData, nowMs: number): Countdown[] {
  if (d.ticket.status !== 'open') return [];
  const catalog = loadCatalog();
  return ticketCountdowns(toEngineTicket(d.ticket, d.stopClocks), d.service, catalog, nowMs).map((c) => ({
    key: c.sla,
    label: catalog.sla(c.sla)?.title ?? c.sla,
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
  const ladder = d.ticket.ladderId ? findLadder(d.ticket.ladderId) : undefined;
  if (!ladder) return null;
  const next = ladder.levels.find((l) => l.level > d.reachedLevel);
  if (!next) return null;
  const c = ladderContact(db, d.ticket.contractorId, ladder.id, next.level);
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
  const ladder = d.ticket.ladderId ? findLadder(d.ticket.ladderId) : undefined;
  if (!ladder || !contact || d.ticket.status !== 'open') return null;
  const who = contact.name || contact.role;
  if (d.ladderStartedAt === null) {
    // The ladder has not started: level 1 is to be called now.
    return {
      key: 'escalation', label: `Call level 1: ${ladder.levels[0]!.role}`, clause: ladder.source, kind: 'escalation',
      dueAt: toUtcIso(nowMs), remainingMs: 0, intervalMs: 0, paused: false, businessTime: false, level: 1, contact: who,
    };
  }
  const c = escalationCountdown(ladder, instant(d.ladderStartedAt), d.reachedLevel, nowMs, ladder.calendar === 'business' ? cal : DEFAULT_CALENDAR);
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
    return { ticket: d.ticket, countdowns: [...slaCountdowns(d, nowMs), ...(esc ? [esc] : [])], nextContact: contact, reachedLevel: d.reachedLevel };
  });
}

/** Sort key of the board: the nearest deadline (least time left) first. */
export function nearest(c: ClockedTicket): number {
  return c.countdowns.reduce((m, x) => Math.min(m, x.remainingMs), Number.POSITIVE_INFINITY);
}
