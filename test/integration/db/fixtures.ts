// Rows a database at each schema version holds, so the upgrade test can check that every
// migration after it keeps them. A migration that adds tables adds its fixture here.
import type { Db } from '../../../electron/services/db/open';

export const fixtures: Record<number, (db: Db) => void> = {
  10: (db) => {
    db.exec(`
      INSERT INTO contractors (name, created_at) VALUES ('Lumen', '2026-01-02T03:04:05.000Z');
      INSERT INTO services (circuit_id, contractor_id, service_type, tier, tmrc_cents, aduc_cents, install_fee_cents, site, address, created_at, updated_at)
        VALUES ('CKT-1', 1, 'converged-voip', 'premier', 120000, 3550, 25000, 'SAC-HQ', '1325 J St', '2026-01-02T03:04:05.000Z', '2026-01-02T03:04:05.000Z'),
               ('CKT-2', 2, 'site-survivability', 'basic', 5000, 0, 0, 'OAK', '', '2026-01-02T03:04:05.000Z', '2026-01-02T03:04:05.000Z');
      INSERT INTO contacts (contractor_id, name, role, phone, email, notes, created_at, updated_at)
        VALUES (1, 'Account Manager', 'L1', '800-321-0500', 'am@example.com', '', '2026-01-02T03:04:05.000Z', '2026-01-02T03:04:05.000Z');
      INSERT INTO audit_log (at, table_name, row_id, action, before_json, after_json)
        VALUES ('2026-01-02T03:04:05.000Z', 'services', '1', 'insert', NULL, '{}');
      UPDATE agency SET name = 'Dept. of Examples' WHERE id = 1;
    `);
  },
  20: (db) => {
    db.exec(`
      INSERT INTO incidents (reference, category, description, created_at, updated_at)
        VALUES ('INC-7', 'cat1', 'Fiber cut on J St', '2026-02-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z');
      INSERT INTO tickets (service_id, incident_id, contractor_ticket, kind, severity, description, alarm_at, opened_at, start_at,
                           restored_at, actual_restored_at, closed_at, measured_ms, created_at, updated_at)
        VALUES (1, 1, 'ATT-555', 'cat1', '1', 'No dial tone', '2026-02-01T17:00:00.000Z', '2026-02-01T17:05:00.000Z', '2026-02-01T17:00:00.000Z',
                '2026-02-01T19:00:00.000Z', NULL, '2026-02-01T20:00:00.000Z', NULL, '2026-02-01T17:05:00.000Z', '2026-02-01T20:00:00.000Z');
      INSERT INTO ticket_notices (ticket_id, at) VALUES (1, '2026-02-01T17:30:00.000Z');
      INSERT INTO ticket_events (ticket_id, kind, at, who, detail, created_at)
        VALUES (1, 'note', '2026-02-01T17:10:00.000Z', 'ATR', 'Called account manager', '2026-02-01T17:10:00.000Z');
      INSERT INTO orders (service_id, reference, description, ordered_at, due_at, completed_at, created_at, updated_at)
        VALUES (2, 'SR-9', 'New site', '2026-01-05T16:00:00.000Z', NULL, '2026-02-25T16:00:00.000Z', '2026-01-05T16:00:00.000Z', '2026-02-25T16:00:00.000Z'),
               -- Negotiated due dates typed as instants before v4: 23:30 PDT on October 15 and 23:30 PST on November 30 (Los Angeles).
               (1, 'SR-10', 'Move', '2026-09-01T16:00:00.000Z', '2026-10-16T06:30:00.000Z', NULL, '2026-09-01T16:00:00.000Z', '2026-09-01T16:00:00.000Z'),
               (1, 'SR-11', 'Add lines', '2026-10-01T16:00:00.000Z', '2026-12-01T07:30:00.000Z', NULL, '2026-10-01T16:00:00.000Z', '2026-10-01T16:00:00.000Z');
      INSERT INTO stop_clocks (ticket_id, order_id, code, start_at, end_at, note, created_at, updated_at)
        VALUES (1, NULL, 'END_USER_REQUEST', '2026-02-01T17:30:00.000Z', '2026-02-01T18:00:00.000Z', 'Asked to wait', '2026-02-01T18:00:00.000Z', '2026-02-01T18:00:00.000Z'),
               (NULL, 1, 'CUSTOMER_PROVISIONING_DELAY', '2026-01-10T16:00:00.000Z', '2026-01-12T16:00:00.000Z', 'Conduit', '2026-01-12T16:00:00.000Z', '2026-01-12T16:00:00.000Z');
      INSERT INTO survivability_events (site, start_at, end_at, note, created_at, updated_at)
        VALUES ('OAK', '2026-02-03T00:00:00.000Z', '2026-02-04T00:00:00.000Z', '', '2026-02-04T00:00:00.000Z', '2026-02-04T00:00:00.000Z');
      INSERT INTO sla_history (sla, service_id, site, month, met, note, created_at)
        VALUES ('availability', 1, NULL, '2026-01', 0, 'From the contractor report', '2026-02-04T00:00:00.000Z');
    `);
  },
  30: (db) => {
    db.exec(`
      UPDATE contractors SET service_ladder_id = 'att-calnet3-service-impacting' WHERE id = 2;
      UPDATE services SET seats = 60 WHERE circuit_id = 'CKT-1';
      INSERT INTO ladder_contacts (contractor_id, ladder_id, level, name, phone, email, created_at, updated_at)
        VALUES (1, 'att-calnet3-service-impacting', 2, 'Program Manager', '916-555-0100', 'pm@example.com', '2026-02-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z');
      UPDATE tickets SET ladder_id = 'att-calnet3-service-impacting';
      INSERT INTO notices_sent (key, ticket_id, phase, due_at, sent_at)
        VALUES ('ticket:1:time-to-repair:soon', 1, 'soon', '2026-02-01T21:00:00.000Z', '2026-02-01T20:45:00.000Z');
    `);
  },
  40: (db) => {
    // The timeline lines the app wrote for stop clock 1 (END_USER_REQUEST 17:30–18:00), before they named it.
    db.exec(`
      INSERT INTO ticket_events (ticket_id, kind, at, who, detail, created_at)
        VALUES (1, 'stop_clock', '2026-02-01T17:30:00.000Z', '', 'End-User request', '2026-02-01T18:00:00.000Z'),
               (1, 'stop_clock_ended', '2026-02-01T18:00:00.000Z', '', 'End-User request', '2026-02-01T18:00:00.000Z');
      UPDATE services SET retired_on = '2026-06-30' WHERE id = 2;
    `);
  },
  50: (db) => {
    // A retracted note (v5), kept through later upgrades.
    db.exec(`
      INSERT INTO ticket_events (ticket_id, kind, at, who, detail, created_at, retracted_at, retracted_reason, retracted_by)
        VALUES (1, 'note', '2026-02-01T17:20:00.000Z', 'ATR', 'Wrong ticket', '2026-02-01T17:20:00.000Z', '2026-02-01T17:25:00.000Z', 'Meant for another ticket', 'ATR');
    `);
  },
  60: (db) => {
    // A submitted claim with one line and its submission (v6), kept through later upgrades.
    db.exec(`
      INSERT INTO claims (contractor_id, catalog_id, month, status, note, as_of, pending_keys, submitted_on, case_file, case_sha256, created_at, updated_at)
        VALUES (1, 'calnet3-converged-voip', '2026-02', 'submitted', 'February outage', '2026-03-02T17:00:00.000Z', '[]', '2026-03-02',
                '{"month":"2026-02"}', 'aa11', '2026-03-01T17:00:00.000Z', '2026-03-02T17:00:00.000Z');
      INSERT INTO claim_lines (claim_id, result_key, result_json, amount_cents, reference, note)
        VALUES (1, 'cat1|1|1', '{"sla":"cat1"}', 120000, 'ATT-555', '');
      INSERT INTO claim_events (claim_id, kind, on_date, who, method, sent_to, created_at)
        VALUES (1, 'submitted', '2026-03-02', 'ATR', 'e-mail', 'AT&T billing', '2026-03-02T17:00:00.000Z');
      UPDATE agency SET atr_name = 'Robin ATR', claim_reminder_days = 45 WHERE id = 1;
    `);
  },
  70: (db) => {
    // A CALNET 2 → CALNET 3 project (v7): a milestone, a Manager, an ATO, an item converted from CKT-1 to a new row, with its event.
    db.exec(`
      INSERT INTO conversion_projects (name, old_program, new_program, old_contract_end, new_contract_award, survey_due, template_id, source, created_at, updated_at)
        VALUES ('CALNET 2 to CALNET 3', 'CALNET 2', 'CALNET 3', '2014-01-29', '2013-11-15', '2013-12-27', 'calnet2-to-calnet3', 'ATR 13-06', '2026-03-03T00:00:00.000Z', '2026-03-03T00:00:00.000Z');
      INSERT INTO conversion_milestones (project_id, label, percent, due_on, created_at) VALUES (1, '50% converted', 50, '2013-12-31', '2026-03-03T00:00:00.000Z');
      INSERT INTO conversion_roles (project_id, role, contact_id, assigned_at) VALUES (1, 'manager', 1, '2026-03-03T00:00:00.000Z');
      INSERT INTO conversion_atos (contractor_id, on_file_on, reference, updated_at) VALUES (2, '2013-12-01', 'ATO-7', '2026-03-03T00:00:00.000Z');
      INSERT INTO services (circuit_id, contractor_id, service_type, tier, tmrc_cents, created_at, updated_at)
        VALUES ('C3-1', 1, 'converged-voip', 'premier', 90000, '2026-03-03T00:00:00.000Z', '2026-03-03T00:00:00.000Z');
      UPDATE services SET replaced_by_id = 3 WHERE id = 1;
      INSERT INTO conversion_items (project_id, old_circuit_id, service_id, incumbent_contractor_id, incumbent_service, old_tmrc_cents, target_contractor_id, target_service,
                                    new_circuit_id, new_service_id, status, authorized_on, ordered_on, actual_on, created_at, updated_at)
        VALUES (1, 'CKT-1', 1, 2, 'Centrex line', 120000, 2, 'Converged VoIP', 'C3-1', 3, 'converted', '2014-01-02', '2014-01-03', '2014-01-08', '2026-03-03T00:00:00.000Z', '2026-03-03T00:00:00.000Z');
      INSERT INTO conversion_item_events (item_id, kind, on_date, by_contact_id, by_name, by_roles, detail, created_at)
        VALUES (1, 'converted', '2014-01-08', 1, 'Account Manager', '["manager"]', 'C3-1', '2026-03-03T00:00:00.000Z');
    `);
  },
  80: (db) => {
    // v8: a contractor's report with one ticket, an invoice crediting the claim line, a dispute section.
    db.exec(`
      INSERT INTO reconcile_mappings (contractor_id, kind, mapping_json, created_at, updated_at)
        VALUES (1, 'tickets', '{"columns":{"ticketNumber":"Ticket"}}', '2026-03-05T00:00:00.000Z', '2026-03-05T00:00:00.000Z');
      INSERT INTO contractor_reports (contractor_id, file_name, sha256, mapping_json, period_from, period_to, ticket_count, stop_clock_count, imported_at)
        VALUES (1, 'report.csv', 'ab', '{}', '2026-02', '2026-02', 1, 0, '2026-03-05T00:00:00.000Z');
      INSERT INTO report_tickets (report_id, line, ticket_number, circuit_id, opened_at, start_at)
        VALUES (1, 2, 'ATT-556', 'CKT-1', '2026-02-03T17:00:00.000Z', '2026-02-03T17:00:00.000Z');
      INSERT INTO report_opened_tickets (ticket_id, report_id, ticket_number, line, file_name, created_at)
        VALUES (1, 1, 'ATT-555', 2, 'report.csv', '2026-03-05T00:00:00.000Z');
      INSERT INTO invoices (contractor_id, invoice_number, invoice_date, sha256, mapping_json, imported_at)
        VALUES (1, 'INV-1', '2026-03-20', 'cd', '{}', '2026-03-21T00:00:00.000Z');
      INSERT INTO invoice_lines (invoice_id, line, circuit_id, amount_cents) VALUES (1, 2, 'CKT-1', 15000);
      INSERT INTO invoice_allocations (invoice_line_id, claim_line_id, amount_cents) VALUES (1, 1, 15000);
      INSERT INTO claim_disputes (claim_id, report_id, section_json, created_at) VALUES (1, 1, '{}', '2026-03-22T00:00:00.000Z');
    `);
  },
  90: (db) => {
    // The help desk (v9): a CCC service and incident with its times and a notification, a month's figures, a rate, a bill.
    db.exec(`
      INSERT INTO contractors (name, created_at) VALUES ('Customer Care Center', '2026-10-01T00:00:00.000Z');
      INSERT INTO services (circuit_id, contractor_id, service_type, tier, tmrc_cents, catalog_id, created_at, updated_at)
        VALUES ('CCC-SEC', (SELECT id FROM contractors WHERE name = 'Customer Care Center'), 'security-support', '', 0, 'ccc-help-desk', '2026-10-01T00:00:00.000Z', '2026-10-01T00:00:00.000Z');
      INSERT INTO tickets (service_id, kind, opened_at, start_at, created_at, updated_at)
        VALUES ((SELECT id FROM services WHERE circuit_id = 'CCC-SEC'), 'sev1', '2026-10-05T16:00:00.000Z', '2026-10-05T16:00:00.000Z', '2026-10-05T16:00:00.000Z', '2026-10-05T16:00:00.000Z');
      INSERT INTO ticket_times (ticket_id, time_id, at) VALUES (last_insert_rowid(), 'severityAssigned', '2026-10-05T16:05:00.000Z');
      INSERT INTO ticket_notices (ticket_id, at, method, note, created_at, kind)
        VALUES ((SELECT max(id) FROM tickets), '2026-10-05T16:25:00.000Z', 'email', '', '2026-10-05T16:30:00.000Z', 'initial');
      INSERT INTO contract_figures (contractor_id, catalog_id, period, figure, value, scale, source, created_at, updated_at)
        VALUES ((SELECT id FROM contractors WHERE name = 'Customer Care Center'), 'ccc-help-desk', '2026-10', 'speed-of-answer-seconds', 312, 1, 'form', '2026-11-02T00:00:00.000Z', '2026-11-02T00:00:00.000Z');
      INSERT INTO billing_rates (contractor_id, catalog_id, year, service_type, rate_cents, created_at, updated_at)
        VALUES ((SELECT id FROM contractors WHERE name = 'Customer Care Center'), 'ccc-help-desk', '2026', 'security-support', 1850, '2026-01-05T00:00:00.000Z', '2026-01-05T00:00:00.000Z');
      INSERT INTO billed_amounts (contractor_id, catalog_id, month, amount_cents, created_at, updated_at)
        VALUES ((SELECT id FROM contractors WHERE name = 'Customer Care Center'), 'ccc-help-desk', '2026-10', 3700, '2026-11-05T00:00:00.000Z', '2026-11-05T00:00:00.000Z');
    `);
  },
  100: (db) => {
    // A call up the claim's ladder logged by mistake and retracted (v10).
    db.exec(`
      INSERT INTO claim_events (claim_id, kind, on_date, at, who, level, sent_to, created_at, retracted_at, retracted_reason, retracted_by)
        VALUES (1, 'escalated', '2026-04-06', '2026-04-06T17:00:00.000Z', 'ATR', 2, 'Wrong person', '2026-04-06T17:00:00.000Z', '2026-04-06T17:00:05.000Z', 'Undone right after logging', 'ATR');
    `);
  },
};
