import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrations } from '../../../electron/services/db/migrations';
import { openDatabase, schemaVersion, type Db } from '../../../electron/services/db/open';
import { tempDataFile } from '../support/tempData';
import { fixtures } from './fixtures';

function tables(db: Db): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
}

function indexes(db: Db): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
}

function dump(db: Db): Record<string, Array<Record<string, unknown>>> {
  return Object.fromEntries(tables(db).map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all() as Array<Record<string, unknown>>]));
}

describe('migrations', () => {
  it('are numbered by tens and strictly increasing', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    for (const m of migrations) {
      expect(m.version % 10).toBe(0);
      expect(m.name.startsWith(String(m.version).padStart(4, '0'))).toBe(true);
    }
  });

  it('build the latest schema on an empty file with WAL, foreign keys and synchronous=FULL', () => {
    const db = openDatabase(tempDataFile());
    try {
      expect(schemaVersion(db)).toBe(LATEST_VERSION);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(tables(db)).toEqual(expect.arrayContaining(['agency', 'contractors', 'services', 'contacts', 'audit_log']));
    } finally {
      db.close();
    }
  });

  for (const from of migrations.filter((m) => m.version < LATEST_VERSION)) {
    it(`upgrade a file made at version ${from.version} to ${LATEST_VERSION} and lose nothing`, () => {
      const file = tempDataFile();
      const old = openDatabase(file, { targetVersion: from.version });
      for (const m of migrations.filter((x) => x.version <= from.version)) fixtures[m.version]?.(old);
      const before = dump(old);
      old.close();

      const db = openDatabase(file);
      try {
        expect(schemaVersion(db)).toBe(LATEST_VERSION);
        const after = dump(db);
        for (const [table, rows] of Object.entries(before)) {
          expect(after[table], `table ${table} still exists`).toBeDefined();
          expect(after[table]!.slice(0, rows.length).map((r) => Object.fromEntries(Object.keys(rows[0] ?? {}).map((k) => [k, r[k]])))).toEqual(rows);
        }
        expect(fs.existsSync(`${file}.before-v${migrations.find((m) => m.version > from.version)!.version}.bak`)).toBe(true);
        expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
        expect(db.pragma('foreign_key_check')).toEqual([]);
        // v4: every service under the CALNET 3 catalog and in service; old notices were by phone, without a note.
        if (from.version < 40) {
          expect(db.prepare('SELECT catalog_id AS c, retired_on AS r FROM services ORDER BY id').all()).toEqual(
            after.services!.map(() => ({ c: 'calnet3-converged-voip', r: null })),
          );
        }
        if (from.version >= 20 && from.version < 40) {
          expect(db.prepare('SELECT method, note FROM ticket_notices').all()).toEqual([{ method: 'phone', note: '' }]);
          // Checked by hand: 2026-10-16T06:30Z is 23:30 PDT (UTC-7) on October 15 in Los Angeles;
          // 2026-12-01T07:30Z is 23:30 PST (UTC-8) on November 30. No due date stays none.
          expect(db.prepare('SELECT reference, due_at AS dueAt, due_date AS dueDate FROM orders ORDER BY id').all()).toEqual([
            { reference: 'SR-9', dueAt: null, dueDate: null },
            { reference: 'SR-10', dueAt: '2026-10-16T06:30:00.000Z', dueDate: '2026-10-15' },
            { reference: 'SR-11', dueAt: '2026-12-01T07:30:00.000Z', dueDate: '2026-11-30' },
          ]);
        }
        // v5: nothing retracted before it, and the timeline lines of a stop clock name it (matched by ticket and instant).
        expect(db.prepare('SELECT count(*) AS n FROM ticket_events WHERE retracted_at IS NOT NULL').get()).toEqual({ n: from.version >= 50 ? 1 : 0 });
        expect(db.prepare('SELECT count(*) AS n FROM stop_clocks WHERE retracted_at IS NOT NULL').get()).toEqual({ n: 0 });
        if (from.version === 40) {
          expect(db.prepare("SELECT kind, stop_clock_id AS sc FROM ticket_events WHERE kind LIKE 'stop_clock%' ORDER BY id").all()).toEqual([
            { kind: 'stop_clock', sc: 1 },
            { kind: 'stop_clock_ended', sc: 1 },
          ]);
        }
        // v6: no claims before it; the agency has the default reminder of 30 days and an empty signature block.
        if (from.version < 60) {
          expect(db.prepare('SELECT count(*) AS n FROM claims').get()).toEqual({ n: 0 });
          expect(db.prepare('SELECT claim_reminder_days AS d, atr_name AS n FROM agency').get()).toEqual({ d: 30, n: '' });
        }
        // v7: no conversion before it, and no service replaced by another.
        if (from.version < 70) {
          expect(db.prepare('SELECT count(*) AS n FROM conversion_items').get()).toEqual({ n: 0 });
          expect(db.prepare('SELECT count(*) AS n FROM services WHERE replaced_by_id IS NOT NULL').get()).toEqual({ n: 0 });
        }
        // v8: no contractor report, invoice or dispute before it; a claim of v6 keeps its line for an invoice to credit.
        if (from.version < 80) {
          for (const t of ['reconcile_mappings', 'contractor_reports', 'report_tickets', 'report_opened_tickets', 'invoices', 'invoice_lines', 'invoice_allocations', 'claim_disputes']) {
            expect(db.prepare(`SELECT count(*) AS n FROM ${t}`).get(), t).toEqual({ n: 0 });
          }
        }
        if (from.version >= 60) expect(db.prepare('SELECT amount_cents AS c FROM claim_lines').all()).toEqual([{ c: 120000 }]);
        // v9: earlier notices are CALNET's, of no kind; no incident times, figures, rates or bills before it.
        if (from.version >= 20 && from.version < 90) expect(db.prepare('SELECT DISTINCT kind FROM ticket_notices').all()).toEqual([{ kind: '' }]);
        if (from.version < 90) {
          for (const t of ['ticket_times', 'contract_figures', 'billing_rates', 'billed_amounts']) expect(db.prepare(`SELECT count(*) AS n FROM ${t}`).get(), t).toEqual({ n: 0 });
        }
        // v10: no call of a claim retracted before it; a claim's steps of v6 keep their rows, standing.
        expect(db.prepare('SELECT count(*) AS n FROM claim_events WHERE retracted_at IS NOT NULL').get()).toEqual({ n: from.version >= 100 ? 1 : 0 });
        if (from.version >= 60 && from.version < 100) expect(db.prepare('SELECT kind, retracted_reason AS r, retracted_by AS b FROM claim_events').all()).toEqual([{ kind: 'submitted', r: '', b: '' }]);
        // v11: the engine inputs' version, at 0 after the upgrade.
        expect(db.prepare('SELECT id, version FROM engine_inputs').all()).toEqual([{ id: 1, version: 0 }]);
      } finally {
        db.close();
      }
    });
  }

  it('reads an old due date in the agency\'s own time zone', () => {
    const file = tempDataFile();
    const old = openDatabase(file, { targetVersion: 30 });
    fixtures[10]!(old);
    old.exec(`
      UPDATE agency SET time_zone = 'America/New_York';
      INSERT INTO orders (service_id, reference, ordered_at, due_at, created_at, updated_at)
        VALUES (1, 'NY-1', '2026-09-01T16:00:00.000Z', '2026-10-16T04:30:00.000Z', '2026-09-01T16:00:00.000Z', '2026-09-01T16:00:00.000Z'),
               (1, 'BARE', '2026-09-01T16:00:00.000Z', '2026-10-20', '2026-09-01T16:00:00.000Z', '2026-09-01T16:00:00.000Z'),
               (1, 'JUNK', '2026-09-01T16:00:00.000Z', 'next week', '2026-09-01T16:00:00.000Z', '2026-09-01T16:00:00.000Z');
    `);
    old.close();
    const db = openDatabase(file);
    try {
      // 04:30Z is 00:30 EDT on October 16 in New York (it would still be the 15th in Los Angeles).
      // A bare date edited in by hand is already a date; text that is neither stays in due_at only.
      expect(db.prepare('SELECT reference, due_at AS dueAt, due_date AS dueDate FROM orders ORDER BY id').all()).toEqual([
        { reference: 'NY-1', dueAt: '2026-10-16T04:30:00.000Z', dueDate: '2026-10-16' },
        { reference: 'BARE', dueAt: '2026-10-20', dueDate: '2026-10-20' },
        { reference: 'JUNK', dueAt: 'next week', dueDate: null },
      ]);
    } finally {
      db.close();
    }
  });

  it('takes service types, tiers, ticket kinds and SLA ids from the catalog, not from CHECK constraints, and keeps every key and index', () => {
    const file = tempDataFile();
    const old = openDatabase(file, { targetVersion: 30 });
    for (const v of [10, 20, 30]) fixtures[v]!(old);
    const indexesBefore = indexes(old);
    old.close();
    const db = openDatabase(file);
    try {
      expect(indexes(db)).toEqual(
        [
          ...indexesBefore, 'claim_events_claim', 'claims_contractor_month', 'sla_history_subject', 'sqlite_autoindex_claim_lines_1', 'ticket_events_stop_clock',
          // v7 (conversion)
          'conversion_item_events_item', 'conversion_items_project', 'conversion_items_service', 'conversion_milestones_project', 'services_replaced_by',
          'sqlite_autoindex_conversion_items_1', 'sqlite_autoindex_conversion_roles_1',
          // v8 (reconciliation)
          'claim_disputes_claim', 'contractor_reports_contractor', 'invoice_allocations_claim_line', 'invoice_allocations_line', 'invoice_lines_invoice',
          'report_tickets_start', 'sqlite_autoindex_invoices_1', 'sqlite_autoindex_reconcile_mappings_1', 'sqlite_autoindex_report_tickets_1', 'tickets_contractor_ticket',
          // v9 (help desk)
          'sqlite_autoindex_billed_amounts_1', 'sqlite_autoindex_billing_rates_1', 'sqlite_autoindex_contract_figures_1', 'sqlite_autoindex_ticket_times_1',
        ].sort(),
      );
      // A second catalog's vocabulary (the help-desk contract of DOMAIN.md) needs no schema change.
      db.exec(`
        INSERT INTO services (circuit_id, contractor_id, service_type, tier, tmrc_cents, catalog_id, created_at, updated_at)
          VALUES ('CCC-1', 1, 'ccc-incidents', 'standard-24x7', 0, 'ccc-help-desk', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z');
        INSERT INTO tickets (service_id, kind, opened_at, start_at, created_at, updated_at)
          VALUES (3, 'sev1', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z');
        INSERT INTO sla_history (sla, service_id, month, met, created_at) VALUES ('first-contact-resolution', 3, '2026-10', 1, '2026-11-01T00:00:00.000Z');
      `);
      // The foreign keys of and to the rebuilt tables still hold.
      const orphan = () =>
        db.exec(`INSERT INTO tickets (service_id, kind, opened_at, start_at, created_at, updated_at) VALUES (99, 'repair', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z')`);
      expect(orphan).toThrow(/FOREIGN KEY constraint failed/);
      expect(() => db.exec('DELETE FROM services WHERE id = 1')).toThrow(/FOREIGN KEY constraint failed/);
      expect(() => db.exec("INSERT INTO ticket_events (ticket_id, kind, at, created_at) VALUES (99, 'note', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z')")).toThrow(
        /FOREIGN KEY constraint failed/,
      );
      // Deleting a ticket still takes its timeline, notices and stop clocks with it (ON DELETE CASCADE).
      db.exec('DELETE FROM notices_sent; DELETE FROM tickets WHERE id = 1');
      for (const t of ['ticket_events', 'ticket_notices']) expect(db.prepare(`SELECT count(*) AS n FROM ${t}`).get()).toEqual({ n: 0 });
      expect(db.prepare('SELECT count(*) AS n FROM stop_clocks WHERE ticket_id IS NOT NULL').get()).toEqual({ n: 0 });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      // What the app checks is still checked by the table: money, seats, a retirement that is a date.
      expect(() => db.exec("UPDATE services SET retired_on = 'soon' WHERE id = 2")).toThrow(/CHECK constraint failed/);
      expect(() => db.exec('UPDATE services SET tmrc_cents = -1 WHERE id = 2')).toThrow(/CHECK constraint failed/);
    } finally {
      db.close();
    }
  });

  it('v9 keeps a help-desk incident\'s times, notifications, figures, rates and bills with the rows they belong to', () => {
    const db = openDatabase(tempDataFile());
    try {
      for (const m of migrations) fixtures[m.version]?.(db);
      expect(db.prepare('SELECT time_id AS id, at FROM ticket_times').all()).toEqual([{ id: 'severityAssigned', at: '2026-10-05T16:05:00.000Z' }]);
      expect(db.prepare("SELECT kind FROM ticket_notices WHERE kind <> ''").all()).toEqual([{ kind: 'initial' }]);
      // One value per contractor, catalog, period and figure; periods are months or years; nothing negative.
      const figure = (period: string, value: number) =>
        db.exec(`INSERT INTO contract_figures (contractor_id, catalog_id, period, figure, value, scale, created_at, updated_at) VALUES (3, 'ccc-help-desk', '${period}', 'calls-answered', ${value}, 0, 'x', 'x')`);
      expect(() => figure('2026-10', 5)).not.toThrow();
      expect(() => figure('2026-10', 6)).toThrow(/UNIQUE constraint failed/);
      expect(() => figure('October', 5)).toThrow(/CHECK constraint failed/);
      expect(() => figure('2026-11', -1)).toThrow(/CHECK constraint failed/);
      expect(() => db.exec("UPDATE billed_amounts SET amount_cents = -5")).toThrow(/CHECK constraint failed/);
      // Deleting an incident takes its times with it.
      db.exec('DELETE FROM ticket_notices; DELETE FROM ticket_events; DELETE FROM notices_sent; DELETE FROM tickets WHERE id = (SELECT max(id) FROM tickets)');
      expect(db.prepare('SELECT count(*) AS n FROM ticket_times').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  it('refuses to upgrade a file whose rows refer to missing rows, and leaves it as it was', () => {
    const file = tempDataFile();
    const old = openDatabase(file, { targetVersion: 30 });
    for (const v of [10, 20, 30]) fixtures[v]!(old);
    // Edited by hand without foreign keys: a stop clock of a ticket that does not exist.
    old.pragma('foreign_keys = OFF');
    old.exec("INSERT INTO stop_clocks (ticket_id, code, start_at, created_at, updated_at) VALUES (77, 'POWER', '2026-02-01T17:30:00.000Z', '2026-02-01T17:30:00.000Z', '2026-02-01T17:30:00.000Z')");
    const before = dump(old);
    old.close();
    expect(() => openDatabase(file)).toThrow(/Upgrading the data file \S+ failed \(1 row\(s\) refer to rows that do not exist \(first: stop_clocks row 3 → tickets\)\); nothing was changed and a copy was kept/);
    const raw = new Database(file);
    try {
      expect(schemaVersion(raw)).toBe(30);
      expect(dump(raw)).toEqual(before);
    } finally {
      raw.close();
    }
    expect(fs.existsSync(`${file}.before-v40.bak`)).toBe(true);
  });

  it('keeps every fixture row when built from empty to latest', () => {
    const db = openDatabase(tempDataFile());
    try {
      for (const m of migrations) fixtures[m.version]?.(db);
      // Two of v1, the new circuit of v7's conversion, the help-desk service of v9.
      expect((db.prepare('SELECT count(*) AS n FROM services').get() as { n: number }).n).toBe(4);
      expect(db.prepare('SELECT replaced_by_id AS r FROM services WHERE id = 1').get()).toEqual({ r: 3 });
    } finally {
      db.close();
    }
  });

  it('refuses a file from a newer app with a message, and leaves it unchanged', () => {
    const file = tempDataFile();
    openDatabase(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 10}`);
    raw.close();
    const bytes = fs.readFileSync(file);
    expect(() => openDatabase(file)).toThrow(/newer version of ATR Desk.*Update ATR Desk/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('rolls a failing migration back, keeps the copy and stops', () => {
    const file = tempDataFile();
    openDatabase(file).close();
    const broken = [...migrations, { version: LATEST_VERSION + 10, name: 'broken', sql: 'CREATE TABLE ok_table (x); INSERT INTO no_such_table VALUES (1);' }];
    expect(() => openDatabase(file, { migrations: broken })).toThrow(/Upgrading the data file \S+ failed.*copy was kept/);
    const db = openDatabase(file);
    try {
      expect(schemaVersion(db)).toBe(LATEST_VERSION);
      expect(tables(db)).not.toContain('ok_table');
    } finally {
      db.close();
    }
    expect(fs.existsSync(`${file}.before-v${LATEST_VERSION + 10}.bak`)).toBe(true);
  });
});
