// Schema v2: what the SLA engine measures. Trouble tickets (linked into incidents for
// common-cause outages), their timeline, stop clocks (on tickets or orders), service
// requests (orders), site-survivability usage events and the recorded SLA history of
// months before the agency started using the app (DOMAIN.md "Consecutive misses").
export const sql = `
CREATE TABLE incidents (
  id INTEGER PRIMARY KEY,
  reference TEXT NOT NULL DEFAULT '',
  category TEXT NOT NULL DEFAULT 'none' CHECK (category IN ('none', 'cat1', 'cat2', 'cat3')),
  description TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE tickets (
  id INTEGER PRIMARY KEY,
  service_id INTEGER NOT NULL REFERENCES services(id),
  incident_id INTEGER REFERENCES incidents(id),
  contractor_ticket TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL CHECK (kind IN ('repair', 'cat1', 'cat2', 'cat3', 'delay', 'jitter')),
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
  updated_at TEXT NOT NULL
);
CREATE INDEX tickets_service_start ON tickets (service_id, start_at);
CREATE INDEX tickets_start ON tickets (start_at);
CREATE INDEX tickets_closed ON tickets (closed_at);
CREATE INDEX tickets_open ON tickets (start_at) WHERE closed_at IS NULL;
CREATE INDEX tickets_incident ON tickets (incident_id) WHERE incident_id IS NOT NULL;

-- Contractor notices to CALNET for CAT 2/3 (29.4.8.9 Notification).
CREATE TABLE ticket_notices (
  id INTEGER PRIMARY KEY,
  ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  at TEXT NOT NULL
);
CREATE INDEX ticket_notices_ticket ON ticket_notices (ticket_id);

CREATE TABLE ticket_events (
  id INTEGER PRIMARY KEY,
  ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('opened', 'note', 'contact', 'escalated', 'restored', 'not_restored', 'actual_restored',
                                     'closed', 'reopened', 'edited', 'stop_clock', 'stop_clock_ended', 'stop_clock_voided')),
  at TEXT NOT NULL,
  -- Who recorded it (the ATR), and for contacts and escalations whom they reached, how, and the answer.
  who TEXT NOT NULL DEFAULT '',
  level INTEGER,
  whom TEXT NOT NULL DEFAULT '',
  how TEXT NOT NULL DEFAULT '',
  answer TEXT NOT NULL DEFAULT '',
  detail TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, at);

CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  service_id INTEGER NOT NULL REFERENCES services(id),
  reference TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  ordered_at TEXT NOT NULL,
  due_at TEXT,
  completed_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX orders_service ON orders (service_id);
CREATE INDEX orders_ordered ON orders (ordered_at);

CREATE TABLE stop_clocks (
  id INTEGER PRIMARY KEY,
  ticket_id INTEGER REFERENCES tickets(id) ON DELETE CASCADE,
  order_id INTEGER REFERENCES orders(id) ON DELETE CASCADE,
  code TEXT NOT NULL,
  start_at TEXT NOT NULL,
  end_at TEXT,
  window_start TEXT,
  window_end TEXT,
  note TEXT NOT NULL DEFAULT '',
  voided_at TEXT,
  voided_reason TEXT NOT NULL DEFAULT '',
  voided_by TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((ticket_id IS NULL) <> (order_id IS NULL)),
  CHECK (end_at IS NULL OR end_at >= start_at)
);
CREATE INDEX stop_clocks_ticket ON stop_clocks (ticket_id) WHERE ticket_id IS NOT NULL;
CREATE INDEX stop_clocks_order ON stop_clocks (order_id) WHERE order_id IS NOT NULL;

CREATE TABLE survivability_events (
  id INTEGER PRIMARY KEY,
  site TEXT NOT NULL,
  start_at TEXT NOT NULL,
  end_at TEXT,
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX survivability_site_start ON survivability_events (site, start_at);

CREATE TABLE sla_history (
  id INTEGER PRIMARY KEY,
  sla TEXT NOT NULL CHECK (sla IN ('availability', 'delay', 'jitter', 'site-survivability')),
  service_id INTEGER REFERENCES services(id) ON DELETE CASCADE,
  site TEXT,
  month TEXT NOT NULL,
  met INTEGER NOT NULL CHECK (met IN (0, 1)),
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
CREATE INDEX sla_history_month ON sla_history (month);
`;
