// `npm run host` / browser mode: serve the app on 127.0.0.1 with a per-run token.
//   node --import tsx electron/host/main.ts [--data FILE] [--port N] [--clock ISO]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseInstant } from '../../shared/calendar/instant';
import { clockFrom, systemClock } from '../services/clock';
import { defaultDataFile, openApp } from '../services/app';
import { AppError } from '../services/errors';
import { startHost } from './server';

const here = path.dirname(fileURLToPath(import.meta.url));
const STATIC_DIR = path.resolve(here, '../../build/renderer');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const dataFile = path.resolve(arg('--data') ?? defaultDataFile());
  const clockText = arg('--clock');
  const clockStart = clockText === undefined ? null : parseInstant(clockText);
  if (clockText !== undefined && clockStart === null) throw new AppError('invalid', `--clock: "${clockText}" is not an ISO-8601 instant with an offset`);
  const app = openApp({ dataFile, mode: 'browser', clock: clockStart === null ? systemClock : clockFrom(clockStart) });
  const host = await startHost({ app, staticDir: STATIC_DIR, port: Number(arg('--port') ?? 0) });
  console.log(`ATR Desk is running at ${host.url}`);
  console.log(`Data file: ${dataFile}`);
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
