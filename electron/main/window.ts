// The one place windows are made, and the guards every web contents gets (ARCHITECTURE.md
// "Desktop shell"): isolated sandboxed renderer, strict CSP, navigation/new windows/webviews
// denied, permissions denied, no network. The page is the built renderer served from
// app://atr/ (a privileged standard scheme), so the CSP's 'self' means exactly our files and
// the navigation guard has one origin to allow.
import { BrowserWindow, protocol, type Session, type WebContents } from 'electron';
import { serveAppRequest } from './files';
import { APP_SCHEME, CONTENT_SECURITY_POLICY, isAppUrl, mayGrantPermission } from './navigation';

/** Call before app `ready`: app:// behaves like https (origin, 'self', fetch, secure context). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves app://atr/… from `rendererRoot` (build/renderer) only. Call after `ready`. */
export function handleAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const res = await serveAppRequest(rendererRoot, request.url, request.method);
    return new Response(typeof res.body === 'string' ? res.body : new Uint8Array(res.body), {
      status: res.status,
      headers: res.headers,
    });
  });
}

/** Schemes the window's session may load: our files, inline data/blob objects, DevTools. */
const ALLOWED_REQUEST_SCHEMES = new Set([`${APP_SCHEME}:`, 'data:', 'blob:', 'devtools:']);

function schemeOf(url: string): string {
  const m = /^([a-z][a-z0-9+.-]*:)/i.exec(url);
  return m?.[1]?.toLowerCase() ?? '';
}

/**
 * Session-wide guards: every permission request and check denied, no device access, the CSP
 * header on every response, and no request leaves the app (http, https, ws, file, …): the app
 * is offline by design, so nothing the page or a library tries can reach the network.
 */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_wc, permission, callback) => callback(mayGrantPermission(permission)));
  ses.setPermissionCheckHandler((_wc, permission) => mayGrantPermission(permission));
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_req, callback) => callback(null));
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !ALLOWED_REQUEST_SCHEMES.has(schemeOf(details.url)) });
  });
  ses.webRequest.onHeadersReceived((details, callback) => {
    if (schemeOf(details.url) === 'devtools:') {
      callback({});
      return;
    }
    const headers: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
}

/**
 * Guards for any web contents (the app calls this from `web-contents-created`, so a window made
 * anywhere gets them): leaving our pages, new windows and <webview> are all refused. Links to
 * the outside world are not opened in a browser either: no URL ever reaches shell.openExternal.
 */
const hardened = new WeakSet<WebContents>();

export function hardenWebContents(contents: WebContents, log: (m: string) => void = () => {}): void {
  if (hardened.has(contents)) return;
  hardened.add(contents);
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) {
      event.preventDefault();
      log(`navigation refused: ${event.url}`);
    }
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) {
      event.preventDefault();
      log(`frame navigation refused: ${event.url}`);
    }
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) {
      event.preventDefault();
      log(`redirect refused: ${event.url}`);
    }
  });
  contents.setWindowOpenHandler(({ url }) => {
    log(`new window refused: ${url}`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('webview refused');
  });
}

export interface MainWindowOptions {
  preload: string;
  title: string;
  /** Developer tools (View menu, keyboard) only in unpackaged runs. */
  devTools: boolean;
  log?: (m: string) => void;
}

/** Makes the window, hidden until its first paint; the caller loads APP_INDEX_URL and handles failure. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: options.title,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: options.devTools,
    },
  });
  hardenWebContents(win.webContents, options.log);
  // The window's title names the data file; the page's <title> does not replace it.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  return win;
}
