// Schema v6: credit claims (DOMAIN.md "Credit claims"). A claim is for one contractor, one
// billing month and one SLA catalog (a case file is under one catalog). Its lines are the month
// report's results with money, each stored as claimed (measure, objective, credit, explain lines)
// so a submitted claim never rewrites itself; its case file and SHA-256 are frozen at submission.
// Each step (submitted, acknowledged, credited, denied, disputed, a call up the ladder) is a
// dated event. The agency keeps the ATR's signature block for the packet's cover letter and the
// days without an answer after which a submitted claim is flagged.
export const sql = `
CREATE TABLE claims (
  id INTEGER PRIMARY KEY,
  contractor_id INTEGER NOT NULL REFERENCES contractors(id),
  catalog_id TEXT NOT NULL,
  month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  supplements_id INTEGER REFERENCES claims(id),
  status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'acknowledged', 'credited', 'denied', 'disputed')),
  note TEXT NOT NULL DEFAULT '',
  as_of TEXT NOT NULL,
  -- Results still pending when the claim was made (JSON array of result keys).
  pending_keys TEXT NOT NULL DEFAULT '[]',
  submitted_on TEXT,
  contractor_reference TEXT NOT NULL DEFAULT '',
  case_file TEXT,
  case_sha256 TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX claims_contractor_month ON claims (contractor_id, month);

CREATE TABLE claim_lines (
  id INTEGER PRIMARY KEY,
  claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  result_key TEXT NOT NULL,
  -- The result as claimed (shared/ipc/sla slaResultSchema), explain lines included.
  result_json TEXT NOT NULL,
  amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
  reference TEXT NOT NULL DEFAULT '',
  excluded_reason TEXT,
  note TEXT NOT NULL DEFAULT '',
  UNIQUE (claim_id, result_key)
);

CREATE TABLE claim_events (
  id INTEGER PRIMARY KEY,
  claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('created', 'submitted', 'acknowledged', 'credited', 'denied', 'disputed', 'escalated')),
  on_date TEXT NOT NULL CHECK (on_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  at TEXT,
  who TEXT NOT NULL DEFAULT '',
  method TEXT NOT NULL DEFAULT '',
  sent_to TEXT NOT NULL DEFAULT '',
  reference TEXT NOT NULL DEFAULT '',
  amount_cents INTEGER CHECK (amount_cents IS NULL OR amount_cents >= 0),
  invoice TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL DEFAULT '',
  level INTEGER,
  answer TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
CREATE INDEX claim_events_claim ON claim_events (claim_id, on_date);

ALTER TABLE agency ADD COLUMN atr_name TEXT NOT NULL DEFAULT '';
ALTER TABLE agency ADD COLUMN atr_title TEXT NOT NULL DEFAULT 'Agency Telecom Representative';
ALTER TABLE agency ADD COLUMN atr_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE agency ADD COLUMN atr_email TEXT NOT NULL DEFAULT '';
ALTER TABLE agency ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE agency ADD COLUMN claim_reminder_days INTEGER NOT NULL DEFAULT 30 CHECK (claim_reminder_days BETWEEN 1 AND 365);
`;
