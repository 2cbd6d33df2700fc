// Schema v9: a second contract, the Customer Care Center's help-desk service levels (issue 14;
// DOMAIN.md "Help-desk service levels"). Nothing here names that contract: its terms, figures and
// rules are its catalog's (resources/catalogs/ccc-help-desk.json), and the app checks every value
// against the catalog of the service a row belongs to, as v4 made it do for CALNET's.
// - An incident is a ticket (a ticket is under its service's contract): the instants the catalog
//   names besides opening and restoration (severity assigned, referred, acknowledged) are rows of
//   ticket_times, one per time the catalog lists.
// - The notifications received are ticket_notices with a kind ('' for a CALNET notice to the
//   CALNET Program, which has none; initial, update, restored, escalation for the help desk).
// - The contract's report is figures per period (a month '2026-10' or a year '2026'), each value
//   an integer scaled by 10^scale (28.5 seconds with scale 1 is 285), so nothing is a float.
// - The billing check: the year's flat rate per line of support, and the amount billed per month,
//   in cents.
// (Versions 70 and 80 belong to the conversion and reconciliation migrations of other branches.)
export const sql = `
CREATE TABLE ticket_times (
  ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  time_id TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (ticket_id, time_id)
);

ALTER TABLE ticket_notices ADD COLUMN kind TEXT NOT NULL DEFAULT '';

CREATE TABLE contract_figures (
  id INTEGER PRIMARY KEY,
  contractor_id INTEGER NOT NULL REFERENCES contractors(id),
  catalog_id TEXT NOT NULL,
  period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]' OR period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  figure TEXT NOT NULL,
  value INTEGER NOT NULL CHECK (value >= 0),
  scale INTEGER NOT NULL CHECK (scale BETWEEN 0 AND 3),
  -- Where the period's figures came from: 'form', or 'import <file name>'.
  source TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (contractor_id, catalog_id, period, figure)
);

CREATE TABLE billing_rates (
  id INTEGER PRIMARY KEY,
  contractor_id INTEGER NOT NULL REFERENCES contractors(id),
  catalog_id TEXT NOT NULL,
  year TEXT NOT NULL CHECK (year GLOB '[0-9][0-9][0-9][0-9]'),
  service_type TEXT NOT NULL,
  rate_cents INTEGER NOT NULL CHECK (rate_cents >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (contractor_id, catalog_id, year, service_type)
);

CREATE TABLE billed_amounts (
  id INTEGER PRIMARY KEY,
  contractor_id INTEGER NOT NULL REFERENCES contractors(id),
  catalog_id TEXT NOT NULL,
  month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
  invoice TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (contractor_id, catalog_id, month)
);
`;
