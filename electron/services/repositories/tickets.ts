// Trouble tickets and their timeline. State changes (restored, End-User reports not restored,
// actual restoration, closed, reopened) are events with a time, checked for order, and the
// ticket row keeps the resulting instants for the engine.
import { parseInstant, toUtcIso } from '../../../shared/calendar/instant';
import { EVENT_LABELS, isMeasuredKind, type Ticket, type TicketEvent, type TicketEventKind } from '../../../shared/ipc/tickets';
import { hasCatalog, loadAnyCatalog, loadCatalog } from '../../../shared/sla/catalog';
import { orList } from '../../../shared/sla/vocabulary';
import { AppError, notFound } from '../errors';
import { audit } from '../db/audit';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { checkInService, serviceLineage } from './services';
import { agencyTime, notInFuture } from './timeRules';
import {
  applyStateEvent, escalationRefusal, isStateEventKind, replayState, type StateEvent, type TicketState, type TicketTimes,
} from '../../../shared/tickets/timeline';

export interface TicketDraft {
  serviceId: number;
  contractorTicket: string;
  kind: Ticket['kind'];
  severity: string;
  description: string;
  alarmAt: string | null;
  openedAt: string;
  measuredMs: number | null;
  incidentId: number | null;
  ladderId: string | null;
  /** A help-desk incident's instants by the time ids of its catalog (severityAssigned, referred, acknowledged); null clears one. */
  times: Record<string, string | null>;
}

/** What the timeline stores: the user's events plus those the app writes itself. */
export type StoredEventKind = TicketEventKind | 'opened' | 'edited' | 'stop_clock' | 'stop_clock_ended' | 'stop_clock_voided' | 'stop_clock_retracted';

export interface TicketEventDraft {
  ticketId: number;
  kind: TicketEventKind;
  at: string;
  who: string;
  level: number | null;
  whom: string;
  how: string;
  answer: string;
  detail: string;
  /** The stop clock a line the app writes is about (its start, end, void or retraction). */
  stopClockId?: number | null;
  /** The event this one corrects (retracted in the same transaction). */
  correctsId?: number | null;
}

export const STATUS_SQL = `CASE WHEN t.closed_at IS NOT NULL THEN 'closed'
  WHEN t.actual_restored_at IS NOT NULL OR (t.restored_at IS NOT NULL AND t.not_restored_at IS NULL) THEN 'restored'
  ELSE 'open' END`;

export const TICKET_SELECT = `SELECT t.id, t.service_id AS serviceId, s.circuit_id AS circuitId, s.contractor_id AS contractorId,
  c.name AS contractorName, s.service_type AS serviceType, s.tier, s.site, t.incident_id AS incidentId,
  t.contractor_ticket AS contractorTicket, t.kind, t.severity, t.description, t.alarm_at AS alarmAt, t.opened_at AS openedAt,
  t.start_at AS startAt, t.restored_at AS restoredAt, t.not_restored_at AS notRestoredAt, t.actual_restored_at AS actualRestoredAt,
  t.closed_at AS closedAt, t.measured_ms AS measuredMs, t.ladder_id AS ladderId, ${STATUS_SQL} AS status, t.updated_at AS updatedAt,
  s.catalog_id AS catalogId, (SELECT json_group_object(time_id, at) FROM ticket_times WHERE ticket_id = t.id) AS times
  FROM tickets t JOIN services s ON s.id = t.service_id JOIN contractors c ON c.id = s.contractor_id`;

/** A ticket as read with TICKET_SELECT: its incident times arrive as JSON text. */
export function toTicket(row: Omit<Ticket, 'times'> & { times: string | null }): Ticket {
  return { ...row, times: row.times ? (JSON.parse(row.times) as Record<string, string>) : {} };
}

type TicketRow = Omit<Ticket, 'times'> & { times: string | null };

/** Stored form of an instant: UTC ISO-8601 (the request carries any offset). */
export function utc(iso: string): string {
  const ms = parseInstant(iso);
  if (ms === null) throw new AppError('invalid', `"${iso}" is not a date and time with an offset`);
  return toUtcIso(ms);
}

const utcOrNull = (iso: string | null) => (iso === null ? null : utc(iso));

/** `path` names the request's field that carries the id ('/ticketId' for a timeline event). */
export function getTicket(db: Db, id: number, path = '/id'): Ticket {
  const t = stmt(db, `${TICKET_SELECT} WHERE t.id = ?`).get(id) as TicketRow | undefined;
  if (!t) throw notFound('The ticket', path);
  return toTicket(t);
}

export function listEvents(db: Db, ticketId: number): TicketEvent[] {
  return stmt(
    db,
    `${EVENT_SELECT} WHERE ticket_id = ? ORDER BY at, id`,
  ).all(ticketId) as TicketEvent[];
}

const EVENT_SELECT = `SELECT id, ticket_id AS ticketId, kind, at, who, level, whom, how, answer, detail, created_at AS createdAt,
  retracted_at AS retractedAt, retracted_reason AS retractedReason, retracted_by AS retractedBy, corrects_id AS correctsId,
  stop_clock_id AS stopClockId FROM ticket_events`;

export function getEvent(db: Db, id: number, path = '/id'): TicketEvent {
  const e = stmt(db, `${EVENT_SELECT} WHERE id = ?`).get(id) as TicketEvent | undefined;
  if (!e) throw notFound('The timeline event', path);
  return e;
}

/** The highest escalation level recorded on a ticket (0 when the ladder has not started). */
export function reachedLevel(db: Db, ticketId: number): { level: number; startedAt: string | null } {
  const r = stmt(
    db,
    `SELECT max(level) AS level, (SELECT min(at) FROM ticket_events WHERE ticket_id = @id AND kind = 'escalated' AND level = 1 AND retracted_at IS NULL) AS startedAt
     FROM ticket_events WHERE ticket_id = @id AND kind = 'escalated' AND retracted_at IS NULL`,
  ).get({ id: ticketId }) as { level: number | null; startedAt: string | null };
  return { level: r.level ?? 0, startedAt: r.startedAt };
}

/** reachedLevel for many tickets in one query: ticket id → highest level and the ladder's start. */
export function reachedLevels(db: Db, ticketIds: number[]): Map<number, { level: number; startedAt: string | null }> {
  const out = new Map<number, { level: number; startedAt: string | null }>();
  if (ticketIds.length === 0) return out;
  for (const r of stmt(
    db,
    `SELECT ticket_id AS ticketId, max(level) AS level, min(CASE WHEN level = 1 THEN at END) AS startedAt
     FROM ticket_events WHERE kind = 'escalated' AND retracted_at IS NULL AND ticket_id IN (SELECT value FROM json_each(?)) GROUP BY ticket_id`,
  ).all(JSON.stringify(ticketIds)) as Array<{ ticketId: number; level: number; startedAt: string | null }>) {
    out.set(r.ticketId, { level: r.level, startedAt: r.startedAt });
  }
  return out;
}

/**
 * A ticket is under its service's contract (the catalog is the vocabulary): its kind is one of
 * that catalog's, and the instants a help-desk incident records (`times`) are the ones its catalog
 * names, each after the opening and after the time it answers (an acknowledgement, the referral).
 */
function checkContract(db: Db, d: TicketDraft, prefix: string, now: string | null): void {
  const svc = stmt(db, 'SELECT circuit_id AS circuitId, catalog_id AS catalogId FROM services WHERE id = ?').get(d.serviceId) as { circuitId: string; catalogId: string };
  if (!hasCatalog(svc.catalogId)) return; // refused with its own message when evaluated (evaluation/prepare.ts catalogOf)
  const c = loadAnyCatalog(svc.catalogId);
  if (!c.ticketKinds.some((k) => k.id === d.kind)) {
    throw new AppError('invalid', `Kind must be one of ${c.title}'s (${svc.circuitId} is under it): ${orList(c.ticketKinds)}`, `${prefix}/kind`);
  }
  const named = c.kind === 'service-levels' ? c.incidentTimes : [];
  const opened = Date.parse(d.openedAt);
  for (const [timeId, at] of Object.entries(d.times)) {
    const def = named.find((x) => x.id === timeId);
    if (!def) {
      throw new AppError(
        'invalid',
        named.length ? `Times can be ${named.map((x) => x.id).join(', ')} (${c.title}), not "${timeId}"` : `A ${c.title} ticket records no such times ("${timeId}")`,
        `${prefix}/times/${timeId}`,
      );
    }
    if (at === null) continue;
    if (now !== null) notInFuture(db, at, now, def.title, `${prefix}/times/${timeId}`);
    if (Date.parse(at) < opened) throw new AppError('invalid', `${def.title} (${agencyTime(db, at)}) cannot be before the incident's creation (${agencyTime(db, d.openedAt)})`, `${prefix}/times/${timeId}`);
    if (def.after !== undefined) {
      const first = named.find((x) => x.id === def.after)!;
      const w = d.times[first.id] ?? null;
      if (w === null) throw new AppError('invalid', `${def.title} needs ${first.title.toLowerCase()} first`, `${prefix}/times/${timeId}`);
      if (Date.parse(at) < Date.parse(w)) throw new AppError('invalid', `${def.title} (${agencyTime(db, at)}) cannot be before ${first.title.toLowerCase()} (${agencyTime(db, w)})`, `${prefix}/times/${timeId}`);
    }
  }
  if (c.kind === 'service-levels' && (d.alarmAt !== null || d.measuredMs !== null)) {
    throw new AppError('invalid', `A ${c.title} incident has no network alarm or measured value`, `${prefix}/${d.alarmAt !== null ? 'alarmAt' : 'measuredMs'}`);
  }
}

/** Writes a ticket's incident times (the given ones; null removes one), audited. */
function setTimes(db: Db, ticketId: number, times: Record<string, string | null>, now: string): void {
  for (const [timeId, at] of Object.entries(times)) {
    const before = stmt(db, 'SELECT at FROM ticket_times WHERE ticket_id = ? AND time_id = ?').get(ticketId, timeId) as { at: string } | undefined;
    const after = at === null ? null : utc(at);
    if ((before?.at ?? null) === after) continue;
    if (after === null) stmt(db, 'DELETE FROM ticket_times WHERE ticket_id = ? AND time_id = ?').run(ticketId, timeId);
    else stmt(db, 'INSERT INTO ticket_times (ticket_id, time_id, at) VALUES (?, ?, ?) ON CONFLICT (ticket_id, time_id) DO UPDATE SET at = excluded.at').run(ticketId, timeId, after);
    audit(db, now, 'ticket_times', `${ticketId}:${timeId}`, before === undefined ? 'insert' : after === null ? 'delete' : 'update', before ?? null, after === null ? null : { at: after });
  }
}

/** Paths are the request's: tickets:update nests the draft under `ticket` (prefix '/ticket'). */
function checkRefs(db: Db, d: TicketDraft, prefix: string, now: string | null = null): void {
  if (!stmt(db, 'SELECT 1 FROM services WHERE id = ?').get(d.serviceId)) throw new AppError('not_found', 'Service is not in this agency\'s list', `${prefix}/serviceId`);
  checkContract(db, d, prefix, now);
  if (d.incidentId !== null && !stmt(db, 'SELECT 1 FROM incidents WHERE id = ?').get(d.incidentId)) throw new AppError('not_found', 'Incident was not found', `${prefix}/incidentId`);
  try {
    checkInService(db, d.serviceId, startOf(d), 'ticket');
  } catch (e) {
    if (e instanceof AppError && prefix !== '') throw new AppError(e.code, e.message, `${prefix}${e.path}`, e.issues);
    throw e;
  }
}

/** The alarm and the opening have happened: neither is in the future. */
function checkTimes(db: Db, d: TicketDraft, now: string, prefix: string): void {
  notInFuture(db, d.alarmAt, now, 'The alarm', `${prefix}/alarmAt`);
  notInFuture(db, d.openedAt, now, 'The opening', `${prefix}/openedAt`);
}

function startOf(d: TicketDraft): string {
  const opened = utc(d.openedAt);
  const alarm = utcOrNull(d.alarmAt);
  // 29.4.8.11 / 29.4.8.2: the outage begins at the network alarm or the ticket's opening, whichever is first.
  return alarm !== null && alarm < opened ? alarm : opened;
}

export function insertEvent(db: Db, e: Omit<TicketEventDraft, 'kind'> & { kind: StoredEventKind }, now: string): number {
  const id = Number(
    stmt(
      db,
      `INSERT INTO ticket_events (ticket_id, kind, at, who, level, whom, how, answer, detail, created_at, stop_clock_id, corrects_id)
       VALUES (@ticketId, @kind, @at, @who, @level, @whom, @how, @answer, @detail, @now, @stopClockId, @correctsId)`,
    ).run({ ...e, stopClockId: e.stopClockId ?? null, correctsId: e.correctsId ?? null, now }).lastInsertRowid,
  );
  audit(db, now, 'ticket_events', id, 'insert', null, e);
  return id;
}

export function createTicket(db: Db, d: TicketDraft, now: string): number {
  return db.transaction(() => {
    checkRefs(db, d, '', now);
    checkTimes(db, d, now, '');
    const ladder = d.ladderId ?? defaultLadder(db, d.serviceId);
    const id = Number(
      stmt(
        db,
        `INSERT INTO tickets (service_id, incident_id, contractor_ticket, kind, severity, description, alarm_at, opened_at, start_at,
                              measured_ms, ladder_id, created_at, updated_at)
         VALUES (@serviceId, @incidentId, @contractorTicket, @kind, @severity, @description, @alarmAt, @openedAt, @startAt,
                 @measuredMs, @ladderId, @now, @now)`,
      ).run({ ...d, alarmAt: utcOrNull(d.alarmAt), openedAt: utc(d.openedAt), startAt: startOf(d), ladderId: ladder, now }).lastInsertRowid,
    );
    setTimes(db, id, d.times, now);
    audit(db, now, 'tickets', id, 'insert', null, getTicket(db, id));
    insertEvent(db, { ticketId: id, kind: 'opened', at: utc(d.openedAt), who: '', level: null, whom: '', how: '', answer: '', detail: d.description }, now);
    return id;
  })();
}

function defaultLadder(db: Db, serviceId: number): string | null {
  const r = stmt(db, 'SELECT c.service_ladder_id AS l FROM services s JOIN contractors c ON c.id = s.contractor_id WHERE s.id = ?').get(serviceId) as { l: string | null } | undefined;
  return r?.l ?? null;
}

export function updateTicket(db: Db, id: number, d: TicketDraft, now: string): void {
  db.transaction(() => {
    const before = getTicket(db, id);
    checkRefs(db, d, '/ticket', now);
    checkTimes(db, d, now, '/ticket');
    const startAt = startOf(d);
    // Alarm, opening ≤ restoration ≤ closing: an edit cannot move the start past what followed it.
    const later = [
      [before.restoredAt, "the contractor's restoration"],
      [before.closedAt, 'the closing'],
    ] as const;
    for (const [field, what, value] of [['alarmAt', 'The alarm', d.alarmAt], ['openedAt', 'The opening', d.openedAt]] as const) {
      if (value === null) continue;
      for (const [limit, limitWhat] of later) {
        if (limit !== null && Date.parse(value) > Date.parse(limit)) {
          throw new AppError('invalid', `${what} (${agencyTime(db, value)}) cannot be after ${limitWhat} (${agencyTime(db, limit)})`, `/ticket/${field}`);
        }
      }
    }
    stmt(
      db,
      `UPDATE tickets SET service_id = @serviceId, incident_id = @incidentId, contractor_ticket = @contractorTicket, kind = @kind,
         severity = @severity, description = @description, alarm_at = @alarmAt, opened_at = @openedAt, start_at = @startAt,
         measured_ms = @measuredMs, ladder_id = @ladderId, updated_at = @now WHERE id = @id`,
    ).run({ ...d, id, alarmAt: utcOrNull(d.alarmAt), openedAt: utc(d.openedAt), startAt, ladderId: d.ladderId ?? before.ladderId, now });
    // A help-desk incident's times: those the form sends replace what was recorded; one left out is cleared.
    const cleared = Object.fromEntries(Object.keys(before.times).filter((k) => !(k in d.times)).map((k) => [k, null]));
    setTimes(db, id, { ...cleared, ...d.times }, now);
    const after = getTicket(db, id);
    audit(db, now, 'tickets', id, 'update', before, after);
    const changed = (Object.keys(after) as Array<keyof Ticket>).filter((k) => k !== 'updatedAt' && JSON.stringify(after[k]) !== JSON.stringify(before[k]));
    insertEvent(db, { ticketId: id, kind: 'edited', at: now, who: '', level: null, whom: '', how: '', answer: '', detail: `Changed: ${changed.join(', ') || 'nothing'}` }, now);
  })();
}

/**
 * OBSERVATION and END-USER NOT AVAILABLE (29.4.7 lines 2 and 3) run until the End-User
 * reports the service not restored: a running one ends at that report.
 */
function endAfterRestorationStops(db: Db, ticketId: number, at: string, now: string): void {
  const codes = loadCatalog().stopClockConditions.filter((c) => c.afterRestoration).map((c) => c.code);
  const running = stmt(db, 'SELECT id, code, start_at AS startAt, end_at AS endAt FROM stop_clocks WHERE ticket_id = ? AND end_at IS NULL AND voided_at IS NULL AND retracted_at IS NULL').all(ticketId) as Array<{ id: number; code: string; startAt: string; endAt: null }>;
  for (const r of running.filter((x) => codes.includes(x.code))) {
    stmt(db, 'UPDATE stop_clocks SET end_at = ?, updated_at = ? WHERE id = ?').run(at < r.startAt ? r.startAt : at, now, r.id);
    audit(db, now, 'stop_clocks', r.id, 'update', r, { ...r, endAt: at });
  }
}

function refuse(message: string, path = '/kind'): never {
  throw new AppError('refused', message, path);
}

const timesOf = (t: Ticket): TicketTimes => ({ alarmAt: t.alarmAt, openedAt: t.openedAt, measured: isMeasuredKind(t.kind) });
const stateOf = (t: Ticket): TicketState => ({ restoredAt: t.restoredAt, notRestoredAt: t.notRestoredAt, actualRestoredAt: t.actualRestoredAt, closedAt: t.closedAt });
const labelOf = (kind: string) => EVENT_LABELS[kind] ?? kind;

/** Writes the instants a timeline leaves on the ticket, audited when they change. */
function setState(db: Db, before: Ticket, state: TicketState, now: string): void {
  const same = (Object.keys(state) as Array<keyof TicketState>).every((k) => state[k] === before[k]);
  if (same) return;
  stmt(
    db,
    `UPDATE tickets SET restored_at = @restoredAt, not_restored_at = @notRestoredAt, actual_restored_at = @actualRestoredAt,
       closed_at = @closedAt, updated_at = @now WHERE id = @id`,
  ).run({ ...state, now, id: before.id });
  audit(db, now, 'tickets', before.id, 'update', before, getTicket(db, before.id));
}

/** Applies a timeline event; state events are checked against the ticket's state and order in time (shared/tickets/timeline). */
export function addEvent(db: Db, e: TicketEventDraft, now: string): void {
  db.transaction(() => {
    const t = getTicket(db, e.ticketId, '/ticketId');
    const at = utc(e.at);
    const fmt = (iso: string) => agencyTime(db, iso);
    notInFuture(db, at, now, labelOf(e.kind), '/at');
    if (e.kind === 'escalated') {
      const closed = escalationRefusal(stateOf(t));
      if (closed !== null) refuse(closed);
    }
    if (isStateEventKind(e.kind)) {
      const r = applyStateEvent(e.kind, at, labelOf(e.kind), timesOf(t), stateOf(t), fmt);
      if ('refusal' in r) {
        if (r.refusal.reason === 'state') refuse(r.refusal.message);
        throw new AppError('invalid', r.refusal.message, '/at');
      }
      setState(db, t, r.state, now);
      if (e.kind === 'not_restored') endAfterRestorationStops(db, t.id, at, now);
    }
    insertEvent(db, { ...e, at }, now);
  })();
}

/** What the app writes itself is corrected where it comes from: the ticket's form, the stop clock. */
function checkCorrectable(db: Db, e: TicketEvent): void {
  if (e.retractedAt !== null) refuse(`This "${labelOf(e.kind)}" line was already retracted or corrected at ${agencyTime(db, e.retractedAt)}`, '/id');
  if (e.kind === 'opened' || e.kind === 'edited') refuse("The opening is the ticket's own: edit the ticket to correct it", '/id');
  if (e.kind.startsWith('stop_clock')) refuse('A stop clock line is corrected on the stop clock itself (Stop clocks, Correct or Retract)', '/id');
}

/**
 * The ticket's state from its timeline as it stands after a correction or retraction, or a
 * refusal naming the event that no longer fits (retract or correct that one first).
 */
function replayed(db: Db, t: Ticket, what: string): TicketState {
  const events = (stmt(db, `SELECT id, kind, at FROM ticket_events WHERE ticket_id = ? AND retracted_at IS NULL`).all(t.id) as StateEvent[])
    .filter((e) => isStateEventKind(e.kind));
  const r = replayState(timesOf(t), events, labelOf, (iso) => agencyTime(db, iso));
  if ('refusal' in r) {
    throw new AppError(
      'refused',
      `${what} would leave the timeline out of order at "${labelOf(r.event.kind)}" (${agencyTime(db, r.event.at)}): ${r.refusal.message}. Correct or retract that line first.`,
      '/id',
    );
  }
  return r.state;
}

/** Marks one timeline line retracted, audited (the stop clocks' lines go with their stop clock). */
export function retractLine(db: Db, id: number, reason: string, who: string, now: string): void {
  const before = getEvent(db, id);
  stmt(db, 'UPDATE ticket_events SET retracted_at = ?, retracted_reason = ?, retracted_by = ? WHERE id = ?').run(now, reason, who, id);
  audit(db, now, 'ticket_events', id, 'update', before, getEvent(db, id));
}

/** Retracts a line entered in error: it stays on the timeline, struck through with why, and stops counting. */
export function retractEvent(db: Db, id: number, reason: string, who: string, now: string): number {
  return db.transaction(() => {
    const e = getEvent(db, id);
    checkCorrectable(db, e);
    const t = getTicket(db, e.ticketId);
    retractLine(db, e.id, reason, who, now);
    if (isStateEventKind(e.kind)) setState(db, t, replayed(db, t, `Retracting "${labelOf(e.kind)}"`), now);
    return e.ticketId;
  })();
}

/** A line's fields as they should have been (its kind stays). */
export type EventCorrection = Omit<TicketEventDraft, 'ticketId' | 'kind' | 'stopClockId' | 'correctsId'>;

/** Corrects a line: the original is retracted with the reason and a new line of the same kind names it. */
export function correctEvent(db: Db, id: number, c: EventCorrection, reason: string, now: string): number {
  return db.transaction(() => {
    const e = getEvent(db, id);
    checkCorrectable(db, e);
    const t = getTicket(db, e.ticketId);
    const at = utc(c.at);
    notInFuture(db, at, now, labelOf(e.kind), '/at');
    if (e.kind === 'escalated' && c.level === null) throw new AppError('invalid', 'Escalation needs the level reached', '/level');
    if (e.kind === 'note' && c.detail.trim() === '') throw new AppError('invalid', 'A note needs some text', '/detail');
    retractLine(db, e.id, reason, c.who, now);
    insertEvent(db, { ticketId: e.ticketId, kind: e.kind as StoredEventKind, ...c, at, correctsId: e.id }, now);
    if (isStateEventKind(e.kind)) setState(db, t, replayed(db, t, `Correcting "${labelOf(e.kind)}" to ${agencyTime(db, at)}`), now);
    return e.ticketId;
  })();
}

export interface TicketQuery {
  status: 'open' | 'restored' | 'closed' | 'active' | 'all';
  text?: string | undefined;
  kind?: Ticket['kind'] | undefined;
  serviceId?: number | undefined;
  /** With serviceId: the tickets of the services it replaced too. */
  includePredecessors?: boolean | undefined;
  sort: { key: 'startAt' | 'circuitId' | 'kind' | 'status' | 'contractor' | 'updatedAt' | 'contractorTicket'; dir: 'asc' | 'desc' };
  limit: number;
  offset: number;
}

const SORT: Record<TicketQuery['sort']['key'], string> = {
  startAt: 't.start_at',
  circuitId: 's.circuit_id COLLATE NOCASE',
  kind: 't.kind',
  status: STATUS_SQL,
  contractor: 'c.name COLLATE NOCASE',
  updatedAt: 't.updated_at',
  contractorTicket: 't.contractor_ticket COLLATE NOCASE',
};

export function listTickets(db: Db, q: TicketQuery): { rows: Ticket[]; total: number } {
  const where: string[] = [];
  const p: Record<string, unknown> = {};
  if (q.status === 'active') where.push('t.closed_at IS NULL');
  else if (q.status !== 'all') {
    where.push(`${STATUS_SQL} = @status`);
    p.status = q.status;
  }
  if (q.kind) {
    where.push('t.kind = @kind');
    p.kind = q.kind;
  }
  if (q.serviceId !== undefined && q.includePredecessors) {
    // The service's history starts with the services it replaced in a conversion.
    where.push('t.service_id IN (SELECT value FROM json_each(@lineage))');
    p.lineage = JSON.stringify(serviceLineage(db, q.serviceId));
  } else if (q.serviceId !== undefined) {
    where.push('t.service_id = @serviceId');
    p.serviceId = q.serviceId;
  }
  if (q.text?.trim()) {
    where.push("(s.circuit_id LIKE @text ESCAPE '\\' OR t.contractor_ticket LIKE @text ESCAPE '\\' OR t.description LIKE @text ESCAPE '\\' OR s.site LIKE @text ESCAPE '\\')");
    p.text = `%${q.text.trim().replace(/[\\%_]/g, (m) => '\\' + m)}%`;
  }
  const w = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  const dir = q.sort.dir === 'asc' ? 'ASC' : 'DESC';
  const order = `ORDER BY ${SORT[q.sort.key]} ${dir}, t.id ${dir}`;
  // The page's ids first, from the tickets table alone unless the filter or sort needs the
  // service or contractor: skipping 100,000 rows to a deep page then walks an index, not joins.
  const joins = ' JOIN services s ON s.id = t.service_id JOIN contractors c ON c.id = s.contractor_id';
  const textFilter = p.text !== undefined;
  const from = `tickets t${textFilter || q.sort.key === 'circuitId' || q.sort.key === 'contractor' ? joins : ''}`;
  const page = `SELECT t.id FROM ${from}${w} ${order} LIMIT @limit OFFSET @offset`;
  const rows = (stmt(db, `${TICKET_SELECT} WHERE t.id IN (${page}) ${order}`).all({ ...p, limit: q.limit, offset: q.offset }) as TicketRow[]).map(toTicket);
  const total = (stmt(db, `SELECT count(*) AS n FROM tickets t${textFilter ? joins : ''}${w}`).get(p) as { n: number }).n;
  return { rows, total };
}

/** Tickets not yet closed, for the board and the scheduler. */
export function activeTickets(db: Db): Ticket[] {
  return (stmt(db, `${TICKET_SELECT} WHERE t.closed_at IS NULL ORDER BY t.start_at`).all() as TicketRow[]).map(toTicket);
}

/** The ticket of a service with this contractor ticket number (letter case ignored), or null: an import does not record it twice. */
export function ticketIdByNumber(db: Db, serviceId: number, contractorTicket: string): number | null {
  const r = stmt(db, 'SELECT id FROM tickets WHERE service_id = ? AND contractor_ticket = ? COLLATE NOCASE ORDER BY id LIMIT 1').get(serviceId, contractorTicket) as { id: number } | undefined;
  return r?.id ?? null;
}

/** Contractor ticket numbers by ticket id, for the given ids (a case file names tickets by them). */
export function ticketNumbersOf(db: Db, ids: readonly number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows = stmt(db, 'SELECT id, contractor_ticket AS ref FROM tickets WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as Array<{ id: number; ref: string }>;
  return new Map(rows.map((r) => [r.id, r.ref]));
}
