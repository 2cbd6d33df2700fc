// Schema v1: agency profile, contractors, services, contacts, and the audit log.
// Money is integer cents; instants are UTC ISO-8601 text (ARCHITECTURE.md "Data").
export const sql = `
CREATE TABLE agency (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('non-exempt-state', 'exempt-state', 'non-state-entity')),
  time_zone TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
INSERT INTO agency (id, name, kind, time_zone, updated_at)
  VALUES (1, 'My agency', 'non-exempt-state', 'America/Los_Angeles', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

CREATE TABLE contractors (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  created_at TEXT NOT NULL
);
INSERT INTO contractors (name, created_at) VALUES ('AT&T', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), ('Verizon', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

CREATE TABLE services (
  id INTEGER PRIMARY KEY,
  circuit_id TEXT NOT NULL,
  contractor_id INTEGER NOT NULL REFERENCES contractors(id),
  service_type TEXT NOT NULL CHECK (service_type IN ('converged-voip', 'converged-voip-voicemail', 'site-survivability')),
  tier TEXT NOT NULL CHECK (tier IN ('basic', 'standard', 'premier')),
  tmrc_cents INTEGER NOT NULL CHECK (tmrc_cents >= 0),
  aduc_cents INTEGER NOT NULL DEFAULT 0 CHECK (aduc_cents >= 0),
  install_fee_cents INTEGER NOT NULL DEFAULT 0 CHECK (install_fee_cents >= 0),
  site TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (contractor_id, circuit_id COLLATE NOCASE)
);
CREATE INDEX services_circuit ON services (circuit_id COLLATE NOCASE);
CREATE INDEX services_site ON services (site);

CREATE TABLE contacts (
  id INTEGER PRIMARY KEY,
  contractor_id INTEGER REFERENCES contractors(id),
  name TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  table_name TEXT NOT NULL,
  row_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
  before_json TEXT,
  after_json TEXT
);
CREATE INDEX audit_log_row ON audit_log (table_name, row_id);
`;
