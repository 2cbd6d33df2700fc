// `npm run host` / browser mode: serve the app on 127.0.0.1 with a per-run token.
//   node --import tsx electron/host/main.ts [--data FILE] [--demo] [--port N] [--clock ISO]
// --demo replaces the data file (default: demo-agency.sqlite beside the real one) with a new demo agency.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseInstant } from '../../shared/calendar/instant';
import { clockFrom, systemClock } from '../services/clock';
import { defaultDataFile, openApp } from '../services/app';
import { defaultDemoFile, openDemoApp } from '../services/demo';
import { AppError } from '../services/errors';
import { startHost } from './server';

const here = path.dirname(fileURLToPath(import.meta.url));
const STATIC_DIR = path.resolve(here, '../../build/renderer');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const demo = process.argv.includes('--demo');
  const dataFile = path.resolve(arg('--data') ?? (demo ? defaultDemoFile() : defaultDataFile()));
  const clockText = arg('--clock');
  const clockStart = clockText === undefined ? null : parseInstant(clockText);
  if (clockText !== undefined && clockStart === null) throw new AppError('invalid', `--clock: "${clockText}" is not an ISO-8601 instant with an offset`);
  const options = { dataFile, mode: 'browser' as const, clock: clockStart === null ? systemClock : clockFrom(clockStart) };
  const app = demo ? await openDemoApp(options) : openApp(options);
  const host = await startHost({ app, staticDir: STATIC_DIR, port: Number(arg('--port') ?? 0) });
  console.log(`ATR Desk is running at ${host.url}`);
  console.log(`Data file: ${dataFile}${demo ? ' (demo agency, regenerated at each start)' : ''}`);
  const stop = async () => {
    await host.close();
    app.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((e: unknown) => {
  console.error(e instanceof AppError ? e.message : `ATR Desk could not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
