// Stop clocks on tickets and orders (29.4.7). Refused conditions never reach the table; a
// voided interval stays, with who and why, and stops counting.
import { catalogTitle, isCreditCatalog, loadCatalog } from '../../../shared/sla/catalog';
import type { StopClock } from '../../../shared/ipc/tickets';
import { stopClockProblems } from '../../../shared/tickets/stopClockRules';
import { AppError, notFound } from '../errors';
import { audit } from '../db/audit';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { getTicket, insertEvent, retractLine, utc } from './tickets';
import { agencyTime, notInFuture } from './timeRules';

export interface StopClockDraft {
  ticketId: number | null;
  orderId: number | null;
  code: string;
  startAt: string;
  endAt: string | null;
  windowStart: string | null;
  windowEnd: string | null;
  note: string;
}

const SELECT = `SELECT id, ticket_id AS ticketId, order_id AS orderId, code, start_at AS startAt, end_at AS endAt,
  window_start AS windowStart, window_end AS windowEnd, note, voided_at AS voidedAt, voided_reason AS voidedReason, voided_by AS voidedBy,
  retracted_at AS retractedAt, retracted_reason AS retractedReason, retracted_by AS retractedBy, corrects_id AS correctsId
  FROM stop_clocks`;

type Row = Omit<StopClock, 'title'>;

function withTitle(r: Row): StopClock {
  return { ...r, title: loadCatalog().condition(r.code)?.title ?? r.code };
}

export function getStopClock(db: Db, id: number): StopClock {
  const r = stmt(db, `${SELECT} WHERE id = ?`).get(id) as Row | undefined;
  if (!r) throw notFound('The stop clock');
  return withTitle(r);
}

export function ticketStopClocks(db: Db, ticketId: number): StopClock[] {
  return (stmt(db, `${SELECT} WHERE ticket_id = ? ORDER BY start_at, id`).all(ticketId) as Row[]).map(withTitle);
}

export function orderStopClocks(db: Db, orderId: number): StopClock[] {
  return (stmt(db, `${SELECT} WHERE order_id = ? ORDER BY start_at, id`).all(orderId) as Row[]).map(withTitle);
}

type TimelineKind = 'stop_clock' | 'stop_clock_ended' | 'stop_clock_voided' | 'stop_clock_retracted';
const timelineEvent = (sc: StopClock, kind: TimelineKind, at: string, detail: string, who = '') => ({
  ticketId: sc.ticketId as number, kind, at, who, level: null, whom: '', how: '', answer: '', detail, stopClockId: sc.id,
});

export function startStopClock(db: Db, d: StopClockDraft, now: string): StopClock {
  return db.transaction(() => insertStopClock(db, d, now, null))();
}

/** Checks and writes a stop clock (29.4.7) with its timeline lines; `correctsId` names the one it replaces. */
function insertStopClock(db: Db, d: StopClockDraft, now: string, correctsId: number | null): StopClock {
  const problems = stopClockProblems(loadCatalog(), d, d.ticketId !== null ? 'ticket' : 'order');
  if (problems.length) throw new AppError('refused', problems[0]!.message, problems[0]!.path, problems);
  // A stop clock records a condition that happened; a maintenance window may be scheduled ahead.
  notInFuture(db, d.startAt, now, 'The stop clock\'s start', '/startAt');
  notInFuture(db, d.endAt, now, 'The stop clock\'s end', '/endAt');
  if (d.ticketId !== null) {
    const t = getTicket(db, d.ticketId, '/ticketId');
    // Stop clocks are a credit contract's (29.4.7); a service-level contract (the help desk) has none.
    if (!isCreditCatalog(t.catalogId)) throw new AppError('refused', `This incident is under ${catalogTitle(t.catalogId)}, which has no stop clocks: its schedule runs on the 24x7 calendar`, '/ticketId');
  }
  if (d.orderId !== null && !stmt(db, 'SELECT 1 FROM orders WHERE id = ?').get(d.orderId)) throw notFound('The order', '/orderId');
  if (d.ticketId !== null && d.endAt === null) {
    const running = stmt(db, 'SELECT code FROM stop_clocks WHERE ticket_id = ? AND end_at IS NULL AND voided_at IS NULL AND retracted_at IS NULL').get(d.ticketId) as { code: string } | undefined;
    if (running) throw new AppError('refused', `A ${running.code} stop clock is already running on this ticket; end it first`, '/code');
  }
  const id = Number(
    stmt(
      db,
      `INSERT INTO stop_clocks (ticket_id, order_id, code, start_at, end_at, window_start, window_end, note, created_at, updated_at, corrects_id)
       VALUES (@ticketId, @orderId, @code, @startAt, @endAt, @windowStart, @windowEnd, @note, @now, @now, @correctsId)`,
    ).run({
      ...d,
      startAt: utc(d.startAt),
      endAt: d.endAt === null ? null : utc(d.endAt),
      windowStart: d.windowStart === null ? null : utc(d.windowStart),
      windowEnd: d.windowEnd === null ? null : utc(d.windowEnd),
      now,
      correctsId,
    }).lastInsertRowid,
  );
  const created = getStopClock(db, id);
  audit(db, now, 'stop_clocks', id, 'insert', null, created);
  if (d.ticketId !== null) insertEvent(db, timelineEvent(created, 'stop_clock', created.startAt, `${created.title}${d.note ? `: ${d.note}` : ''}`), now);
  if (d.ticketId !== null && created.endAt !== null) insertEvent(db, timelineEvent(created, 'stop_clock_ended', created.endAt, created.title), now);
  return created;
}

function notRetracted(db: Db, sc: StopClock): void {
  if (sc.retractedAt !== null) throw new AppError('refused', `This stop clock was retracted at ${agencyTime(db, sc.retractedAt)}: ${sc.retractedReason}`, '/id');
}

export function endStopClock(db: Db, id: number, endAt: string, now: string): StopClock {
  return db.transaction(() => {
    const before = getStopClock(db, id);
    notRetracted(db, before);
    if (before.endAt !== null) throw new AppError('refused', `This stop clock already ended at ${agencyTime(db, before.endAt)}`, '/endAt');
    const end = utc(endAt);
    notInFuture(db, end, now, 'The stop clock\'s end', '/endAt');
    if (end < before.startAt) throw new AppError('invalid', `The stop clock cannot end before it starts (${agencyTime(db, before.startAt)})`, '/endAt');
    stmt(db, 'UPDATE stop_clocks SET end_at = ?, updated_at = ? WHERE id = ?').run(end, now, id);
    const after = getStopClock(db, id);
    audit(db, now, 'stop_clocks', id, 'update', before, after);
    if (after.ticketId !== null) insertEvent(db, timelineEvent(after, 'stop_clock_ended', end, after.title), now);
    return after;
  })();
}

export function voidStopClock(db: Db, id: number, reason: string, who: string, now: string): StopClock {
  return db.transaction(() => {
    const before = getStopClock(db, id);
    notRetracted(db, before);
    const c = loadCatalog().condition(before.code);
    if (!c?.voidable) throw new AppError('refused', `${before.title} cannot be voided; only Wiring, Access, CPE and Customer Environmental can later be found not to be the cause`, '/id');
    if (before.voidedAt !== null) throw new AppError('refused', `This stop clock was already voided at ${agencyTime(db, before.voidedAt)}`, '/id');
    stmt(db, 'UPDATE stop_clocks SET voided_at = ?, voided_reason = ?, voided_by = ?, updated_at = ? WHERE id = ?').run(now, reason, who, now, id);
    const after = getStopClock(db, id);
    audit(db, now, 'stop_clocks', id, 'update', before, after);
    if (after.ticketId !== null) insertEvent(db, timelineEvent(after, 'stop_clock_voided', now, `${after.title} voided: ${reason}`, who), now);
    return after;
  })();
}

/**
 * Marks a stop clock entered in error: it stays on record with why, never counts again, and its
 * timeline lines are retracted with it. Unlike voiding (a condition found not to be the cause,
 * 29.4.7), any condition can be retracted.
 */
function markRetracted(db: Db, before: StopClock, reason: string, who: string, now: string, line: string): StopClock {
  notRetracted(db, before);
  stmt(db, 'UPDATE stop_clocks SET retracted_at = ?, retracted_reason = ?, retracted_by = ?, updated_at = ? WHERE id = ?').run(now, reason, who, now, before.id);
  const after = getStopClock(db, before.id);
  audit(db, now, 'stop_clocks', before.id, 'update', before, after);
  if (after.ticketId !== null) {
    const lines = stmt(db, 'SELECT id FROM ticket_events WHERE stop_clock_id = ? AND retracted_at IS NULL').all(before.id) as Array<{ id: number }>;
    for (const { id } of lines) retractLine(db, id, reason, who, now);
    insertEvent(db, timelineEvent(after, 'stop_clock_retracted', now, `${line}: ${reason}`, who), now);
  }
  return after;
}

export function retractStopClock(db: Db, id: number, reason: string, who: string, now: string): StopClock {
  return db.transaction(() => {
    const before = getStopClock(db, id);
    return markRetracted(db, before, reason, who, now, `${before.title} (from ${agencyTime(db, before.startAt)}) retracted`);
  })();
}

/** Replaces a stop clock with a corrected one, checked as a new one would be; the original is retracted with the reason. */
export function correctStopClock(db: Db, id: number, d: Omit<StopClockDraft, 'ticketId' | 'orderId'>, reason: string, who: string, now: string): StopClock {
  return db.transaction(() => {
    const before = getStopClock(db, id);
    notRetracted(db, before);
    if (before.voidedAt !== null) throw new AppError('refused', 'A voided stop clock stays as it was voided; retract it if it was entered in error', '/id');
    markRetracted(db, before, reason, who, now, `${before.title} (from ${agencyTime(db, before.startAt)}) corrected`);
    return insertStopClock(db, { ...d, ticketId: before.ticketId, orderId: before.orderId }, now, before.id);
  })();
}
