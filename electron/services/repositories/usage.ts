// Site-survivability usage events (29.4.8.7 Excessive Usage of Site Survivability Network
// Failure Service): each runs from the site's activation of its survivability circuit to the
// return to standby; the engine sums them per site and month.
import { instant } from '../../../shared/calendar/instant';
import type { UsageEvent } from '../../../shared/ipc/sla';
import { AppError, notFound } from '../errors';
import { audit } from '../db/audit';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { agencyDates } from './agencyDates';
import { siteSurvivabilityServices, survivabilitySites } from './siteServices';
import { utc } from './tickets';

export interface UsageDraft {
  site: string;
  startAt: string;
  endAt: string | null;
  note: string;
}

/** An instant "now" may be typed a little ahead of the clock (a minute), never later. */
const FUTURE_SLACK_MS = 60_000;

const SELECT = `SELECT id, site, start_at AS startAt, end_at AS endAt, note, updated_at AS updatedAt FROM survivability_events`;

export function getUsage(db: Db, id: number): UsageEvent {
  const r = stmt(db, `${SELECT} WHERE id = ?`).get(id) as UsageEvent | undefined;
  if (!r) throw notFound('The usage event');
  return r;
}

export function listUsage(db: Db, site?: string): UsageEvent[] {
  return (site === undefined
    ? stmt(db, `${SELECT} ORDER BY site, start_at, id`).all()
    : stmt(db, `${SELECT} WHERE site = ? ORDER BY start_at, id`).all(site)) as UsageEvent[];
}

function refuse(message: string, path: string): never {
  throw new AppError('invalid', message, path);
}

/** The draft with its instants in stored form, or the first problem with the field it names. */
function checked(db: Db, d: UsageDraft, now: string, exceptId: number | null): UsageDraft {
  const dates = agencyDates(db);
  const startAt = utc(d.startAt);
  const endAt = d.endAt === null ? null : utc(d.endAt);
  const startMs = instant(startAt);
  const nowMs = instant(now);

  const services = siteSurvivabilityServices(db, d.site);
  if (services.length === 0) {
    const known = survivabilitySites(db);
    refuse(
      `Site must be the site of one of the agency's Site Survivability services${known.length ? ` (${known.slice(0, 10).join(', ')}${known.length > 10 ? ', ...' : ''})` : '; there is none yet'}`,
      '/site',
    );
  }
  // A site whose survivability services were all disconnected before the activation had no circuit to activate.
  const startDate = dates.dateOf(startMs);
  if (!services.some((s) => s.retiredOn === null || s.retiredOn >= startDate)) {
    const last = services.map((s) => s.retiredOn!).sort().at(-1);
    refuse(`Site ${d.site}'s Site Survivability service was retired on ${last}; a usage event cannot start after that`, '/startAt');
  }
  if (startMs > nowMs + FUTURE_SLACK_MS) refuse(`The activation cannot be in the future (it is now ${dates.format(nowMs)})`, '/startAt');
  if (endAt !== null) {
    const endMs = instant(endAt);
    if (endMs <= startMs) refuse('The return to standby must be after the activation', '/endAt');
    if (endMs > nowMs + FUTURE_SLACK_MS) refuse(`The return to standby cannot be in the future (it is now ${dates.format(nowMs)})`, '/endAt');
  } else {
    // One survivability circuit per site: it cannot be activated again before it is back to standby.
    const open = stmt(db, 'SELECT start_at AS startAt FROM survivability_events WHERE site = ? AND end_at IS NULL AND id IS NOT ?').get(d.site, exceptId) as
      | { startAt: string }
      | undefined;
    if (open) {
      refuse(
        `Site ${d.site} already has a usage event without a return to standby (activated ${dates.format(instant(open.startAt))}); record its end first`,
        '/endAt',
      );
    }
  }
  return { site: d.site, startAt, endAt, note: d.note };
}

export function addUsage(db: Db, d: UsageDraft, now: string): UsageEvent {
  return db.transaction(() => {
    const n = checked(db, d, now, null);
    const id = Number(
      stmt(
        db,
        'INSERT INTO survivability_events (site, start_at, end_at, note, created_at, updated_at) VALUES (@site, @startAt, @endAt, @note, @now, @now)',
      ).run({ ...n, now }).lastInsertRowid,
    );
    const created = getUsage(db, id);
    audit(db, now, 'survivability_events', id, 'insert', null, created);
    return created;
  })();
}

export function updateUsage(db: Db, id: number, d: UsageDraft, now: string): UsageEvent {
  return db.transaction(() => {
    const before = getUsage(db, id);
    const n = checked(db, d, now, id);
    if (n.site === before.site && n.startAt === before.startAt && n.endAt === before.endAt && n.note === before.note) return before;
    stmt(db, 'UPDATE survivability_events SET site = @site, start_at = @startAt, end_at = @endAt, note = @note, updated_at = @now WHERE id = @id').run({
      ...n, id, now,
    });
    const after = getUsage(db, id);
    audit(db, now, 'survivability_events', id, 'update', before, after);
    return after;
  })();
}

export function deleteUsage(db: Db, id: number, now: string): void {
  db.transaction(() => {
    const before = getUsage(db, id);
    stmt(db, 'DELETE FROM survivability_events WHERE id = ?').run(id);
    audit(db, now, 'survivability_events', id, 'delete', before, null);
  })();
}
