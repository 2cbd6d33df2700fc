// Schema v4: what the money needs. Each service names the SLA catalog it is under (the catalog
// is the vocabulary: a second contract is a new catalog file) and can be retired (disconnected
// on a date) instead of deleted. Contractor notices (29.4.8.9) record how they came and a note.
// The negotiated due date of an order is a calendar date of the agency's zone (29.4.8.10 "on or
// before the due date"): the instant typed before v4 stays in due_at, its agency date goes to
// due_date, which the engine reads from now on.
import { makeCalendar, localDate } from '../../../../shared/calendar';
import type { Db } from '../open';

export const sql = `
ALTER TABLE services ADD COLUMN catalog_id TEXT NOT NULL DEFAULT 'calnet3-converged-voip';
ALTER TABLE services ADD COLUMN retired_on TEXT;
ALTER TABLE ticket_notices ADD COLUMN method TEXT NOT NULL DEFAULT 'phone';
ALTER TABLE ticket_notices ADD COLUMN note TEXT NOT NULL DEFAULT '';
ALTER TABLE ticket_notices ADD COLUMN created_at TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN due_date TEXT;
`;

/** The agency date of each negotiated due date typed as an instant before v4. */
export function run(db: Db): void {
  const zone = (db.prepare('SELECT time_zone AS z FROM agency WHERE id = 1').get() as { z: string } | undefined)?.z ?? 'America/Los_Angeles';
  const cal = makeCalendar({ timeZone: zone });
  const rows = db.prepare('SELECT id, due_at AS dueAt FROM orders WHERE due_at IS NOT NULL').all() as Array<{ id: number; dueAt: string }>;
  const set = db.prepare('UPDATE orders SET due_date = ? WHERE id = ?');
  for (const r of rows) {
    const ms = Date.parse(r.dueAt);
    if (Number.isFinite(ms)) set.run(localDate(cal, ms), r.id);
  }
}
