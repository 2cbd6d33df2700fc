// The desktop shell cannot run here (no Electron runtime), so this boots the real bundle of
// electron/main under Node with a recording stand-in for the `electron` module: it shows the
// bundle builds and loads, opens a real data file through the services, registers every
// contract channel behind the sender check, serves only the renderer folder, and installs the
// guards. It does not show Chromium obeys them; that needs Electron (see README).
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../../shared/ipc/contract';

const repo = path.resolve(__dirname, '../../..');
type Fn = (...args: never[]) => unknown;
type Listener = (...args: unknown[]) => unknown;

interface Recorded {
  handles: Map<string, (event: unknown, req: unknown) => Promise<unknown>>;
  windows: { opts: { title: string; webPreferences: Record<string, unknown> } }[];
  protocol: { scheme: string; handler: (req: Request) => Promise<Response> } | null;
  schemes: { scheme: string; privileges: Record<string, boolean> }[];
  session: Record<string, Fn>;
  appEvents: Record<string, Listener[]>;
  wcEvents: Record<string, Listener[]>;
  windowOpen: ((d: { url: string }) => { action: string }) | null;
  sent: unknown[][];
  errors: string[][];
  exits: unknown[];
  loaded: string | null;
  preloadImports: string[];
}

function newRecord(): Recorded {
  return {
    handles: new Map(), windows: [], protocol: null, schemes: [], session: {}, appEvents: {}, wcEvents: {},
    windowOpen: null, sent: [], errors: [], exits: [], loaded: null, preloadImports: [],
  };
}
let rec: Recorded = newRecord();
const booted: Recorded[] = [];

let dir: string;
let dataFile: string;
const savedArgv = process.argv;
const M = Module as unknown as { _resolveFilename: (req: string, ...rest: unknown[]) => string };
const savedResolve = M._resolveFilename;

function on(store: Record<string, Listener[]>) {
  return function (this: unknown, event: string, fn: Listener) {
    (store[event] ??= []).push(fn);
    return this;
  };
}

function electronStub(rec: Recorded, appPath: string, paths: Record<string, string>) {
  const webContents = {
    on: on(rec.wcEvents),
    setWindowOpenHandler: (fn: Recorded['windowOpen']) => void (rec.windowOpen = fn),
    send: (...args: unknown[]) => void rec.sent.push(args),
    isDestroyed: () => false,
    reload: () => {},
  };
  class BrowserWindow {
    webContents = webContents;
    constructor(public opts: Recorded['windows'][number]['opts']) {
      rec.windows.push(this);
      for (const f of rec.appEvents['web-contents-created'] ?? []) f({}, webContents);
    }
    on() { return this; }
    once() { return this; }
    loadURL(url: string) { rec.loaded = url; return Promise.resolve(); }
    setTitle() {}
    show() {}
    focus() {}
    isMinimized() { return false; }
  }
  return {
    app: {
      on: on(rec.appEvents),
      setName: () => {},
      setPath: (k: string, v: string) => void (paths[k] = v),
      getPath: (k: string) => paths[k],
      requestSingleInstanceLock: () => true,
      whenReady: () => Promise.resolve(),
      getAppPath: () => appPath,
      isPackaged: false,
      exit: (c: unknown) => void rec.exits.push(c),
      quit: () => void rec.exits.push('quit'),
      getVersion: () => '0.0.0-test',
    },
    protocol: {
      registerSchemesAsPrivileged: (s: Recorded['schemes']) => void (rec.schemes = s),
      handle: (scheme: string, handler: (req: Request) => Promise<Response>) => void (rec.protocol = { scheme, handler }),
    },
    BrowserWindow,
    session: {
      defaultSession: {
        setPermissionRequestHandler: (f: Fn) => void (rec.session.request = f),
        setPermissionCheckHandler: (f: Fn) => void (rec.session.check = f),
        setDevicePermissionHandler: (f: Fn) => void (rec.session.device = f),
        setDisplayMediaRequestHandler: (f: Fn) => void (rec.session.display = f),
        webRequest: {
          onBeforeRequest: (f: Fn) => void (rec.session.before = f),
          onHeadersReceived: (f: Fn) => void (rec.session.headers = f),
        },
      },
    },
    ipcMain: {
      handle: (channel: string, fn: (event: unknown, req: unknown) => Promise<unknown>) => {
        if (rec.handles.has(channel)) throw new Error(`second handler for ${channel}`);
        rec.handles.set(channel, fn);
      },
    },
    dialog: {
      showErrorBox: (title: string, message: string) => void rec.errors.push([title, message]),
      showMessageBox: async () => ({ response: 0 }),
    },
    Menu: { buildFromTemplate: (t: unknown) => ({ t }), setApplicationMenu: () => {} },
    Notification: class {
      static isSupported() { return false; }
    },
  };
}

let appPath: string;
let bootCount = 0;

/** Loads a fresh copy of the bundle (module state is per copy) with its own stand-in and argv. */
async function boot(args: string[]): Promise<Recorded> {
  const r = newRecord();
  booted.push(r);
  const stub = electronStub(r, appPath, { appData: path.join(dir, 'appData'), temp: dir, documents: dir });
  const out = path.join(appPath, 'build', 'electron');
  const copy = path.join(out, `main-${bootCount++}.cjs`);
  fs.copyFileSync(path.join(out, 'main.cjs'), copy);
  M._resolveFilename = function (this: unknown, req: string, ...rest: unknown[]) {
    return req === 'electron' ? 'electron-stub' : savedResolve.call(this, req, ...rest);
  };
  const req = createRequire(path.join(repo, 'package.json'));
  req.cache['electron-stub'] = { id: 'electron-stub', filename: 'electron-stub', loaded: true, exports: stub } as unknown as NodeJS.Module;
  process.argv = ['/opt/electron', '.', ...args];
  try {
    req(copy);
    for (let i = 0; i < 250 && r.loaded === null && r.exits.length === 0; i++) await new Promise((res) => setTimeout(res, 20));
  } finally {
    delete req.cache['electron-stub'];
    M._resolveFilename = savedResolve;
    process.argv = savedArgv;
  }
  return r;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atr-main-bundle-'));
  appPath = path.join(dir, 'app');
  const out = path.join(appPath, 'build', 'electron');
  fs.mkdirSync(path.join(appPath, 'build', 'renderer'), { recursive: true });
  fs.writeFileSync(path.join(appPath, 'build', 'renderer', 'index.html'), '<!doctype html><title>ATR Desk</title>');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside');
  // better-sqlite3 stays external, as in the app: resolve it from the repository's node_modules.
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(appPath, 'node_modules'), 'junction');
  const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent', metafile: true, absWorkingDir: repo } as const;
  await esbuild.build({ ...common, entryPoints: [path.join(repo, 'electron/main/index.ts')], outfile: path.join(out, 'main.cjs'), external: ['electron', 'better-sqlite3'] });
  const preload = await esbuild.build({ ...common, entryPoints: [path.join(repo, 'electron/preload/index.ts')], outfile: path.join(out, 'preload.cjs'), external: ['electron'] });
  rec.preloadImports = Object.values(preload.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));

  dataFile = path.join(dir, 'agency.sqlite');
  const preloadImports = rec.preloadImports;
  rec = await boot(['--data', dataFile]);
  rec.preloadImports = preloadImports;
}, 30_000);

afterAll(() => {
  for (const r of booted) for (const f of r.appEvents['will-quit'] ?? []) f();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the main bundle, booted with a stand-in for electron', () => {
  it('starts without an error dialog and loads our page in one hardened window', () => {
    expect(rec.errors).toEqual([]);
    expect(rec.exits).toEqual([]);
    expect(rec.loaded).toBe('app://atr/index.html');
    expect(rec.windows).toHaveLength(1);
    const wp = rec.windows[0]?.opts.webPreferences ?? {};
    expect(wp).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(fs.existsSync(String(wp.preload))).toBe(true);
    expect(rec.schemes[0]).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
  });

  it('bundles a preload that requires nothing but electron', () => {
    expect(rec.preloadImports).toEqual(['electron']);
  });

  it('answers every contract channel, only for our page', async () => {
    // Every contract channel, and the desktop's own "save the claim packet as PDF".
    expect([...rec.handles.keys()].sort()).toEqual([...Object.keys(contract), 'desktop:savePacket'].sort());
    const info = rec.handles.get('app:info');
    expect(await info?.({ senderFrame: { url: 'app://atr/index.html' } }, {})).toMatchObject({
      ok: true,
      value: { dataFile, mode: 'desktop' },
    });
    expect(await info?.({ senderFrame: { url: 'https://evil.example/' } }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(fs.existsSync(dataFile)).toBe(true);
    // "Save the claim packet as PDF": refused to a page not ours, and for a claim the data file does not have.
    const save = rec.handles.get('desktop:savePacket');
    expect(await save?.({ senderFrame: { url: 'https://evil.example/#/claims/1/packet' } }, { claimId: 1 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await save?.({ senderFrame: { url: 'app://atr/index.html#/claims/1/packet' } }, { claimId: 1 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('pushes data:changed to the window after a write', async () => {
    const res = await rec.handles.get('contractors:create')?.({ senderFrame: { url: 'app://atr/index.html' } }, { name: 'Bundle Test Telecom' });
    expect(res).toMatchObject({ ok: true });
    expect(rec.sent).toContainEqual(['atr:event', 'data:changed', { tables: ['contractors'] }]);
  });

  it('serves the renderer folder and nothing beside it', async () => {
    const handler = rec.protocol?.handler;
    expect(rec.protocol?.scheme).toBe('app');
    const ok = await handler?.(new Request('app://atr/index.html'));
    expect(ok?.status).toBe(200);
    expect(ok?.headers.get('content-security-policy')).toContain("script-src 'self'");
    for (const url of ['app://atr/..%2fsecret.txt', 'app://atr/%2e%2e%2fsecret.txt', 'app://atr/../secret.txt']) {
      expect(await (await handler?.(new Request(url)))?.text()).not.toContain('outside');
    }
  });

  it('denies permissions, the network, new windows, navigation away and webviews', () => {
    let granted: boolean | null = null;
    (rec.session.request as unknown as (wc: unknown, p: string, cb: (g: boolean) => void) => void)({}, 'notifications', (g) => (granted = g));
    expect(granted).toBe(false);
    expect((rec.session.check as unknown as (wc: unknown, p: string) => boolean)({}, 'media')).toBe(false);
    const before = rec.session.before as unknown as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
    const cancelled = (url: string) => {
      let c: boolean | null = null;
      before({ url }, (r) => (c = r.cancel));
      return c;
    };
    expect(cancelled('https://evil.example/x')).toBe(true);
    expect(cancelled('http://127.0.0.1:1/')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('app://atr/index.html')).toBe(false);
    expect(rec.windowOpen?.({ url: 'https://evil.example' })).toEqual({ action: 'deny' });
    const prevented = (event: string, url?: string) => {
      let p = false;
      for (const f of rec.wcEvents[event] ?? []) f({ url, preventDefault: () => (p = true) });
      return p;
    };
    expect(prevented('will-navigate', 'https://evil.example')).toBe(true);
    expect(prevented('will-navigate', 'app://atr/index.html#/tickets')).toBe(false);
    expect(prevented('will-frame-navigate', 'data:text/html,x')).toBe(true);
    expect(prevented('will-redirect', 'http://127.0.0.1:1/')).toBe(true);
    expect(prevented('will-attach-webview')).toBe(true);
    expect(rec.wcEvents['will-navigate']).toHaveLength(1);
  });
});

describe('starting in other ways', () => {
  it('--demo opens a generated demo agency in the given file', async () => {
    const demoFile = path.join(dir, 'demo.sqlite');
    const r = await boot(['--demo', '--data', demoFile]);
    expect(r.errors).toEqual([]);
    expect(r.windows[0]?.opts.title).toBe('demo.sqlite — ATR Desk (demo)');
    const services = await r.handles.get('services:list')?.({ senderFrame: { url: 'app://atr/index.html' } }, {});
    expect(services).toMatchObject({ ok: true });
    expect((services as { value: { total: number } }).value.total).toBeGreaterThan(0);
  }, 30_000);

  it('--demo refuses to replace the agency file', async () => {
    const real = path.join(dir, 'appData', 'ATR Desk', 'agency.sqlite');
    fs.mkdirSync(path.dirname(real), { recursive: true });
    fs.writeFileSync(real, 'not touched');
    const r = await boot(['--demo', '--data', real]);
    expect(r.windows).toHaveLength(0);
    expect(r.exits).toEqual([1]);
    expect(r.errors[0]?.[1]).toContain('would replace your agency');
    expect(fs.readFileSync(real, 'utf8')).toBe('not touched');
  });

  it('a data file from a newer app: a dialog that says so, and no window', async () => {
    const newer = path.join(dir, 'newer.sqlite');
    const req = createRequire(path.join(repo, 'package.json'));
    const Database = req('better-sqlite3') as new (file: string) => { pragma(s: string): unknown; close(): void };
    const db = new Database(newer);
    // A newer ATR Desk marks its files as ours (application_id "ATRD", electron/services/db/open.ts).
    db.pragma('application_id = 1096045124');
    db.pragma('user_version = 9999');
    db.close();
    const r = await boot(['--data', newer]);
    expect(r.windows).toHaveLength(0);
    expect(r.exits).toEqual([1]);
    expect(r.errors[0]?.[0]).toBe('The data file could not be opened');
    expect(r.errors[0]?.[1]).toMatch(/newer version of ATR Desk/);
  });
});
