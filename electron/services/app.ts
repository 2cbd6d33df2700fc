// The app's back end as one object: the data file, the handlers behind the contract, and
// the events main pushes to the renderer. The desktop shell and the loopback host both use
// it; only the transport differs (ARCHITECTURE.md).
import os from 'node:os';
import path from 'node:path';
import { contract, isChannel, type EventName, type IpcResult } from '../../shared/ipc/contract';
import { DEFAULT_CALENDAR, localDate, toUtcIso } from '../../shared/calendar';
import { dailyBackup } from './db/backup';
import { systemClock, type Clock } from './clock';
import { dispatch } from './dispatch';
import { isReadOnlyFile, openDatabase, type Db } from './db/open';
import { handlers } from './handlers';
import { createScheduler, type Scheduler } from './scheduler';
import type { HandlerContext } from './handlers/types';

export interface AppServices {
  dispatch(channel: string, request: unknown): Promise<IpcResult<unknown>>;
  onEvent(listener: (name: EventName, payload: unknown) => void): () => void;
  emit(name: EventName, payload: unknown): void;
  readonly dataFile: string;
  /** The file could not be written (or readonly was asked): every change is refused. */
  readonly readOnly: boolean;
  readonly db: Db;
  readonly clock: Clock;
  readonly scheduler: Scheduler;
  close(): void;
}

export interface OpenAppOptions {
  dataFile: string;
  mode: 'desktop' | 'browser';
  clock?: Clock;
  nativeBinding?: string;
  log?: (message: string) => void;
  /** Run the notification scheduler (default true; tests drive it by hand). */
  scheduler?: boolean;
  /** Open read-only even if the file is writable (a file that is not writable always is). */
  readonly?: boolean;
  /** Take the day's backup copy at start (default true). */
  backup?: boolean;
}

/** The folder Electron calls userData for productName "ATR Desk", so both modes share a file. */
export function userDataFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'ATR Desk');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'ATR Desk');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'ATR Desk');
}

export function defaultDataFile(): string {
  return path.join(userDataFolder(), 'agency.sqlite');
}

export function openApp(options: OpenAppOptions): AppServices {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? ((m: string) => console.error(m));
  // A file this process may not write opens read-only (openDatabase decides): the app shows it
  // and refuses each change with one clear message instead of failing deep in a write.
  const db = openDatabase(options.dataFile, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.readonly ? { readonly: true } : {}),
  });
  const readOnly = db.readonly;
  // A file nobody here may write is the reason to give even when read-only was also asked for:
  // it is the one the ATR has to fix (permissions, a share) before saving anything.
  const readOnlyReason = !readOnly ? null : isReadOnlyFile(options.dataFile) ? 'not-writable' : 'asked';
  const listeners = new Set<(name: EventName, payload: unknown) => void>();
  const emit = (name: EventName, payload: unknown) => {
    for (const l of listeners) l(name, payload);
  };
  const ctx: HandlerContext = {
    db,
    clock,
    dataFile: path.resolve(options.dataFile),
    mode: options.mode,
    readOnly,
    readOnlyReason,
    nowIso: () => toUtcIso(clock.now()),
  };
  if (options.backup !== false) {
    const today = localDate(DEFAULT_CALENDAR, clock.now());
    dailyBackup(db, ctx.dataFile, today).catch((e: unknown) => log(`daily backup of ${ctx.dataFile} failed: ${e instanceof Error ? e.message : String(e)}`));
  }
  const scheduler = createScheduler({ db, clock, emit: (n) => emit('notice', n) });
  if (options.scheduler !== false) scheduler.start();
  return {
    dataFile: ctx.dataFile,
    db,
    clock,
    scheduler,
    emit,
    readOnly,
    async dispatch(channel, request) {
      if (readOnly && isChannel(channel) && (contract[channel].writes ?? []).length > 0) {
        return { ok: false, error: { code: 'read_only', message: `The data file ${ctx.dataFile} is open read-only; nothing was saved.`, path: '' } };
      }
      const started = performance.now();
      const { result, wrote } = await dispatch(handlers, ctx, channel, request, log);
      const ms = performance.now() - started;
      if (ms > 40) log(`slow call ${channel}: ${ms.toFixed(1)} ms`);
      if (wrote.length) emit('data:changed', { tables: [...wrote] });
      return result;
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      scheduler.stop();
      listeners.clear();
      if (db.open) db.close();
    },
  };
}
