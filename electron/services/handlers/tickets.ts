import { toUtcIso } from '../../../shared/calendar/instant';
import { LADDERS } from '../../../shared/escalation';
import type { ticketChannels, TicketDetail } from '../../../shared/ipc/tickets';
import { loadCatalog } from '../../../shared/sla/catalog';
import { activeClocks, clockTickets, nearest } from '../countdowns';
import type { Db } from '../db/open';
import { createIncident, getIncident, linkTicket, listIncidents, updateIncident } from '../repositories/incidents';
import { assignLadders, ladderAssignments, ladderContacts, setLadderContact } from '../repositories/ladders';
import { createOrder, listOrders, updateOrder } from '../repositories/orders';
import { correctStopClock, endStopClock, retractStopClock, startStopClock, ticketStopClocks, voidStopClock } from '../repositories/stopClocks';
import { addEvent, correctEvent, createTicket, getTicket, listEvents, listTickets, retractEvent, updateTicket } from '../repositories/tickets';
import { withDue } from '../evaluation/orders';
import { agencyZone } from '../evaluation/zone';
import type { HandlerContext, HandlerMap } from './types';

export function ticketDetail(db: Db, id: number, nowMs: number): TicketDetail {
  const ticket = getTicket(db, id);
  const [clocked] = clockTickets(db, [ticket], nowMs);
  return {
    ticket,
    events: listEvents(db, id),
    stopClocks: ticketStopClocks(db, id),
    countdowns: clocked?.countdowns ?? [],
    nextContact: clocked?.nextContact ?? null,
    reachedLevel: clocked?.reachedLevel ?? 0,
    computedAt: toUtcIso(nowMs),
  };
}

const detail = (ctx: HandlerContext, id: number) => ticketDetail(ctx.db, id, ctx.clock.now());

function describeDue(due: (typeof LADDERS)[number]['levels'][number]['due']): string {
  if (due === null) return 'at the start';
  if ('minutes' in due) return `${due.minutes} minutes after the start`;
  if ('hours' in due) return `${due.hours} hours after the start (wall-clock)`;
  return `${due.businessDays} business day${due.businessDays === 1 ? '' : 's'} after the start`;
}

export const ticketHandlers: HandlerMap<keyof typeof ticketChannels> = {
  'tickets:list': (q, { db }) => listTickets(db, q),
  'tickets:get': ({ id }, ctx) => detail(ctx, id),
  'tickets:create': (d, ctx) => detail(ctx, createTicket(ctx.db, d, ctx.nowIso())),
  'tickets:update': ({ id, ticket }, ctx) => {
    updateTicket(ctx.db, id, ticket, ctx.nowIso());
    return detail(ctx, id);
  },
  'tickets:addEvent': (e, ctx) => {
    addEvent(ctx.db, e, ctx.nowIso());
    return detail(ctx, e.ticketId);
  },
  'tickets:retractEvent': ({ id, reason, who }, ctx) => detail(ctx, retractEvent(ctx.db, id, reason, who, ctx.nowIso())),
  'tickets:correctEvent': ({ id, reason, ...c }, ctx) => detail(ctx, correctEvent(ctx.db, id, c, reason, ctx.nowIso())),
  'tickets:board': (_req, ctx) => {
    const now = ctx.clock.now();
    const entries = activeClocks(ctx.db, now).sort((a, b) => nearest(a) - nearest(b) || a.ticket.id - b.ticket.id);
    return { computedAt: toUtcIso(now), timeZone: agencyZone(ctx.db), entries };
  },
  'stopClocks:conditions': () => {
    const c = loadCatalog();
    return {
      conditions: c.stopClockConditions.map(({ code, title, definition, rule, requiresNote, voidable, ordersOnly, windowLimited }) => ({
        code, title, definition, rule, requiresNote, voidable, ordersOnly, windowLimited,
      })),
      refused: c.refusedConditions.map(({ code, title, reason }) => ({ code, title, reason })),
    };
  },
  'stopClocks:start': (d, ctx) => startStopClock(ctx.db, d, ctx.nowIso()),
  'stopClocks:end': ({ id, endAt }, ctx) => endStopClock(ctx.db, id, endAt, ctx.nowIso()),
  'stopClocks:void': ({ id, reason, who }, ctx) => voidStopClock(ctx.db, id, reason, who, ctx.nowIso()),
  'stopClocks:retract': ({ id, reason, who }, ctx) => retractStopClock(ctx.db, id, reason, who, ctx.nowIso()),
  'stopClocks:correct': ({ id, reason, who, ...d }, ctx) => correctStopClock(ctx.db, id, d, reason, who, ctx.nowIso()),
  'incidents:list': (_req, { db }) => listIncidents(db),
  'incidents:create': (d, ctx) => createIncident(ctx.db, d, ctx.nowIso()),
  'incidents:update': ({ id, ...d }, ctx) => updateIncident(ctx.db, id, d, ctx.nowIso()),
  'incidents:link': ({ incidentId, ticketId }, ctx) => {
    linkTicket(ctx.db, incidentId, ticketId, ctx.nowIso());
    if (incidentId !== null) getIncident(ctx.db, incidentId);
    return { ok: true };
  },
  'orders:list': ({ serviceId }, ctx) => withDue(ctx.db, listOrders(ctx.db, serviceId), ctx.clock.now()),
  'orders:create': (d, ctx) => withDue(ctx.db, [createOrder(ctx.db, d, ctx.nowIso())], ctx.clock.now())[0]!,
  'orders:update': ({ id, ...d }, ctx) => withDue(ctx.db, [updateOrder(ctx.db, id, d, ctx.nowIso())], ctx.clock.now())[0]!,
  'ladders:list': () =>
    LADDERS.map((l) => ({
      id: l.id, title: l.title, issueKind: l.issueKind, calendar: l.calendar, source: l.source,
      levels: l.levels.map((v) => ({ level: v.level, role: v.role, contactedBy: v.contactedBy, rule: v.rule, due: describeDue(v.due), fallback: v.fallback ?? '' })),
      updates: l.updates?.rule ?? '',
    })),
  'ladders:assign': (a, ctx) => assignLadders(ctx.db, a, ctx.nowIso()),
  'ladders:assignments': (_req, { db }) => ladderAssignments(db),
  'ladders:contacts': ({ contractorId }, { db }) => ladderContacts(db, contractorId),
  'ladders:setContact': (c, ctx) => setLadderContact(ctx.db, c, ctx.nowIso()),
};
