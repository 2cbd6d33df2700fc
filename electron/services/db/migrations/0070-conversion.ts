// Schema v7: the conversion tracker (DOMAIN.md "CALNET 2 to CALNET 3 conversion", ATR Bulletin
// 13-06). A project is one program change with its dates and milestones; its two roles (Customer
// Conversion Manager and Coordinator) are contacts; an item is one existing service on its way to
// the new contract, keyed by its old Circuit ID, with what the rules read (incumbent, target,
// disconnect notice, Form 20) and what happened (each step dated, and who). The decision is not
// stored: it follows from incumbent vs target (shared/conversion/rules.ts), so it cannot disagree.
// ATOs are per contractor for the agency (a Non-State Entity orders only where one is on file).
// A converted service names the one that replaced it (`replaced_by_id`): the new circuit's history
// starts with the old one's, and the old service is retired, never deleted.
const DATE = (col: string) => `CHECK (${col} IS NULL OR ${col} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`;

export const sql = `
CREATE TABLE conversion_projects (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  old_program TEXT NOT NULL,
  new_program TEXT NOT NULL,
  old_contract_end TEXT NOT NULL ${DATE('old_contract_end')},
  new_contract_award TEXT ${DATE('new_contract_award')},
  survey_due TEXT ${DATE('survey_due')},
  note TEXT NOT NULL DEFAULT '',
  template_id TEXT,
  source TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE conversion_milestones (
  id INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES conversion_projects(id),
  label TEXT NOT NULL,
  percent INTEGER NOT NULL CHECK (percent BETWEEN 1 AND 100),
  due_on TEXT NOT NULL ${DATE('due_on')},
  created_at TEXT NOT NULL
);
CREATE INDEX conversion_milestones_project ON conversion_milestones (project_id, due_on);

CREATE TABLE conversion_roles (
  project_id INTEGER NOT NULL REFERENCES conversion_projects(id),
  role TEXT NOT NULL CHECK (role IN ('manager', 'coordinator')),
  contact_id INTEGER NOT NULL REFERENCES contacts(id),
  assigned_at TEXT NOT NULL,
  PRIMARY KEY (project_id, role)
);

CREATE TABLE conversion_atos (
  contractor_id INTEGER PRIMARY KEY REFERENCES contractors(id),
  on_file_on TEXT ${DATE('on_file_on')},
  reference TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
);

CREATE TABLE conversion_items (
  id INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES conversion_projects(id),
  old_circuit_id TEXT NOT NULL,
  service_id INTEGER REFERENCES services(id),
  incumbent_contractor_id INTEGER NOT NULL REFERENCES contractors(id),
  incumbent_service TEXT NOT NULL,
  site TEXT NOT NULL DEFAULT '',
  old_tmrc_cents INTEGER NOT NULL DEFAULT 0 CHECK (old_tmrc_cents >= 0),
  target_contractor_id INTEGER REFERENCES contractors(id),
  target_service TEXT NOT NULL DEFAULT '',
  new_circuit_id TEXT NOT NULL DEFAULT '',
  new_service_id INTEGER REFERENCES services(id),
  form20_status TEXT NOT NULL DEFAULT 'none' CHECK (form20_status IN ('none', 'in-progress', 'completed')),
  form20_on TEXT ${DATE('form20_on')},
  preferred_timeframe TEXT NOT NULL DEFAULT '',
  scheduled_on TEXT ${DATE('scheduled_on')},
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'authorized', 'ordered', 'converted', 'disconnected')),
  authorized_on TEXT ${DATE('authorized_on')},
  ordered_on TEXT ${DATE('ordered_on')},
  order_reference TEXT NOT NULL DEFAULT '',
  -- Converted (the replacement accepted) or disconnected on: the actual date.
  actual_on TEXT ${DATE('actual_on')},
  -- The old service was disconnected on (after a conversion: the end of parallel billing).
  old_disconnected_on TEXT ${DATE('old_disconnected_on')},
  disconnect_notice_on TEXT ${DATE('disconnect_notice_on')},
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (project_id, incumbent_contractor_id, old_circuit_id COLLATE NOCASE)
);
CREATE INDEX conversion_items_project ON conversion_items (project_id, status);
CREATE INDEX conversion_items_service ON conversion_items (service_id) WHERE service_id IS NOT NULL;

CREATE TABLE conversion_item_events (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES conversion_items(id),
  kind TEXT NOT NULL CHECK (kind IN ('created', 'updated', 'form20', 'authorized', 'ordered', 'converted', 'disconnected', 'imported')),
  on_date TEXT NOT NULL ${DATE('on_date')},
  -- Who acted: the contact (kept by name too, as named then) and the roles held then (JSON list).
  by_contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
  by_name TEXT NOT NULL DEFAULT '',
  by_roles TEXT NOT NULL DEFAULT '[]',
  detail TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
CREATE INDEX conversion_item_events_item ON conversion_item_events (item_id, id);

ALTER TABLE services ADD COLUMN replaced_by_id INTEGER REFERENCES services(id);
CREATE INDEX services_replaced_by ON services (replaced_by_id) WHERE replaced_by_id IS NOT NULL;
`;
