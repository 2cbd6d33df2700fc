// Each test gets its own real SQLite file in a temp dir (never an in-memory stand-in).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openApp, type AppServices } from '../../../electron/services/app';
import type { Clock } from '../../../electron/services/clock';

const dirs: string[] = [];
const apps: AppServices[] = [];

afterEach(() => {
  for (const a of apps.splice(0)) a.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

export function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'atr-test-'));
  dirs.push(d);
  return d;
}

export function tempDataFile(): string {
  return path.join(tempDir(), 'agency.sqlite');
}

/** A clock the test moves by hand. */
export function manualClock(startIso: string): Clock & { set(iso: string): void; advance(ms: number): void } {
  let now = Date.parse(startIso);
  return {
    now: () => now,
    set: (iso) => {
      now = Date.parse(iso);
    },
    advance: (ms) => {
      now += ms;
    },
  };
}

export function openTestApp(options: { dataFile?: string; clock?: Clock } = {}): AppServices {
  const app = openApp({
    dataFile: options.dataFile ?? tempDataFile(),
    mode: 'browser',
    clock: options.clock ?? manualClock('2026-10-05T16:00:00Z'),
    log: () => {},
    scheduler: false,
    backup: false,
  });
  apps.push(app);
  return app;
}

/** Calls a channel and returns the value, failing the test with the error otherwise. */
export async function call<T = unknown>(app: AppServices, channel: string, request: unknown = {}): Promise<T> {
  const r = await app.dispatch(channel, request);
  if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

export function count(app: AppServices, table: string): number {
  return (app.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}
