// Contractor notices to the CALNET Program on CAT 2 / CAT 3 tickets (29.4.8.9 Notification: the
// first within 60 minutes of the outage start, then an update at least every 60 minutes until
// restoration). The engine reads their instants; the method and note are the ATR's record.
// On a help-desk incident (a service-level catalog) the same rows are the notifications the agency
// received, each of a kind its catalog names (initial, update, restored, escalation).
import { instant } from '../../../shared/calendar/instant';
import type { ContractorNotice } from '../../../shared/ipc/sla';
import { TICKET_KIND_LABELS } from '../../../shared/ipc/tickets';
import { loadAnyCatalog, loadCatalog } from '../../../shared/sla/catalog';
import { orList } from '../../../shared/sla/vocabulary';
import { AppError, notFound } from '../errors';
import { audit } from '../db/audit';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { agencyDates } from './agencyDates';
import { utc } from './tickets';

export interface NoticeDraft {
  ticketId: number;
  at: string;
  method: string;
  note: string;
  /** '' for a CALNET notice; a notification kind of a service-level catalog. */
  kind: string;
}

/** A notice "now" may be typed a little ahead of the clock (a minute), never later. */
const FUTURE_SLACK_MS = 60_000;

const SELECT = `SELECT id, ticket_id AS ticketId, at, method, note, kind, created_at AS createdAt FROM ticket_notices`;

export function getNotice(db: Db, id: number): ContractorNotice {
  const r = stmt(db, `${SELECT} WHERE id = ?`).get(id) as ContractorNotice | undefined;
  if (!r) throw notFound('The notice');
  return r;
}

interface TicketFacts {
  kind: string;
  startAt: string;
  catalogId: string;
}

function ticketFacts(db: Db, ticketId: number): TicketFacts {
  const t = stmt(
    db,
    'SELECT t.kind, t.start_at AS startAt, s.catalog_id AS catalogId FROM tickets t JOIN services s ON s.id = t.service_id WHERE t.id = ?',
  ).get(ticketId) as TicketFacts | undefined;
  if (!t) throw notFound('The ticket', '/ticketId');
  return t;
}

export function listNotices(db: Db, ticketId: number): ContractorNotice[] {
  ticketFacts(db, ticketId);
  return stmt(db, `${SELECT} WHERE ticket_id = ? ORDER BY at, id`).all(ticketId) as ContractorNotice[];
}

/** The ticket kinds the catalog's Notification SLA covers (CAT 2 and CAT 3 in CALNET 3). */
function noticeKinds(catalogId: string): { kinds: string[]; clause: string } {
  const slas = loadCatalog(catalogId).slas.filter((s) => s.basis === 'notification');
  return { kinds: slas.flatMap((s) => s.ticketKinds), clause: slas.map((s) => `${s.clause} ${s.title}`).join(', ') };
}

const label = (kind: string) => (TICKET_KIND_LABELS as Record<string, string>)[kind] ?? kind;
const labels = (kinds: string[], word: string) => kinds.map(label).join(` ${word} `);

export function addNotice(db: Db, d: NoticeDraft, now: string): ContractorNotice {
  return db.transaction(() => {
    const t = ticketFacts(db, d.ticketId);
    const c = loadAnyCatalog(t.catalogId);
    if (c.kind === 'service-levels') {
      if (!c.notificationKinds.some((k) => k.id === d.kind)) throw new AppError('invalid', `Kind must be ${orList(c.notificationKinds)} (a ${c.title} notification)`, '/kind');
    } else if (d.kind !== '') {
      throw new AppError('invalid', 'A notice to the CALNET Program has no kind (kinds are for help-desk notifications)', '/kind');
    }
    const { kinds, clause } = c.kind === 'credits' ? noticeKinds(t.catalogId) : { kinds: [t.kind], clause: '' };
    if (!kinds.includes(t.kind)) {
      throw new AppError(
        'refused',
        `Contractor notices are recorded on ${labels(kinds, 'and')} tickets (${clause || 'this service\'s catalog has no Notification SLA'}); ` +
          `this ticket's kind is ${label(t.kind)}. If the outage is ${labels(kinds, 'or')}, change the ticket's kind first.`,
        '/ticketId',
      );
    }
    const at = utc(d.at);
    const atMs = instant(at);
    const dates = agencyDates(db);
    // 29.4.8.9 counts from the outage start (the earlier of alarm and opening): a notice before it is a typing error.
    if (atMs < instant(t.startAt)) {
      throw new AppError('invalid', c.kind === 'credits' ? `The notice cannot be before the outage start (${dates.format(instant(t.startAt))})` : `The notification cannot be before the incident's creation (${dates.format(instant(t.startAt))})`, '/at');
    }
    const nowMs = instant(now);
    if (atMs > nowMs + FUTURE_SLACK_MS) throw new AppError('invalid', `The notice cannot be in the future (it is now ${dates.format(nowMs)})`, '/at');
    const id = Number(
      stmt(db, 'INSERT INTO ticket_notices (ticket_id, at, method, note, kind, created_at) VALUES (@ticketId, @at, @method, @note, @kind, @now)').run({
        ticketId: d.ticketId, at, method: d.method, note: d.note, kind: d.kind, now,
      }).lastInsertRowid,
    );
    const created = getNotice(db, id);
    audit(db, now, 'ticket_notices', id, 'insert', null, created);
    return created;
  })();
}

export function deleteNotice(db: Db, id: number, now: string): void {
  db.transaction(() => {
    const before = getNotice(db, id);
    stmt(db, 'DELETE FROM ticket_notices WHERE id = ?').run(id);
    audit(db, now, 'ticket_notices', id, 'delete', before, null);
  })();
}
