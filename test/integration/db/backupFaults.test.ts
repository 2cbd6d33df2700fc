// Issue 10, "backups that can be trusted": a copy under its final name is always complete and
// checked, a kill mid-copy costs nothing, and each data file prunes only its own copies.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupFolder, checkCopy, dailyBackup } from '../../../electron/services/db/backup';
import { premierService } from '../support/fixtures';
import { openTestApp, tempDataFile, tempDir } from '../support/tempData';

function circuits(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT circuit_id AS c FROM services ORDER BY id').all() as Array<{ c: string }>).map((r) => r.c);
  } finally {
    db.close();
  }
}

describe('backups that can be trusted', () => {
  it('a kill during a backup leaves the earlier copies usable, no half copy under a real name, and the next start takes the day\'s copy', async () => {
    const file = tempDataFile();
    const app = openTestApp({ dataFile: file });
    await premierService(app);
    // Enough pages that the copy takes several steps (100 pages, then 10 at a time).
    app.db.exec("CREATE TABLE test_ballast (b BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) INSERT INTO test_ballast SELECT randomblob(4000) FROM n");
    const earlier = [await dailyBackup(app.db, file, '2026-11-21'), await dailyBackup(app.db, file, '2026-11-22')];
    app.close();

    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, '../support/backupKiller.ts'), file, '2026-11-23'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        if (/^copying \d+\/\d+$/m.test(d.toString())) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', (code, signal) => {
        if (signal !== 'SIGKILL') reject(new Error(`backup child exited early (${code}): ${stderr}`));
      });
    });
    await new Promise((r) => child.once('close', r));

    const dir = backupFolder(file);
    const today = path.join(dir, 'agency-2026-11-23.sqlite');
    // Killed mid-copy: the part-written copy has only its temporary name.
    expect(fs.existsSync(today)).toBe(false);
    expect(fs.existsSync(`${today}.partial`)).toBe(true);
    for (const copy of earlier) {
      expect(checkCopy(copy!)).toBe('ok');
      expect(circuits(copy!)).toEqual(['CKT-1001']);
    }

    const again = openTestApp({ dataFile: file });
    expect(await dailyBackup(again.db, file, '2026-11-23')).toBe(today);
    expect(checkCopy(today)).toBe('ok');
    expect(circuits(today)).toEqual(['CKT-1001']);
    expect(fs.readdirSync(dir).sort()).toEqual(['agency-2026-11-21.sqlite', 'agency-2026-11-22.sqlite', 'agency-2026-11-23.sqlite']);
  });

  it('two data files in one folder keep each other\'s backups', async () => {
    const dir = tempDir();
    const agencyFile = path.join(dir, 'agency.sqlite');
    const archiveFile = path.join(dir, 'agency-archive.sqlite');
    const archive = openTestApp({ dataFile: archiveFile });
    const agency = openTestApp({ dataFile: agencyFile });
    const november = (d: number) => `2026-11-${String(d).padStart(2, '0')}`;
    for (let d = 1; d <= 5; d++) await dailyBackup(archive.db, archiveFile, november(d));
    for (let d = 1; d <= 20; d++) await dailyBackup(agency.db, agencyFile, november(d));
    const names = fs.readdirSync(backupFolder(agencyFile)).sort();
    // agency.sqlite keeps its last 7 days (Nov 14–20) and the newest earlier copy of November
    // (Nov 13), by the rule in backup.test.ts; the archive's five copies are not agency's to prune.
    expect(names.filter((n) => n.startsWith('agency-archive-'))).toEqual([1, 2, 3, 4, 5].map((d) => `agency-archive-${november(d)}.sqlite`));
    expect(names.filter((n) => !n.startsWith('agency-archive-'))).toEqual([13, 14, 15, 16, 17, 18, 19, 20].map((d) => `agency-${november(d)}.sqlite`));
    // And the other way round: the archive's next copy prunes nothing of agency's.
    for (let d = 6; d <= 12; d++) await dailyBackup(archive.db, archiveFile, november(d));
    const after = fs.readdirSync(backupFolder(agencyFile)).sort();
    expect(after.filter((n) => !n.startsWith('agency-archive-'))).toEqual(names.filter((n) => !n.startsWith('agency-archive-')));
    expect(after.filter((n) => n.startsWith('agency-archive-'))).toHaveLength(8);
  });

  it('keeps a copy only after it passes its check, as one self-contained file', async () => {
    const file = tempDataFile();
    const app = openTestApp({ dataFile: file });
    await premierService(app);
    const copy = await dailyBackup(app.db, file, '2026-11-23');
    expect(checkCopy(copy!)).toBe('ok');
    // Rollback journal, not WAL: the copy needs no -wal/-shm beside it to be read or restored.
    const raw = new Database(copy!, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('delete');
    raw.close();
    expect(fs.readdirSync(backupFolder(file))).toEqual(['agency-2026-11-23.sqlite']);
  });
});
