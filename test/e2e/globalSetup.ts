// Before the end-to-end tests: the loopback host bundled once (esbuild), so each test's host
// starts in under a second instead of transpiling the back end through tsx at every start
// (4-6 s of CPU per test on CI's two cores, a third of the suite's time). The bundle is the same
// source, built/renderer served from the same place (build/host/ sits as deep as electron/host/).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const HOST_BUNDLE = path.join(root, 'build/host/main.mjs');

export default async function globalSetup(): Promise<void> {
  await esbuild.build({
    entryPoints: [path.join(root, 'electron/host/main.ts')],
    outfile: HOST_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // node_modules stay imports (better-sqlite3 is native; the rest load as the app loads them).
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
    absWorkingDir: root,
  });
}
