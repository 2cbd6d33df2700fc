// Issue 10: list the backups with what each holds, and restore one (a copy of the current
// file kept first, the restore on the record).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupFolder, dailyBackup } from '../../../electron/services/db/backup';
import { premierService } from '../support/fixtures';
import { call, count, openTestApp, tempDataFile } from '../support/tempData';

describe('backups:list and backups:restore', () => {
  it('lists each copy with its day, tickets and services, and restores one after keeping the current file', async () => {
    const file = tempDataFile();
    const app = openTestApp({ dataFile: file });
    await premierService(app);
    await dailyBackup(app.db, file, '2026-11-22');
    await premierService(app, { circuitId: 'CKT-2002' });
    await dailyBackup(app.db, file, '2026-11-23');
    await premierService(app, { circuitId: 'CKT-3003' });

    const list = await call<Array<Record<string, unknown>>>(app, 'backups:list');
    expect(list.map((b) => ({ name: b.name, day: b.day, intact: b.intact, services: b.services, tickets: b.tickets }))).toEqual([
      { name: 'agency-2026-11-23.sqlite', day: '2026-11-23', intact: true, services: 2, tickets: 0 },
      { name: 'agency-2026-11-22.sqlite', day: '2026-11-22', intact: true, services: 1, tickets: 0 },
    ]);

    const r = await call<{ restored: string; keptCopy: string }>(app, 'backups:restore', { name: 'agency-2026-11-22.sqlite' });
    expect(r.restored).toBe('agency-2026-11-22.sqlite');
    expect(path.dirname(r.keptCopy)).toBe(backupFolder(file));
    // The live file now holds the copy's one service; the kept copy holds all three.
    expect((app.db.prepare('SELECT circuit_id AS c FROM services ORDER BY id').all() as Array<{ c: string }>).map((x) => x.c)).toEqual(['CKT-1001']);
    const kept = new Database(r.keptCopy, { readonly: true });
    expect((kept.prepare('SELECT count(*) AS n FROM services').get() as { n: number }).n).toBe(3);
    kept.close();
    // On the record, and the restored file is intact with every reference in place.
    const last = app.db.prepare('SELECT table_name AS t, row_id AS r FROM audit_log ORDER BY id DESC LIMIT 1').get();
    expect(last).toEqual({ t: 'data_file', r: 'agency-2026-11-22.sqlite' });
    expect(app.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(app.db.pragma('foreign_key_check')).toEqual([]);
    // The kept copy is not a daily copy: not listed, never pruned; no scratch file left behind.
    expect((await call<unknown[]>(app, 'backups:list')).length).toBe(2);
    expect(fs.readdirSync(backupFolder(file)).filter((n) => n.includes('restoring'))).toEqual([]);
    // Work goes on after a restore.
    await premierService(app, { circuitId: 'CKT-4004' });
    expect(count(app, 'services')).toBe(2);
  });

  it('refuses an unknown backup name with the field, and changes nothing', async () => {
    const file = tempDataFile();
    const app = openTestApp({ dataFile: file });
    await premierService(app);
    const r = await app.dispatch('backups:restore', { name: '../agency.sqlite' });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found', path: '/name' } });
    expect(count(app, 'services')).toBe(1);
  });
});
