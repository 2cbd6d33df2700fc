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
      } finally {
        db.close();
      }
    });
  }

  it('keeps every fixture row when built from empty to latest', () => {
    const db = openDatabase(tempDataFile());
    try {
      for (const m of migrations) fixtures[m.version]?.(db);
      expect((db.prepare('SELECT count(*) AS n FROM services').get() as { n: number }).n).toBe(2);
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
    expect(() => openDatabase(file, { migrations: broken })).toThrow(/Upgrading the data file failed.*copy was kept/);
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
