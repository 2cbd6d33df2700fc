// Schema v3: escalation. Each contractor picks its ladders (resources/ladders); the agency
// enters its own contact for each level; a ticket follows one ladder; the notices the
// scheduler raised are remembered so a restart neither repeats nor loses one. Services gain
// a seat count for the CAT 1 suggestion (50 or more VoIP seats, 29.4.8.2).
export const sql = `
ALTER TABLE contractors ADD COLUMN service_ladder_id TEXT;
ALTER TABLE contractors ADD COLUMN bill_ladder_id TEXT;
UPDATE contractors SET service_ladder_id = 'att-calnet3-service-impacting', bill_ladder_id = 'att-calnet3-bill-contract'
  WHERE name = 'AT&T';

ALTER TABLE services ADD COLUMN seats INTEGER NOT NULL DEFAULT 1 CHECK (seats >= 0);

CREATE TABLE ladder_contacts (
  id INTEGER PRIMARY KEY,
  contractor_id INTEGER NOT NULL REFERENCES contractors(id) ON DELETE CASCADE,
  ladder_id TEXT NOT NULL,
  level INTEGER NOT NULL CHECK (level >= 1),
  name TEXT NOT NULL,
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (contractor_id, ladder_id, level)
);

ALTER TABLE tickets ADD COLUMN ladder_id TEXT;

CREATE TABLE notices_sent (
  key TEXT PRIMARY KEY,
  ticket_id INTEGER REFERENCES tickets(id) ON DELETE CASCADE,
  phase TEXT NOT NULL CHECK (phase IN ('soon', 'overdue')),
  due_at TEXT NOT NULL,
  sent_at TEXT NOT NULL
);
`;
