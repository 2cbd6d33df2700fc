// Schema v4: what the money needs. Each service names the SLA catalog it is under and can be
// retired (disconnected on a date) instead of deleted. Contractor notices (29.4.8.9) record how
// they came and a note. The negotiated due date of an order is a calendar date of the agency's
// zone (29.4.8.10 "on or before the due date"): the instant typed before v4 stays in due_at, its
// agency date goes to due_date, which the engine reads from now on.
//
// The catalog is the vocabulary (issue 9 item 7): service types, tiers, ticket kinds and SLA ids
// are checked by the app against the service's catalog, no longer by CHECK constraints, so a
// second contract (the help-desk catalog of DOMAIN.md) is a catalog file, not a table rebuild.
// The three tables that listed them are rebuilt once, here, with their rows, ids and indexes.
import { isIsoDate, localDate, makeCalendar, parseInstant } from '../../../../shared/calendar';
import type { Db } from '../open';
import { rebuildTableSql } from '../rebuild';

const services = rebuildTableSql({
  name: 'services',
  definition: `(
  id INTEGER PRIMARY KEY,
  circuit_id TEXT NOT NULL,
  contractor_id INTEGER NOT NULL REFERENCES contractors(id),
  service_type TEXT NOT NULL,
  tier TEXT NOT NULL,
  tmrc_cents INTEGER NOT NULL CHECK (tmrc_cents >= 0),
  aduc_cents INTEGER NOT NULL DEFAULT 0 CHECK (aduc_cents >= 0),
  install_fee_cents INTEGER NOT NULL DEFAULT 0 CHECK (install_fee_cents >= 0),
  site TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  seats INTEGER NOT NULL DEFAULT 1 CHECK (seats >= 0),
  catalog_id TEXT NOT NULL DEFAULT 'calnet3-converged-voip',
  -- A calendar date of the agency's zone; NULL while in service.
  retired_on TEXT CHECK (retired_on IS NULL OR retired_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  UNIQUE (contractor_id, circuit_id COLLATE NOCASE)
)`,
  columns: ['id', 'circuit_id', 'contractor_id', 'service_type', 'tier', 'tmrc_cents', 'aduc_cents', 'install_fee_cents', 'site', 'address', 'created_at', 'updated_at', 'seats'],
  indexes: ['CREATE INDEX services_circuit ON services (circuit_id COLLATE NOCASE)', 'CREATE INDEX services_site ON services (site)'],
});

const tickets = rebuildTableSql({
  name: 'tickets',
  definition: `(
  id INTEGER PRIMARY KEY,
  service_id INTEGER NOT NULL REFERENCES services(id),
  incident_id INTEGER REFERENCES incidents(id),
  contractor_ticket TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL,
  severity TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  alarm_at TEXT,
  opened_at TEXT NOT NULL,
  -- The outage start: the earlier of alarm and opening, kept for the month indexes.
  start_at TEXT NOT NULL,
  restored_at TEXT,
  -- When the End-User reported the service not restored; restoration then waits for
  -- actual_restored_at (29.4.8.11 "adjusted to the actual restoration time").
  not_restored_at TEXT,
  actual_restored_at TEXT,
  closed_at TEXT,
  measured_ms INTEGER CHECK (measured_ms IS NULL OR measured_ms >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  ladder_id TEXT
)`,
  columns: [
    'id', 'service_id', 'incident_id', 'contractor_ticket', 'kind', 'severity', 'description', 'alarm_at', 'opened_at', 'start_at',
    'restored_at', 'not_restored_at', 'actual_restored_at', 'closed_at', 'measured_ms', 'created_at', 'updated_at', 'ladder_id',
  ],
  indexes: [
    'CREATE INDEX tickets_service_start ON tickets (service_id, start_at)',
    'CREATE INDEX tickets_start ON tickets (start_at)',
    'CREATE INDEX tickets_closed ON tickets (closed_at)',
    'CREATE INDEX tickets_open ON tickets (start_at) WHERE closed_at IS NULL',
    'CREATE INDEX tickets_incident ON tickets (incident_id) WHERE incident_id IS NOT NULL',
  ],
});

const slaHistory = rebuildTableSql({
  name: 'sla_history',
  definition: `(
  id INTEGER PRIMARY KEY,
  sla TEXT NOT NULL,
  service_id INTEGER REFERENCES services(id) ON DELETE CASCADE,
  site TEXT,
  month TEXT NOT NULL,
  met INTEGER NOT NULL CHECK (met IN (0, 1)),
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
)`,
  columns: ['id', 'sla', 'service_id', 'site', 'month', 'met', 'note', 'created_at'],
  // The second index finds the month a history:set replaces (one verdict per SLA, subject and month).
  indexes: ['CREATE INDEX sla_history_month ON sla_history (month)', 'CREATE INDEX sla_history_subject ON sla_history (sla, service_id, site, month)'],
});

export const sql = `
${services}
${tickets}
${slaHistory}
ALTER TABLE ticket_notices ADD COLUMN method TEXT NOT NULL DEFAULT 'phone';
ALTER TABLE ticket_notices ADD COLUMN note TEXT NOT NULL DEFAULT '';
ALTER TABLE ticket_notices ADD COLUMN created_at TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN due_date TEXT;
`;

/** The agency date of each negotiated due date typed as an instant before v4 (29.4.8.10 "on or before the due date"). */
export function run(db: Db): void {
  const zone = (db.prepare('SELECT time_zone AS z FROM agency WHERE id = 1').get() as { z: string } | undefined)?.z ?? 'America/Los_Angeles';
  const cal = makeCalendar({ timeZone: zone });
  const rows = db.prepare('SELECT id, due_at AS dueAt FROM orders WHERE due_at IS NOT NULL').all() as Array<{ id: number; dueAt: string }>;
  const set = db.prepare('UPDATE orders SET due_date = ? WHERE id = ?');
  for (const r of rows) {
    const ms = parseInstant(r.dueAt);
    // A bare date edited into the file by hand is already the agency date; anything else stays in due_at only.
    const date = ms !== null ? localDate(cal, ms) : isIsoDate(r.dueAt) ? r.dueAt : null;
    if (date !== null) set.run(date, r.id);
  }
}
