// `npm run demo` / `--demo`: a fresh demo agency in its own data file (never the user's).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openApp, userDataFolder, type AppServices, type OpenAppOptions } from '../app';
import { systemClock } from '../clock';
import { AppError } from '../errors';
import { writeDemoSamples } from './reconcileSamples';
import { DEMO_AGENCY_NAME, seedDemo } from './seed';

export { demoSamplesFolder } from './reconcileSamples';

export function defaultDemoFile(): string {
  return path.join(userDataFolder(), 'demo-agency.sqlite');
}

/** Whether a file may be replaced by the demo: absent, empty, or itself a demo agency. */
export function isReplaceableByDemo(file: string): boolean {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return true;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const row = db.prepare('SELECT name FROM agency WHERE id = 1').get() as { name: string } | undefined;
      return row?.name === DEMO_AGENCY_NAME;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/** Replaces the file with a newly generated demo agency and opens it; never replaces real data. */
export async function openDemoApp(options: OpenAppOptions): Promise<AppServices> {
  if (!isReplaceableByDemo(options.dataFile)) {
    throw new AppError('refused', `${options.dataFile} holds an agency's own data; the demo only replaces a demo file. Choose another --data file.`);
  }
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(options.dataFile + suffix, { force: true });
  // The demo is written first even when it is then to be opened read-only (--demo --read-only).
  // The clock stands at an earlier day while the demo records what was recorded then (seedDemo's recordedAt).
  const base = options.clock ?? systemClock;
  let standsAt: number | null = null;
  const app = openApp({ ...options, clock: { now: () => standsAt ?? base.now() }, readonly: false, scheduler: false, backup: false });
  await seedDemo(app, base.now(), async (ms, record) => {
    standsAt = ms;
    try {
      return await record();
    } finally {
      standsAt = null;
    }
  });
  // The sample files an ATR tries reconciliation with: the contractor's report, an invoice (README "Reconcile").
  writeDemoSamples(app.db, options.dataFile, app.clock.now());
  app.close();
  return openApp({ ...options, backup: false });
}
