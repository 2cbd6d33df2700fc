// Bundles the desktop shell with esbuild (`npm run build:electron`):
//   electron/main/index.ts    → build/electron/main.cjs     (with electron/services and shared/)
//   electron/preload/index.ts → build/electron/preload.cjs  (one CommonJS file: a sandboxed
//                                                             preload cannot require our modules)
// electron and better-sqlite3 stay external (the runtime provides one, node_modules the other).
//
// `node scripts/build-electron.mjs --native` also builds better-sqlite3 for Electron's ABI into
// build/native/electron/ (see prepareElectronNative); the Node build in node_modules, which the
// tests and the host use, is never touched.
/* global process, console -- Node scripts; eslint.config.js declares no Node globals for .mjs */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));

export const outDir = path.join(root, 'build', 'electron');
export const nativeDir = path.join(root, 'build', 'native', 'electron');
export const nativeFile = path.join(nativeDir, 'better_sqlite3.node');

/** What the sandboxed preload may require at run time: Electron's own module, nothing else. */
const PRELOAD_ALLOWED_IMPORTS = new Set(['electron']);

export async function buildElectron({ quiet = false } = {}) {
  fs.mkdirSync(outDir, { recursive: true });
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    legalComments: 'none',
    logLevel: quiet ? 'warning' : 'info',
    metafile: true,
    absWorkingDir: root,
  };
  const main = await esbuild.build({
    ...common,
    entryPoints: [path.join(root, 'electron/main/index.ts')],
    outfile: path.join(outDir, 'main.cjs'),
    external: ['electron', 'better-sqlite3'],
  });
  const preload = await esbuild.build({
    ...common,
    entryPoints: [path.join(root, 'electron/preload/index.ts')],
    outfile: path.join(outDir, 'preload.cjs'),
    external: ['electron'],
  });
  // A preload that requires anything but electron would fail at run time in the sandbox.
  const preloadImports = Object.values(preload.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
  const forbidden = preloadImports.filter((p) => !PRELOAD_ALLOWED_IMPORTS.has(p));
  if (forbidden.length) {
    throw new Error(`the preload must import only electron; it imports ${forbidden.join(', ')}`);
  }
  return { main: main.metafile, preload: preload.metafile };
}

// ---------------------------------------------------------------------------------------------
// better-sqlite3 for Electron's ABI
// ---------------------------------------------------------------------------------------------

export function electronVersion() {
  return JSON.parse(fs.readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
}

function betterSqliteDir() {
  return path.dirname(require.resolve('better-sqlite3/package.json'));
}

function stampFor(version) {
  const bs = JSON.parse(fs.readFileSync(path.join(betterSqliteDir(), 'package.json'), 'utf8')).version;
  return { electron: version, betterSqlite3: bs, platform: process.platform, arch: process.arch };
}

/** Is build/native/electron/better_sqlite3.node built for this Electron, platform and module version? */
export function electronNativeIsCurrent(version = electronVersion(), dir = nativeDir) {
  try {
    const stamp = JSON.parse(fs.readFileSync(path.join(dir, 'stamp.json'), 'utf8'));
    return fs.existsSync(path.join(dir, 'better_sqlite3.node')) && JSON.stringify(stamp) === JSON.stringify(stampFor(version));
  } catch {
    return false;
  }
}

function nodeGypScript() {
  try {
    return require.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    // npm ships its own node-gyp; npm_execpath is set when we run under `npm start`.
    const npmCli = process.env.npm_execpath;
    const candidate = npmCli && path.join(path.dirname(npmCli), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    if (candidate && fs.existsSync(candidate)) return candidate;
    throw new Error('node-gyp was not found (neither in node_modules nor beside npm)');
  }
}

/**
 * Builds better-sqlite3 against Electron's headers in a copy of its sources under
 * build/native/electron/src, and puts the binary at build/native/electron/better_sqlite3.node,
 * which the main process passes to better-sqlite3 as `nativeBinding`. node_modules keeps the
 * Node build. The first run downloads Electron's headers (about 3 MB, cached in ~/.electron-gyp):
 * it needs a connected machine, or ELECTRON_HEADERS_MIRROR pointing at a local mirror of
 * https://electronjs.org/headers (same layout: /v<version>/node-v<version>-headers.tar.gz and
 * SHASUMS256.txt). Compiling SQLite takes a minute or two.
 */
export function prepareElectronNative({
  force = false,
  log = console.log,
  // Overridable for a dry rehearsal of this step; the app reads the default place only.
  dir = nativeDir,
  devdir = path.join(os.homedir(), '.electron-gyp'),
  version = electronVersion(),
} = {}) {
  const outFile = path.join(dir, 'better_sqlite3.node');
  if (!force && electronNativeIsCurrent(version, dir)) return outFile;
  const src = path.join(dir, 'src', 'better-sqlite3');
  fs.rmSync(src, { recursive: true, force: true });
  fs.mkdirSync(src, { recursive: true });
  fs.cpSync(betterSqliteDir(), src, {
    recursive: true,
    filter: (p) => !/[\\/](build|node_modules|prebuilds)$/.test(p),
  });
  // Not npm_config_disturl: on our machines that, like nodedir, is about Node's headers.
  const distUrl = process.env.ELECTRON_HEADERS_MIRROR || 'https://electronjs.org/headers';
  const env = { ...process.env };
  // The machine's npm config points node-gyp at Node's headers (nodedir=/usr): under `npm start`
  // that arrives as npm_config_nodedir and would build for Node's ABI. Take it out.
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|build_from_source)$/i.test(key)) delete env[key];
  }
  log(`Building better-sqlite3 for Electron ${version} (${process.platform}-${process.arch}) into ${path.relative(root, dir)}/ …`);
  const result = spawnSync(
    process.execPath,
    [
      nodeGypScript(),
      'rebuild',
      '--release',
      `--target=${version}`,
      '--runtime=electron',
      `--dist-url=${distUrl}`,
      `--arch=${process.arch}`,
      `--devdir=${devdir}`,
    ],
    { cwd: src, env, stdio: 'inherit' },
  );
  const built = path.join(src, 'build', 'Release', 'better_sqlite3.node');
  if (result.status !== 0 || !fs.existsSync(built)) {
    throw new Error(
      `better-sqlite3 could not be built for Electron ${version}. The first build downloads Electron's headers ` +
        `from ${distUrl}: run it once on a connected machine (or point ELECTRON_HEADERS_MIRROR at a mirror).`,
    );
  }
  fs.copyFileSync(built, outFile);
  fs.writeFileSync(path.join(dir, 'stamp.json'), `${JSON.stringify(stampFor(version), null, 2)}\n`);
  log(`better-sqlite3 for Electron: ${path.relative(root, outFile)}`);
  return outFile;
}

async function main(argv) {
  if (argv.includes('--help')) {
    console.log('usage: node scripts/build-electron.mjs [--native [--force]]');
    console.log('  bundles build/electron/main.cjs and preload.cjs; --native also builds better-sqlite3 for Electron');
    return;
  }
  await buildElectron();
  if (argv.includes('--native')) prepareElectronNative({ force: argv.includes('--force') });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
