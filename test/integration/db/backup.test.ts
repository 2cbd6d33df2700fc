import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupFolder, backupsToDelete, dailyBackup } from '../../../electron/services/db/backup';
import { premierService } from '../support/fixtures';
import { openTestApp, tempDataFile } from '../support/tempData';

describe('daily backups', () => {
  it('keep the last 7 days and one copy per month for 6 months before them', () => {
    const days = Array.from({ length: 400 }, (_, i) => new Date(Date.UTC(2026, 10, 23) - i * 86_400_000).toISOString().slice(0, 10));
    const names = days.map((d) => `agency-${d}.sqlite`);
    const gone = new Set(backupsToDelete(names));
    const kept = names.filter((n) => !gone.has(n));
    expect(kept.slice(0, 7)).toEqual(names.slice(0, 7));
    // After the week: the newest copy of each of the 6 months before (Nov 16 … then Oct 31, Sep 30, …).
    expect(kept.slice(7)).toEqual(['agency-2026-11-16.sqlite', 'agency-2026-10-31.sqlite', 'agency-2026-09-30.sqlite', 'agency-2026-08-31.sqlite', 'agency-2026-07-31.sqlite', 'agency-2026-06-30.sqlite']);
    expect(backupsToDelete(['notes.txt', 'agency-2026-01-01.sqlite'])).toEqual([]);
  });

  it('copy the live file once a day with the online backup API', async () => {
    const file = tempDataFile();
    const app = openTestApp({ dataFile: file });
    await premierService(app);
    const first = await dailyBackup(app.db, file, '2026-11-23');
    expect(first).toBe(path.join(backupFolder(file), 'agency-2026-11-23.sqlite'));
    expect(await dailyBackup(app.db, file, '2026-11-23')).toBeNull();
    const copy = new Database(first!, { readonly: true });
    try {
      expect((copy.prepare('SELECT circuit_id FROM services').get() as { circuit_id: string }).circuit_id).toBe('CKT-1001');
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      copy.close();
    }
    expect(fs.readdirSync(backupFolder(file)).filter((n) => n.endsWith('.sqlite'))).toEqual(['agency-2026-11-23.sqlite']);
  });
});
