// Each test gets its own loopback host on a fresh data file. The host prints one line with
// its address and token; we wait for that line (never a fixed sleep). `restart()` stops the
// host and starts a new one on the same file, as a person closing and reopening the app.
import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChannelName, IpcResult, RequestOf, ResponseOf } from '../../shared/ipc/contract';
import { AppShell } from './pages/AppShell';
import { HOST_BUNDLE } from './globalSetup';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const READY_LINE = /ATR Desk is running at (http:\/\/127\.0\.0\.1:\d+\/#token=([^\s]+))/;
const START_TIMEOUT_MS = 30_000;

/**
 * Console errors that are not the app's fault: a stopped host refusing the event stream's
 * reconnect, and Chromium's note that `frame-ancestors` in a <meta> CSP is ignored (the host
 * sends it as a header, where it applies; the meta keeps the same policy for file://).
 */
const IGNORED_CONSOLE = [/net::ERR_CONNECTION_REFUSED/, /Failed to load resource/, /'frame-ancestors' is ignored/];

interface Running {
  child: ChildProcess;
  url: string;
  origin: string;
  token: string;
  output: string[];
}

function launch(dataFile: string, extraArgs: readonly string[] = []): Promise<Running> {
  // The host as bundled by globalSetup.ts (the same source, without tsx at every start).
  const child = spawn(process.execPath, ['--enable-source-maps', HOST_BUNDLE, '--data', dataFile, '--port', '0', ...extraArgs], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'test' },
  });
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the host did not print its address within ${START_TIMEOUT_MS} ms:\n${output.join('')}`));
    }, START_TIMEOUT_MS);
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`the host exited (code ${code}) before it was ready:\n${output.join('')}`));
    };
    child.once('exit', onExit);
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      output.push(text);
      buffered += text;
      const m = READY_LINE.exec(buffered);
      if (!m) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      const url = m[1]!;
      buffered = '';
      resolve({ child, url, origin: new URL(url).origin, token: m[2]!, output });
    });
  });
}

function stop(running: Running): Promise<void> {
  const { child } = running;
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export interface Host {
  /** The address with the token, as the host printed it. */
  readonly url: string;
  readonly dataFile: string;
  /**
   * Stops the host and starts a new one on the same data file; resolves to the new address.
   * `moreArgs` are added for this start and the later ones (e.g. ['--read-only']); `drop` leaves
   * arguments out from now on (['--demo']: reopen the demo's file as it is, not a new demo).
   */
  restart(moreArgs?: readonly string[], drop?: readonly string[]): Promise<string>;
  /** Calls a contract channel directly, for setting up and checking data around the UI. */
  call<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>>;
  /** Like `call`, failing the test on an error result. */
  value<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
  /** With `testClock`: sets the host's clock (and runs the notification scheduler once). */
  setClock(iso: string): Promise<void>;
}

interface Options {
  /** More arguments for the host, e.g. ['--demo']. */
  hostArgs: string[];
  /** Starts the host with `--test-clock` at this instant and fixes the page's clock there too. */
  testClock: string | null;
}

interface Fixtures {
  host: Host;
  app: AppShell;
  /** Moves time for both the host and the page (needs `testClock`). */
  setClock: (iso: string) => Promise<void>;
}

export const test = base.extend<Fixtures & Options>({
  hostArgs: [[], { option: true }],
  testClock: [null, { option: true }],

  host: async ({ hostArgs, testClock }, use, testInfo) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atr-e2e-'));
    const dataFile = path.join(dir, 'agency.sqlite');
    let args = [...hostArgs, ...(testClock ? ['--test-clock', testClock] : [])];
    let running = await launch(dataFile, args);
    const call = async <C extends ChannelName>(channel: C, request: RequestOf<C>) => {
      const res = await fetch(`${running.origin}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-atr-token': running.token },
        body: JSON.stringify(request),
      });
      return (await res.json()) as IpcResult<ResponseOf<C>>;
    };
    const host: Host = {
      get url() {
        return running.url;
      },
      dataFile,
      async restart(moreArgs = [], drop = []) {
        args = [...args.filter((a) => !drop.includes(a)), ...moreArgs];
        await stop(running);
        running = await launch(dataFile, args);
        return running.url;
      },
      call,
      async setClock(iso) {
        const res = await fetch(`${running.origin}/test/clock`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-atr-token': running.token },
          body: JSON.stringify({ now: iso }),
        });
        if (res.status !== 200) throw new Error(`setting the host clock failed (HTTP ${res.status}): ${await res.text()}`);
      },
      async value(channel, request) {
        const result = await call(channel, request);
        if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
        return result.value;
      },
    };
    try {
      await use(host);
    } finally {
      await stop(running);
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('host output', { body: running.output.join(''), contentType: 'text/plain' });
      }
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },

  app: async ({ page, host, testClock }, use) => {
    if (testClock) await page.clock.setFixedTime(testClock);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && !IGNORED_CONSOLE.some((re) => re.test(m.text()))) errors.push(m.text());
    });
    const shell = new AppShell(page);
    await shell.open(host.url);
    await use(shell);
    // A CSP violation or an uncaught exception fails the test even if the screen looked fine.
    expect(errors, 'errors in the page console').toEqual([]);
  },

  // The page is the app's (opened at the test clock's instant), so time moves for both.
  setClock: async ({ app, host }, use) => {
    const { page } = app;
    await use(async (iso) => {
      await host.setClock(iso);
      await page.clock.setFixedTime(iso);
    });
  },
});

export { expect };
export type { Page };
