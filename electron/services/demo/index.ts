// `npm run demo` / `--demo`: a fresh demo agency in its own data file (never the user's).
import fs from 'node:fs';
import path from 'node:path';
import { openApp, userDataFolder, type AppServices, type OpenAppOptions } from '../app';
import { seedDemo } from './seed';

export function defaultDemoFile(): string {
  return path.join(userDataFolder(), 'demo-agency.sqlite');
}

/** Replaces the file with a newly generated demo agency and opens it. */
export async function openDemoApp(options: OpenAppOptions): Promise<AppServices> {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(options.dataFile + suffix, { force: true });
  const app = openApp({ ...options, scheduler: false });
  await seedDemo(app, app.clock.now());
  app.close();
  return openApp(options);
}
