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
};
