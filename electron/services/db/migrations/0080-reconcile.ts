// Schema v8: reconciliation with the contractor (issue 13; DOMAIN.md "Credit claims",
// Reconciliation). (v7, 0070, is the conversion schema.)
// - reconcile_mappings: the column mapping of a contractor's ticket report or invoice, one of each
//   kind per contractor, with the file's time zone and date format.
// - contractor_reports / report_tickets: a ticket report as imported (the file's SHA-256, the
//   mapping it was read with, one row per ticket with its stop clocks as JSON). Rows are never
//   updated; they go only with their report.
// - report_opened_tickets: our tickets opened from a ticket of theirs we lacked (which report,
//   which line), so the ticket stays marked as from the contractor's report.
// - invoices / invoice_lines / invoice_allocations: an invoice's credit lines and the claim lines
//   each credited (the claims' credits themselves are claim_events, written by the claims service).
// - claim_disputes: a dispute section for the claim packet, frozen as made (ours vs theirs per
//   ticket, the clause, the money).
// - tickets are found by the contractor's ticket number (reconcile:run's lookups).
export const sql = `
CREATE TABLE reconcile_mappings (
  id INTEGER PRIMARY KEY,
  contractor_id INTEGER NOT NULL REFERENCES contractors(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('tickets', 'invoice')),
  -- The mapping as shared/ipc/reconcile.ts validates it (columns, zone, date format...).
  mapping_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (contractor_id, kind)
);

CREATE TABLE contractor_reports (
  id INTEGER PRIMARY KEY,
  contractor_id INTEGER NOT NULL REFERENCES contractors(id),
  file_name TEXT NOT NULL DEFAULT '',
  sha256 TEXT NOT NULL,
  mapping_json TEXT NOT NULL,
  period_from TEXT NOT NULL CHECK (period_from GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  period_to TEXT NOT NULL CHECK (period_to GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  ticket_count INTEGER NOT NULL CHECK (ticket_count >= 0),
  stop_clock_count INTEGER NOT NULL CHECK (stop_clock_count >= 0),
  skipped_rows INTEGER NOT NULL DEFAULT 0 CHECK (skipped_rows >= 0),
  imported_at TEXT NOT NULL,
  who TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contractor_reports_contractor ON contractor_reports (contractor_id, imported_at);

CREATE TABLE report_tickets (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES contractor_reports(id) ON DELETE CASCADE,
  line INTEGER NOT NULL,
  ticket_number TEXT NOT NULL,
  circuit_id TEXT NOT NULL,
  opened_at TEXT NOT NULL,
  alarm_at TEXT,
  start_at TEXT NOT NULL,
  restored_at TEXT,
  closed_at TEXT,
  duration_minutes REAL,
  verdict_met INTEGER CHECK (verdict_met IS NULL OR verdict_met IN (0, 1)),
  credit_cents INTEGER CHECK (credit_cents IS NULL OR credit_cents >= 0),
  -- [{ code, startAt, endAt, line }] as their file has them.
  stop_clocks_json TEXT NOT NULL DEFAULT '[]',
  UNIQUE (report_id, ticket_number)
);
CREATE INDEX report_tickets_start ON report_tickets (report_id, start_at);

CREATE TABLE report_opened_tickets (
  ticket_id INTEGER PRIMARY KEY REFERENCES tickets(id) ON DELETE CASCADE,
  report_id INTEGER REFERENCES contractor_reports(id) ON DELETE SET NULL,
  ticket_number TEXT NOT NULL,
  line INTEGER NOT NULL,
  file_name TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);

CREATE TABLE invoices (
  id INTEGER PRIMARY KEY,
  contractor_id INTEGER NOT NULL REFERENCES contractors(id),
  invoice_number TEXT NOT NULL,
  invoice_date TEXT NOT NULL CHECK (invoice_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  file_name TEXT NOT NULL DEFAULT '',
  sha256 TEXT NOT NULL,
  mapping_json TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  who TEXT NOT NULL DEFAULT '',
  UNIQUE (contractor_id, invoice_number COLLATE NOCASE)
);

CREATE TABLE invoice_lines (
  id INTEGER PRIMARY KEY,
  invoice_id INTEGER NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
  line INTEGER NOT NULL,
  circuit_id TEXT NOT NULL,
  amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
  description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX invoice_lines_invoice ON invoice_lines (invoice_id);

CREATE TABLE invoice_allocations (
  id INTEGER PRIMARY KEY,
  invoice_line_id INTEGER NOT NULL REFERENCES invoice_lines(id) ON DELETE CASCADE,
  claim_line_id INTEGER NOT NULL REFERENCES claim_lines(id),
  amount_cents INTEGER NOT NULL CHECK (amount_cents > 0)
);
CREATE INDEX invoice_allocations_claim_line ON invoice_allocations (claim_line_id);
CREATE INDEX invoice_allocations_line ON invoice_allocations (invoice_line_id);

CREATE TABLE claim_disputes (
  id INTEGER PRIMARY KEY,
  claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  report_id INTEGER REFERENCES contractor_reports(id) ON DELETE SET NULL,
  -- The section as made (shared/ipc/reconcile.ts disputeSectionSchema), never rewritten.
  section_json TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX claim_disputes_claim ON claim_disputes (claim_id);

CREATE INDEX tickets_contractor_ticket ON tickets (contractor_ticket COLLATE NOCASE) WHERE contractor_ticket <> '';
`;
