// Listing the daily copies and putting one back into the open data file (issue 10, "backups
// that can be trusted"). The copy is upgraded to this app's schema in a scratch file first,
// then its rows replace the live ones in one transaction, with a copy of the current file
// kept beforehand and the restore itself in the audit log.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors';
import { audit } from './audit';
import { backupFiles, backupFolder, checkCopy } from './backup';
import { openDatabase, type Db } from './open';

export interface BackupInfo {
  name: string;
  path: string;
  day: string;
  sizeBytes: number;
  intact: boolean;
  schemaVersion: number | null;
  tickets: number | null;
  services: number | null;
}

function countOf(db: Db, table: string): number | null {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
  return exists ? (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n : null;
}

export function listBackups(dataFile: string): BackupInfo[] {
  return backupFiles(dataFile).map((file) => {
    const name = path.basename(file);
    const info: BackupInfo = {
      name,
      path: file,
      day: /(\d{4}-\d{2}-\d{2})\.sqlite$/.exec(name)?.[1] ?? '',
      sizeBytes: fs.statSync(file).size,
      intact: checkCopy(file) === 'ok',
      schemaVersion: null,
      tickets: null,
      services: null,
    };
    if (!info.intact) return info;
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      info.schemaVersion = db.pragma('user_version', { simple: true }) as number;
      info.tickets = countOf(db, 'tickets');
      info.services = countOf(db, 'services');
    } finally {
      db.close();
    }
    return info;
  });
}

function userTables(db: Db, schema: string): string[] {
  return (db.prepare(`SELECT name FROM ${schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as Array<{ name: string }>).map(
    (r) => r.name,
  );
}

/** Replaces the open file's rows with the named backup's; returns where the current file was kept. */
export function restoreBackup(db: Db, dataFile: string, name: string, nowIso: string): { restored: string; keptCopy: string } {
  const source = backupFiles(dataFile).find((f) => path.basename(f) === name);
  if (!source) throw new AppError('not_found', `There is no backup named "${name}" of ${dataFile}.`, '/name');
  const check = checkCopy(source);
  if (check !== 'ok') throw new AppError('damaged_backup', `The backup ${source} is damaged (${check}) and cannot be restored; nothing was changed.`, '/name');
  const stamp = nowIso.replace(/[:.]/g, '-');
  const base = path.basename(dataFile).replace(/\.sqlite$/, '');
  // Not named like a daily copy, so retention never prunes it.
  const keptCopy = path.join(backupFolder(dataFile), `${base}.before-restore-${stamp}.sqlite`);
  const scratch = path.join(backupFolder(dataFile), `${base}.restoring-${stamp}.sqlite`);
  fs.copyFileSync(source, scratch);
  try {
    // Checks (ours, not newer) and upgrades the copy to this app's schema, away from the live file.
    openDatabase(scratch).close();
    db.prepare('VACUUM INTO ?').run(keptCopy);
    db.prepare('ATTACH DATABASE ? AS restored').run(scratch);
    try {
      const tables = userTables(db, 'main');
      const present = new Set(userTables(db, 'restored'));
      db.transaction(() => {
        // References are checked at commit, once every table holds the copy's rows.
        db.pragma('defer_foreign_keys = ON');
        for (const t of tables) db.exec(`DELETE FROM main."${t}"`);
        for (const t of tables) {
          if (!present.has(t)) continue;
          const cols = (db.prepare(`SELECT name FROM pragma_table_info(?, 'main')`).all(t) as Array<{ name: string }>).map((c) => `"${c.name}"`).join(', ');
          db.exec(`INSERT INTO main."${t}" (${cols}) SELECT ${cols} FROM restored."${t}"`);
        }
        audit(db, nowIso, 'data_file', name, 'update', { keptCopy }, { restoredFrom: source });
      })();
    } finally {
      db.exec('DETACH DATABASE restored');
    }
  } finally {
    for (const f of [scratch, `${scratch}-wal`, `${scratch}-shm`, `${scratch}-journal`]) fs.rmSync(f, { force: true });
  }
  return { restored: name, keptCopy };
}
