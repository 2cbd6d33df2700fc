// Rolling backups with SQLite's online backup API (ARCHITECTURE.md "Data"): one copy a day,
// taken at the first start of the day, in a `backups` folder beside the data file. A copy is
// written under a temporary name, checked, then renamed: a copy with the final name is always
// complete. Which copies to keep is a pure rule, tested on its own.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from './open';

const DAY_SUFFIX = /-(\d{4}-\d{2}-\d{2})\.sqlite$/;

/** Keep the newest `daily` daily copies and one per month for `monthly` months before them. */
export function backupsToDelete(names: string[], daily = 7, monthly = 6): string[] {
  const dated = names
    .map((name) => ({ name, day: DAY_SUFFIX.exec(name)?.[1] }))
    .filter((x): x is { name: string; day: string } => x.day !== undefined)
    .sort((a, b) => (a.day < b.day ? 1 : -1));
  const keep = new Set(dated.slice(0, daily).map((x) => x.name));
  const months = new Set<string>();
  for (const x of dated.slice(daily)) {
    const month = x.day.slice(0, 7);
    if (months.size < monthly && !months.has(month)) {
      months.add(month);
      keep.add(x.name);
    }
  }
  return dated.filter((x) => !keep.has(x.name)).map((x) => x.name);
}

export function backupFolder(dataFile: string): string {
  return path.join(path.dirname(dataFile), 'backups');
}

function baseName(dataFile: string): string {
  return path.basename(dataFile).replace(/\.sqlite$/, '');
}

/**
 * The backups of this data file only: `<base>-YYYY-MM-DD.sqlite`, exactly. `agency.sqlite`'s
 * copies are `agency-2026-11-23.sqlite`; `agency-archive-2026-11-23.sqlite` belongs to
 * `agency-archive.sqlite` and is never counted (or pruned) as agency's.
 */
export function backupsOf(dataFile: string, names: string[]): string[] {
  const base = baseName(dataFile);
  return names.filter((n) => n.startsWith(`${base}-`) && /^\d{4}-\d{2}-\d{2}\.sqlite$/.test(n.slice(base.length + 1)));
}

/** The backup copies of a data file, newest first (full paths). */
export function backupFiles(dataFile: string): string[] {
  const dir = backupFolder(dataFile);
  if (!fs.existsSync(dir)) return [];
  return backupsOf(dataFile, fs.readdirSync(dir))
    .sort()
    .reverse()
    .map((n) => path.join(dir, n));
}

function quickCheck(db: Db): string {
  const rows = db.pragma('quick_check') as Array<{ quick_check: string }>;
  const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
  return problems.length === 0 ? 'ok' : problems.slice(0, 3).join('; ');
}

/** "ok" or what SQLite's quick_check found wrong with a copy (opened read-only, never changed). */
export function checkCopy(file: string): string {
  // A reader of a WAL-mode file (copies from before copies were made in rollback mode) creates
  // an empty -wal and a -shm beside it: removed again so a check leaves the folder as it was.
  const sidecars = [`${file}-wal`, `${file}-shm`].filter((f) => !fs.existsSync(f));
  let db: Db | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return quickCheck(db);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  } finally {
    db?.close();
    for (const f of sidecars) fs.rmSync(f, { force: true });
  }
}

/** The newest backup of this data file that passes quick_check, or null. */
export function latestGoodBackup(dataFile: string): string | null {
  return backupFiles(dataFile).find((f) => checkCopy(f) === 'ok') ?? null;
}

export interface BackupOptions {
  /** better-sqlite3's backup progress hook (tests use it to stop a backup half-way). */
  progress?: (info: { totalPages: number; remainingPages: number }) => number;
}

/**
 * Today's copy (local date given by the caller), if not taken yet; then prunes old copies of
 * this data file. The copy is written to `<name>.partial`, checked, then renamed, so a kill
 * mid-copy leaves no file under the final name and the next start takes the day's copy again.
 */
export async function dailyBackup(db: Db, dataFile: string, today: string, options: BackupOptions = {}): Promise<string | null> {
  const dir = backupFolder(dataFile);
  const target = path.join(dir, `${baseName(dataFile)}-${today}.sqlite`);
  if (fs.existsSync(target)) return null;
  fs.mkdirSync(dir, { recursive: true });
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  try {
    await db.backup(partial, options.progress ? { progress: options.progress } : undefined);
    // The copy is one self-contained file (rollback journal, not WAL): it can be checked, read,
    // copied or restored without -wal/-shm files beside it.
    const copy = new Database(partial, { fileMustExist: true });
    let check: string;
    try {
      copy.pragma('journal_mode = DELETE');
      check = quickCheck(copy);
    } finally {
      copy.close();
    }
    if (check !== 'ok') throw new Error(`the copy of ${dataFile} failed its check (${check}); no backup was kept for ${today}`);
    fs.renameSync(partial, target);
  } finally {
    for (const f of [partial, `${partial}-journal`, `${partial}-wal`, `${partial}-shm`]) fs.rmSync(f, { force: true });
  }
  const mine = backupsOf(dataFile, fs.readdirSync(dir));
  for (const name of backupsToDelete(mine)) fs.rmSync(path.join(dir, name), { force: true });
  return target;
}
