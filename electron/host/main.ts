// `npm run host` / browser mode: serve the app on 127.0.0.1 with a per-run token.
//   node --import tsx electron/host/main.ts [--data FILE] [--demo] [--read-only] [--port N] [--clock ISO]
// --read-only opens the data file read-only even if it could be written (nothing is saved).
// --test-clock ISO starts a clock that only moves when a test sets it (e2e tests).
// --demo replaces the data file (default: demo-agency.sqlite beside the real one) with a new demo agency.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseInstant } from '../../shared/calendar/instant';
import { clockFrom, settableClock, systemClock, type SettableClock } from '../services/clock';
import { defaultDataFile, openApp } from '../services/app';
import { defaultDemoFile, demoSamplesFolder, openDemoApp } from '../services/demo';
import { AppError } from '../services/errors';
import { startHost } from './server';

const here = path.dirname(fileURLToPath(import.meta.url));
const STATIC_DIR = path.resolve(here, '../../build/renderer');

function arg(name: string): string | undefined {
  // The last one wins: a test restarting the host on another day adds `--test-clock` again.
  const i = process.argv.lastIndexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const demo = process.argv.includes('--demo');
const dataFile = path.resolve(arg('--data') ?? (demo ? defaultDemoFile() : defaultDataFile()));

async function main(): Promise<void> {
  const clockText = arg('--clock');
  const clockStart = clockText === undefined ? null : parseInstant(clockText);
  if (clockText !== undefined && clockStart === null) throw new AppError('invalid', `--clock: "${clockText}" is not an ISO-8601 instant with an offset`);
  // --test-clock ISO: a clock that stands still until a test moves it (POST /test/clock).
  const testClockText = arg('--test-clock');
  const testStart = testClockText === undefined ? null : parseInstant(testClockText);
  if (testClockText !== undefined && testStart === null) throw new AppError('invalid', `--test-clock: "${testClockText}" is not an ISO-8601 instant with an offset`);
  const testClock: SettableClock | undefined = testStart === null ? undefined : settableClock(testStart);
  const options = { dataFile, mode: 'browser' as const, ...(process.argv.includes('--read-only') ? { readonly: true } : {}), clock: testClock ?? (clockStart === null ? systemClock : clockFrom(clockStart)) };
  const app = demo ? await openDemoApp(options) : openApp(options);
  const host = await startHost({ app, staticDir: STATIC_DIR, port: Number(arg('--port') ?? 0), log: (m) => console.error(m), ...(testClock ? { testClock } : {}) });
  console.log(`ATR Desk is running at ${host.url}`);
  console.log(`Data file: ${dataFile}${demo ? ' (demo agency, regenerated at each start)' : ''}${app.readOnly ? ' (read-only: nothing can be saved)' : ''}`);
  if (demo) console.log(`Sample files to reconcile (a contractor's ticket report, an invoice): ${demoSamplesFolder(dataFile)}`);
  const stop = async () => {
    await host.close();
    app.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((e: unknown) => {
  // Every startup message names the data file it is about (the open path's own messages do).
  const message = e instanceof Error ? e.message : String(e);
  console.error(e instanceof AppError && message.includes(dataFile) ? message : `ATR Desk could not start with the data file ${dataFile}: ${message}`);
  process.exit(1);
});
