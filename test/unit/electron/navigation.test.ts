// The desktop shell's navigation guard and permission policy are pure predicates: tested here in
// Node with hostile input, so the e2e test only has to show the window obeys them.
import { describe, expect, it } from 'vitest';
import {
  APP_INDEX_URL,
  CONTENT_SECURITY_POLICY,
  appFilePath,
  isAppUrl,
  mayGrantPermission,
} from '../../../electron/main/navigation';

describe('isAppUrl accepts our own pages', () => {
  it.each([
    APP_INDEX_URL,
    'app://atr/',
    'app://atr',
    'app://atr/index.html#/tickets/12',
    'app://atr/index.html?x=1#/claims',
    'app://atr/assets/index-abc123.js',
    'app://atr/assets/app%20icon.svg',
    'app://atr/index.html#/../../etc/passwd', // in the fragment: a client route, never a file
  ])('%s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });
});

describe('isAppUrl refuses everything else', () => {
  it.each([
    // the web
    'https://evil.example',
    'https://evil.example/index.html',
    'http://127.0.0.1:1/',
    'http://localhost:5173/index.html',
    'ws://127.0.0.1:1/',
    // script and inline documents
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'blob:app://atr/1234',
    'about:blank',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    'file:///etc/passwd',
    'file:///C:/Windows/system32/drivers/etc/hosts',
    'file://atr/index.html',
    // other hosts on our scheme, lookalikes, case games
    'app://evil/index.html',
    'app://evil/../atr/index.html',
    'app://atr.evil.example/index.html',
    'app://atrx/index.html',
    'app://at/index.html',
    'app://ATR/index.html',
    'APP://atr/index.html',
    'app:atr/index.html',
    'app:///index.html',
    'app:////atr/index.html',
    'app://atr:80/index.html',
    'app://atr:/index.html',
    // userinfo tricks
    'app://user@atr/index.html',
    'app://atr@evil.example/index.html',
    'app://atr:pw@atr/index.html',
    'https://app@evil.com',
    'https://app://atr@evil.com/',
    // traversal, plain and encoded
    'app://atr/../../etc/passwd',
    'app://atr/assets/../../../etc/passwd',
    'app://atr/./index.html',
    'app://atr/%2e%2e/%2e%2e/etc/passwd',
    'app://atr/%2E%2E/etc/passwd',
    'app://atr/.%2e/etc/passwd',
    'app://atr/%2e./etc/passwd',
    'app://atr/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://atr/..%2f..%2fetc%2fpasswd',
    'app://atr/..%5c..%5cwindows%5cwin.ini',
    'app://atr/..\\..\\etc\\passwd',
    'app://atr\\..\\etc\\passwd',
    'app://atr//etc/passwd',
    'app://atr/assets//x.js',
    'app://atr/index.html%00.png',
    'app://atr/%E0%A4%A',
    // whitespace and control characters the parser would silently drop
    ' app://atr/index.html',
    'app://atr/index.html\n',
    'app://atr/ind\tex.html',
    'app://atr/index.html\u0000',
    // not URLs at all
    '',
    'index.html',
    '/index.html',
    '//atr/index.html',
    'a'.repeat(5000),
  ])('%s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('refuses non-strings without throwing', () => {
    for (const x of [undefined, null, 42, {}, ['app://atr/']]) {
      expect(isAppUrl(x as unknown as string)).toBe(false);
    }
  });
});

describe('appFilePath', () => {
  it('maps our URLs to files under the renderer folder', () => {
    expect(appFilePath('app://atr/')).toBe('index.html');
    expect(appFilePath('app://atr')).toBe('index.html');
    expect(appFilePath('app://atr/index.html#/x')).toBe('index.html');
    expect(appFilePath('app://atr/assets/main-1.js?v=2')).toBe('assets/main-1.js');
    expect(appFilePath('app://atr/assets/app%20icon.svg')).toBe('assets/app icon.svg');
  });

  it.each([
    'app://atr/../../etc/passwd',
    'app://atr/%2e%2e/secret',
    'app://evil/index.html',
    'file:///etc/passwd',
    'app://atr/.env',
    'app://atr/assets/.hidden/x.js',
    'app://atr/C:/Windows/win.ini',
    'app://atr/C%3A/Windows/win.ini',
  ])('refuses %s', (url) => {
    expect(appFilePath(url)).toBeNull();
  });
});

describe('mayGrantPermission', () => {
  it.each([
    'notifications',
    'media',
    'geolocation',
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'openExternal',
    'fullscreen',
    'hid',
    'serial',
    'usb',
    'midiSysex',
    'pointerLock',
    'fileSystem',
    'unknown',
    '',
    'NOTIFICATIONS',
  ])('denies %s', (permission) => {
    expect(mayGrantPermission(permission)).toBe(false);
  });
});

describe('Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('never allows eval or inline script', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('wasm-unsafe-eval');
    expect(directives.get('script-src')).toEqual(["'self'"]);
  });

  it('names no remote origin and no wildcard', () => {
    for (const values of directives.values()) {
      for (const v of values) expect(v).toMatch(/^('self'|'none'|data:)$/);
    }
  });

  it('falls back to self and shuts frames, plugins, forms and base', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-src', 'frame-ancestors']) {
      expect(directives.get(name)).toEqual(["'none'"]);
    }
  });
});
