// Opening the agency's data file: pragmas, migrations with a copy taken first, and refusal
// of a file written by a newer app (ARCHITECTURE.md "Data").
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors';
import { LATEST_VERSION, migrations as allMigrations, type Migration } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** better-sqlite3 built for Electron's ABI, when running inside Electron. */
  nativeBinding?: string;
  readonly?: boolean;
  /** For tests of migrations: stop at this version. */
  targetVersion?: number;
  migrations?: readonly Migration[];
  /** Called with each query slower than the threshold (40 ms). */
  onSlowQuery?: (sql: string, ms: number) => void;
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.readonly ? { readonly: true } : {}),
  });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // Tickets, stop clocks and claims are evidence: a commit is on disk before we say so.
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) migrate(db, file, options.migrations ?? allMigrations, options.targetVersion);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: Db, file: string, list: readonly Migration[], target?: number): void {
  const latest = list[list.length - 1]?.version ?? LATEST_VERSION;
  const current = schemaVersion(db);
  if (current > latest) {
    throw new AppError(
      'newer_data_file',
      `This data file was written by a newer version of ATR Desk (schema ${current}; this app knows up to ${latest}). ` +
        'Update ATR Desk to open it; the file has not been changed.',
    );
  }
  const pending = list.filter((m) => m.version > current && (target === undefined || m.version <= target));
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
      `Upgrading the data file failed (${reason}); nothing was changed${copy ? ` and a copy was kept at ${copy}` : ''}.`,
    );
  } finally {
    db.pragma('foreign_keys = ON');
  }
}
