// Opening the agency's data file: checks first, then pragmas, then migrations with a copy taken
// first (ARCHITECTURE.md "Data"). Nothing that writes (journal mode, application id, migrations)
// runs before the file is known to be intact, ours and not from a newer app, so a file we refuse
// is left byte for byte as it was.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors';
import { LATEST_VERSION, migrations as allMigrations, type Migration } from './migrations';
import { latestGoodBackup } from './backup';

export type Db = Database.Database;

/**
 * PRAGMA application_id of an ATR Desk data file: "ATRD" in ASCII. It marks the file as ours so
 * another app's SQLite database is never migrated into an agency file.
 */
export const ATR_APPLICATION_ID = 0x41545244;

export interface OpenOptions {
  /** better-sqlite3 built for Electron's ABI, when running inside Electron. */
  nativeBinding?: string;
  /** Open read-only even if the file could be written (also chosen when it cannot be). */
  readonly?: boolean;
  /** For tests of migrations: stop at this version. */
  targetVersion?: number;
  migrations?: readonly Migration[];
  /** Called with each query slower than the threshold (40 ms). */
  onSlowQuery?: (sql: string, ms: number) => void;
}

/** True when the file exists and this process may not write it (a read-only file or share). */
export function isReadOnlyFile(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const exists = fs.existsSync(file);
  const readonly = options.readonly === true || isReadOnlyFile(file);
  if (readonly && !exists) throw new AppError('not_found', `The data file ${file} does not exist, and a read-only file cannot be created.`);
  if (!exists) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (exists) refuseNonSqlite(file);
  const db = new Database(file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(readonly ? { readonly: true } : {}),
  });
  try {
    db.pragma('busy_timeout = 5000');
    const list = options.migrations ?? allMigrations;
    // Reads only, in this order: intact, ours, not newer. Any refusal leaves the file untouched.
    checkIntact(db, file);
    checkOurs(db, file);
    checkNotNewer(db, file, list);
    if (readonly) {
      refuseReadOnlyUpgrade(db, file, list, options.targetVersion);
    } else {
      db.pragma('journal_mode = WAL');
    }
    db.pragma('foreign_keys = ON');
    // No mmap_size: with reads made arrays (db/statements.ts rowsMade) it no longer measured faster
    // (the reconciliation's 20,000-ticket run alike with and without it), and a mapped file turns an
    // I/O error (a data file on a share that drops) into a signal that ends the process.
    // Tickets, stop clocks and claims are evidence: a commit is on disk before we say so.
    db.pragma('synchronous = FULL');
    if (!readonly) {
      migrate(db, file, list, options.targetVersion);
      // A file of ours from before the id existed (checked in checkOurs) gets it now.
      if (applicationId(db) !== ATR_APPLICATION_ID) db.pragma(`application_id = ${ATR_APPLICATION_ID}`);
    }
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function applicationId(db: Db): number {
  return db.pragma('application_id', { simple: true }) as number;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** A file that is not SQLite at all (a spreadsheet, a text file): refused before SQLite sees it. */
function refuseNonSqlite(file: string): void {
  const size = fs.statSync(file).size;
  if (size === 0) return; // an empty file is a new database
  const head = Buffer.alloc(SQLITE_HEADER.length);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (!head.equals(SQLITE_HEADER)) {
    throw new AppError('not_atr_file', `${file} is not an ATR Desk data file (it is not a SQLite database). It was left unchanged.`);
  }
}

function damaged(file: string, detail: string): AppError {
  const backup = latestGoodBackup(file);
  const offer = backup
    ? ` The latest good backup is ${backup}: close ATR Desk, keep the damaged file aside, and copy the backup in its place.`
    : ' No good backup of it was found.';
  return new AppError('damaged_data_file', `The data file ${file} is damaged (${detail}) and was not opened; it was left unchanged.${offer}`);
}

function checkIntact(db: Db, file: string): void {
  let rows: Array<{ quick_check: string }>;
  try {
    rows = db.pragma('quick_check') as Array<{ quick_check: string }>;
  } catch (e) {
    throw damaged(file, e instanceof Error ? e.message : String(e));
  }
  const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
  if (problems.length > 0) throw damaged(file, problems.slice(0, 3).join('; '));
}

function hasTable(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/**
 * Ours: our application id; or a file from before the id (id 0) with a schema version and the
 * agency table; or a new, empty database. Anything else is another app's file.
 */
function checkOurs(db: Db, file: string): void {
  const id = applicationId(db);
  if (id === ATR_APPLICATION_ID) return;
  if (id === 0) {
    const version = schemaVersion(db);
    if (version > 0 && hasTable(db, 'agency')) return;
    const objects = (db.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number }).n;
    if (version === 0 && objects === 0) return;
  }
  throw new AppError('not_atr_file', `${file} is not an ATR Desk data file (it is another application's SQLite database). It was left unchanged.`);
}

function latestOf(list: readonly Migration[]): number {
  return list[list.length - 1]?.version ?? LATEST_VERSION;
}

function checkNotNewer(db: Db, file: string, list: readonly Migration[]): void {
  const current = schemaVersion(db);
  const latest = latestOf(list);
  if (current > latest) {
    throw new AppError(
      'newer_data_file',
      `The data file ${file} was written by a newer version of ATR Desk (schema ${current}; this app knows up to ${latest}). ` +
        'Update ATR Desk to open it; the file has not been changed.',
    );
  }
}

function pendingOf(db: Db, list: readonly Migration[], target?: number): Migration[] {
  const current = schemaVersion(db);
  return list.filter((m) => m.version > current && (target === undefined || m.version <= target));
}

function refuseReadOnlyUpgrade(db: Db, file: string, list: readonly Migration[], target?: number): void {
  if (pendingOf(db, list, target).length === 0) return;
  throw new AppError(
    'read_only',
    `The data file ${file} is read-only and was made by an older version of ATR Desk; it must be upgraded before it can be opened. ` +
      'Make it writable (or copy it somewhere you can write) and open it again; it was left unchanged.',
  );
}

function migrate(db: Db, file: string, list: readonly Migration[], target?: number): void {
  const current = schemaVersion(db);
  const pending = pendingOf(db, list, target);
  if (pending.length === 0) return;
  let copy: string | null = null;
  if (current > 0) {
    copy = `${file}.before-v${pending[0]?.version}.bak`;
    fs.rmSync(copy, { force: true });
    db.prepare('VACUUM INTO ?').run(copy);
  }
  const run = db.transaction(() => {
    for (const m of pending) {
      db.exec(m.sql);
      m.run?.(db);
      db.pragma(`user_version = ${m.version}`);
    }
    db.pragma(`application_id = ${ATR_APPLICATION_ID}`);
    // A migration may rebuild a table (rebuild.ts) with foreign keys off: before committing,
    // every reference must still find its row, or nothing is committed.
    const broken = db.pragma('foreign_key_check') as Array<{ table: string; rowid: number; parent: string }>;
    if (broken.length > 0) {
      const first = broken[0]!;
      throw new Error(`${broken.length} row(s) refer to rows that do not exist (first: ${first.table} row ${first.rowid} → ${first.parent})`);
    }
  });
  // Foreign keys can only be switched outside a transaction; off while migrating (see above).
  db.pragma('foreign_keys = OFF');
  try {
    run();
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new AppError(
      'migration_failed',
      `Upgrading the data file ${file} failed (${reason}); nothing was changed${copy ? ` and a copy was kept at ${copy}` : ''}.`,
    );
  } finally {
    db.pragma('foreign_keys = ON');
  }
}
