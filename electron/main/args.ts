// Command-line options of the desktop app and where its native SQLite binding lives. No
// electron import: plain functions, tested in Node.
import fs from 'node:fs';
import path from 'node:path';

export interface LaunchOptions {
  /** Absolute path of the data file asked for with --data, if any. */
  dataFile: string | null;
  demo: boolean;
}

/**
 * Reads `--data FILE` (or `--data=FILE`) and `--demo` from anywhere in argv: Electron's argv is
 * [exe, '.', ...] unpackaged and [exe, ...] packaged, and Chromium may add switches of its
 * own, so positions are not relied on. A relative FILE is taken from `cwd`.
 */
export function parseLaunchArgs(argv: readonly string[], cwd: string): LaunchOptions {
  let dataFile: string | null = null;
  let demo = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--demo') demo = true;
    else if (arg === '--data') {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        dataFile = next;
        i++;
      }
    } else if (arg?.startsWith('--data=')) {
      dataFile = arg.slice('--data='.length);
    }
  }
  return { dataFile: dataFile ? path.resolve(cwd, dataFile) : null, demo };
}

/** Where scripts/start.mjs (and packaging) put better-sqlite3 built for Electron's ABI. */
export const ELECTRON_NATIVE_RELATIVE = path.join('build', 'native', 'electron', 'better_sqlite3.node');

/**
 * The Electron-ABI better-sqlite3 binary for this app, or undefined to let better-sqlite3 find
 * its own (which is built for plain Node, so opening the data file would then fail with an ABI
 * message the app shows in a dialog). Packaged, the file sits in app.asar.unpacked: a native
 * module cannot be loaded from inside the archive.
 */
export function electronNativeBinding(appPath: string, exists: (file: string) => boolean = fs.existsSync): string | undefined {
  const inApp = path.join(appPath, ELECTRON_NATIVE_RELATIVE);
  const candidates = [inApp.replace(/app\.asar(?=[\\/])/, 'app.asar.unpacked'), inApp];
  return candidates.find((file) => exists(file));
}
