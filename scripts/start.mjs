// `npm start` / `npm run demo`: the desktop app where an Electron runtime is installed, else the
// same app served by the loopback host on 127.0.0.1 (ARCHITECTURE.md "Desktop shell").
//
//   node scripts/start.mjs [--data FILE] [--demo] [--browser] [--no-build] [--dry-run] [--help]
//
// Electron's runtime is detected from node_modules/electron/path.txt and the binary it names;
// `require('electron')` is never called here, because that starts a download when the runtime
// is missing.
/* global process, console -- Node scripts; eslint.config.js declares no Node globals for .mjs */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));

const HELP = `ATR Desk

usage: npm start [-- OPTIONS]      (npm run demo = npm start -- --demo)

  --data FILE   open this data file (default: agency.sqlite in the user's ATR Desk folder)
  --demo        start with demo data (in a throwaway file unless --data is given)
  --browser     use the loopback host even if Electron is installed
  --no-build    use what is already in build/ (skip the renderer and shell builds)
  --dry-run     say what would run, and run nothing
  --help        this text

With an Electron runtime installed, this builds the renderer and the shell, builds
better-sqlite3 for Electron once (into build/native/electron/, leaving the Node build in
node_modules for the tests), and opens the desktop app.

Without one, it builds the renderer and serves the same app from the loopback host on
127.0.0.1; open the address it prints in a browser.

Getting an Electron runtime (it is not part of npm install here):
  - on a connected machine: node node_modules/electron/install.js
  - from a mirror:          ELECTRON_MIRROR=https://mirror.example/electron/ node node_modules/electron/install.js
  - from a zip you copied:  put electron-v<version>-<platform>-<arch>.zip in a folder and run
                            electron_config_cache=/that/folder node node_modules/electron/install.js
The first desktop start also needs Electron's headers to build better-sqlite3 (a connected
machine once, or ELECTRON_HEADERS_MIRROR). See README, "Setup".
`;

function parseArgs(argv) {
  const opts = { data: null, demo: false, browser: false, build: true, dryRun: false, help: false, unknown: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') opts.help = true;
    else if (a === '--demo') opts.demo = true;
    else if (a === '--browser') opts.browser = true;
    else if (a === '--dry-run') opts.dryRun = true;
    else if (a === '--no-build') opts.build = false;
    else if (a === '--data') {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new Error('--data needs a file name');
      opts.data = next;
      i++;
    } else if (a.startsWith('--data=')) opts.data = a.slice('--data='.length);
    else opts.unknown.push(a);
  }
  if (opts.data !== null) {
    // `npm start` runs in the package folder; a relative path means the caller's folder.
    opts.data = path.resolve(process.env.INIT_CWD ?? process.cwd(), opts.data);
  }
  return opts;
}

/** The Electron binary, or the reason there is none. Never downloads anything. */
function findElectronRuntime() {
  let dir;
  try {
    dir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return { binary: null, reason: 'the electron package is not installed' };
  }
  const pathFile = path.join(dir, 'path.txt');
  const platformName = { darwin: 'Electron.app/Contents/MacOS/Electron', win32: 'electron.exe' }[process.platform] ?? 'electron';
  // As node_modules/electron/index.js does: ELECTRON_OVERRIDE_DIST_PATH names a runtime folder elsewhere.
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const rel = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : override ? platformName : '';
  if (!rel) return { binary: null, reason: 'no Electron runtime installed (node_modules/electron/path.txt is missing)' };
  const binary = path.join(override || path.join(dir, 'dist'), rel);
  if (!fs.existsSync(binary)) return { binary: null, reason: `no Electron runtime installed (${binary} is missing)` };
  return { binary, reason: null };
}

function passArgs(opts) {
  return [...(opts.data ? ['--data', opts.data] : []), ...(opts.demo ? ['--demo'] : [])];
}

function run(cmd, args, label) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' && cmd === 'npm' });
  if (r.status !== 0) throw new Error(`${label} failed${r.error ? `: ${r.error.message}` : ''}`);
}

function npmRun(script) {
  // Under `npm start`, npm_execpath is npm's own CLI: run it with this Node.
  const npmCli = process.env.npm_execpath;
  if (npmCli && /npm-cli\.js$/.test(npmCli)) run(process.execPath, [npmCli, 'run', script], `npm run ${script}`);
  else run('npm', ['run', script], `npm run ${script}`);
}

/** Runs a child in the foreground: signals go to it, its exit code becomes ours. */
function foreground(cmd, args, env = process.env) {
  const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', env });
  const forward = (signal) => () => child.kill(signal);
  const onInt = forward('SIGINT');
  const onTerm = forward('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  child.on('error', (err) => {
    console.error(`could not start ${cmd}: ${err.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
    process.exit(code ?? (signal ? 1 : 0));
  });
}

async function startDesktop(binary, opts) {
  const args = ['.', ...passArgs(opts)];
  if (opts.dryRun) {
    if (opts.build) {
      console.log('would run: npm run build:renderer');
      console.log('would run: node scripts/build-electron.mjs (bundle main and preload)');
    }
    console.log('would build better-sqlite3 for Electron into build/native/electron/ if not current');
    console.log(`would run: ${binary} ${args.join(' ')}`);
    return;
  }
  const { buildElectron, prepareElectronNative } = await import('./build-electron.mjs');
  if (opts.build) {
    npmRun('build:renderer');
    await buildElectron({ quiet: true });
  }
  try {
    prepareElectronNative();
  } catch (err) {
    throw new Error(`${err instanceof Error ? err.message : err}\nMeanwhile, \`npm start -- --browser\` serves the app from 127.0.0.1.`, {
      cause: err,
    });
  }
  if (process.platform === 'linux' && process.getuid?.() === 0) {
    console.warn('ATR Desk: running as root; Electron refuses to start as root without --no-sandbox, which we do not add. Run as a normal user.');
  }
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would make the binary a plain Node
  foreground(binary, args, env);
}

function startHost(reason, opts) {
  const hostEntry = path.join(root, 'electron', 'host', 'main.ts');
  const args = ['--import', 'tsx', hostEntry, ...passArgs(opts)];
  console.log(
    `ATR Desk: ${reason}, so the app is served in your browser from 127.0.0.1 instead of a desktop window. ` +
      'To get the desktop app, install an Electron runtime on a connected machine (or with ELECTRON_MIRROR / ' +
      'electron_config_cache): see README "Setup" or `npm start -- --help`.',
  );
  if (opts.dryRun) {
    if (opts.build) console.log('would run: npm run build:renderer');
    console.log(`would run: ${process.execPath} ${args.join(' ')}`);
    if (!fs.existsSync(hostEntry)) console.log(`(note: ${path.relative(root, hostEntry)} does not exist yet)`);
    return;
  }
  if (!fs.existsSync(hostEntry)) throw new Error(`the loopback host (${path.relative(root, hostEntry)}) is missing`);
  if (opts.build) npmRun('build:renderer');
  // The host prints the address to open.
  foreground(process.execPath, args);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    process.stdout.write(HELP);
    return;
  }
  if (opts.unknown.length) throw new Error(`unknown option ${opts.unknown.join(' ')} (see --help)`);
  if (opts.browser) {
    startHost('--browser was given', opts);
    return;
  }
  const { binary, reason } = findElectronRuntime();
  if (!binary) startHost(reason, opts);
  else if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    startHost('an Electron runtime is installed but there is no display to open a window on (DISPLAY is not set)', opts);
  } else await startDesktop(binary, opts);
}

main().catch((err) => {
  console.error(`npm start: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
