// Issue 10, "the data file is checked and never changed by mistake": every file we refuse is
// left byte for byte as it was, and the message names the file.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/services/app';
import { backupFolder, dailyBackup } from '../../../electron/services/db/backup';
import { LATEST_VERSION } from '../../../electron/services/db/migrations';
import { ATR_APPLICATION_ID, applicationId, openDatabase, schemaVersion } from '../../../electron/services/db/open';
import { premierService } from '../support/fixtures';
import { manualClock, openTestApp, tempDataFile } from '../support/tempData';

/**
 * The data file and everything beside it (journal, backups), as hashes of their bytes. SQLite's
 * WAL index (-shm) is shared memory, not data, and a reader may create an empty -wal: neither
 * changes a byte of the database, so only a -wal with content counts.
 */
function snapshot(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(dir)) {
      const p = path.join(dir, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('-shm') || (name.endsWith('-wal') && fs.statSync(p).size === 0)) continue;
      else out[path.relative(path.dirname(file), p)] = crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');
    }
  };
  walk(path.dirname(file));
  return out;
}

async function agencyFileWithBackup(): Promise<{ file: string; backup: string }> {
  const file = tempDataFile();
  const app = openTestApp({ dataFile: file });
  await premierService(app);
  const backup = await dailyBackup(app.db, file, '2026-11-22');
  app.close();
  return { file, backup: backup! };
}

describe('opening the data file', () => {
  it('refuses a damaged file, names it and its latest good backup, and overwrites no backup', async () => {
    const { file, backup } = await agencyFileWithBackup();
    // Scribble over the pages after the first (what a failing disk or a bad copy does).
    const bytes = fs.readFileSync(file);
    for (let i = 4096; i < bytes.length; i += 7) bytes[i] = (i * 31) & 0xff;
    fs.writeFileSync(file, bytes);
    const before = snapshot(file);
    const open = () => openApp({ dataFile: file, mode: 'browser', clock: manualClock('2026-11-23T17:00:00Z'), log: () => {}, scheduler: false });
    let message = '';
    try {
      open();
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain(`The data file ${file} is damaged`);
    expect(message).toContain(`The latest good backup is ${backup}`);
    // The file, the good backup, and nothing new: no copy of the damaged file was taken.
    expect(snapshot(file)).toEqual(before);
    expect(fs.readdirSync(backupFolder(file))).toEqual(['agency-2026-11-22.sqlite']);
  });

  for (const mode of ['wal', 'delete'] as const) {
    it(`leaves a file from a newer app unchanged byte for byte (journal mode ${mode})`, () => {
      const file = tempDataFile();
      openDatabase(file).close();
      const raw = new Database(file);
      raw.pragma(`journal_mode = ${mode}`);
      raw.pragma(`user_version = ${LATEST_VERSION + 10}`);
      raw.close();
      const before = snapshot(file);
      expect(() => openDatabase(file)).toThrow(`The data file ${file} was written by a newer version of ATR Desk`);
      expect(snapshot(file)).toEqual(before);
      const again = new Database(file, { readonly: true });
      expect(again.pragma('journal_mode', { simple: true })).toBe(mode);
      again.close();
    });
  }

  it("refuses another application's SQLite file, and a file that is not SQLite, unchanged", () => {
    const file = tempDataFile();
    const other = new Database(file);
    other.exec("CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('Blue in Green')");
    other.pragma('user_version = 3');
    other.close();
    const before = snapshot(file);
    expect(() => openDatabase(file)).toThrow(`${file} is not an ATR Desk data file (it is another application's SQLite database). It was left unchanged.`);
    expect(snapshot(file)).toEqual(before);

    // Another app's id, even with a table called agency, is not ours either.
    const marked = tempDataFile();
    const db = new Database(marked);
    db.exec('CREATE TABLE agency (name TEXT)');
    db.pragma('user_version = 40');
    db.pragma('application_id = 1');
    db.close();
    const markedBefore = snapshot(marked);
    expect(() => openDatabase(marked)).toThrow(/is not an ATR Desk data file/);
    expect(snapshot(marked)).toEqual(markedBefore);

    const text = tempDataFile();
    fs.writeFileSync(text, 'name,circuit\nA,CKT-1\n');
    expect(() => openDatabase(text)).toThrow(`${text} is not an ATR Desk data file (it is not a SQLite database)`);
    expect(fs.readFileSync(text, 'utf8')).toBe('name,circuit\nA,CKT-1\n');
  });

  it('marks new files as ATR Desk files, and accepts and marks a file of ours from before the mark', () => {
    const file = tempDataFile();
    const db = openDatabase(file);
    expect(applicationId(db)).toBe(ATR_APPLICATION_ID);
    db.pragma('application_id = 0');
    db.close();
    const again = openDatabase(file);
    try {
      expect(schemaVersion(again)).toBe(LATEST_VERSION);
      expect(applicationId(again)).toBe(ATR_APPLICATION_ID);
    } finally {
      again.close();
    }
  });

  it('opens a read-only file read-only: the app says so, shows its data, and refuses changes without touching the file', async () => {
    const file = tempDataFile();
    const writer = openTestApp({ dataFile: file });
    await premierService(writer);
    writer.close();
    const before = snapshot(file);
    // Root may write a chmod 444 file, so the read-only open is asked for here; the next test
    // covers the file permission itself.
    const app = openApp({ dataFile: file, mode: 'browser', readonly: true, log: () => {}, scheduler: false, backup: false });
    try {
      const info = await app.dispatch('app:info', {});
      expect(info).toMatchObject({ ok: true, value: { readOnly: true, readOnlyReason: 'asked', dataFile: file } });
      const list = await app.dispatch('services:list', {});
      expect(list.ok).toBe(true);
      const create = await app.dispatch('services:create', { circuitId: 'CKT-2', contractorId: 1, serviceType: 'converged-voip', tier: 'premier', tmrc: '100.00' });
      expect(create).toEqual({ ok: false, error: { code: 'read_only', message: `The data file ${file} is open read-only; nothing was saved.`, path: '' } });
    } finally {
      app.close();
    }
    expect(snapshot(file)).toEqual(before);
  });

  it('opens a chmod 444 file read-only exactly when this user cannot write it', async () => {
    const file = tempDataFile();
    const writer = openTestApp({ dataFile: file });
    await premierService(writer);
    writer.close();
    fs.chmodSync(file, 0o444);
    let writable = true;
    try {
      fs.closeSync(fs.openSync(file, 'r+'));
    } catch {
      writable = false;
    }
    const app = openApp({ dataFile: file, mode: 'browser', log: () => {}, scheduler: false, backup: false });
    try {
      // A normal user cannot write it (read-only); root can, and then it opens as usual.
      expect(app.readOnly).toBe(!writable);
      expect(await app.dispatch('app:info', {})).toMatchObject({ ok: true, value: { readOnly: !writable, readOnlyReason: writable ? null : 'not-writable' } });
    } finally {
      app.close();
      fs.chmodSync(file, 0o644);
    }
  });

  it('refuses, unchanged, a read-only file that would need an upgrade', () => {
    const file = tempDataFile();
    openDatabase(file, { targetVersion: 30 }).close();
    const before = snapshot(file);
    expect(() => openDatabase(file, { readonly: true })).toThrow(`The data file ${file} is read-only and was made by an older version of ATR Desk`);
    expect(snapshot(file)).toEqual(before);
  });
});
