// The app:// handler's file serving, on a real folder: only files under the renderer folder,
// never a neighbour, with the security headers on every answer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mimeType, resolveAppFile, serveAppRequest } from '../../../electron/main/files';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/navigation';

let dir: string;
let root: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atr-files-'));
  root = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>ATR Desk</title>');
  fs.writeFileSync(path.join(root, 'assets', 'main.js'), 'console.log(1)');
  fs.mkdirSync(path.join(root, 'assets', 'folder.js'));
  fs.writeFileSync(path.join(root, '.env'), 'SECRET=1');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside the renderer folder');
  fs.mkdirSync(path.join(dir, 'renderer-evil'));
  fs.writeFileSync(path.join(dir, 'renderer-evil', 'x.js'), 'evil');
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('resolveAppFile', () => {
  it('maps URLs to files inside the folder, client routes to the index page', () => {
    expect(resolveAppFile(root, 'app://atr/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://atr/assets/main.js')).toBe(path.join(root, 'assets', 'main.js'));
    expect(resolveAppFile(root, 'app://atr/tickets/12')).toBe(path.join(root, 'index.html'));
  });

  it.each([
    'app://atr/../secret.txt',
    'app://atr/%2e%2e/secret.txt',
    'app://atr/..%2fsecret.txt',
    'app://atr/../renderer-evil/x.js',
    'app://atr/.env',
    'app://evil/index.html',
    'file:///etc/passwd',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });
});

describe('serveAppRequest', () => {
  it('serves a file with its type and the CSP', async () => {
    const res = await serveAppRequest(root, 'app://atr/assets/main.js');
    expect(res.status).toBe(200);
    expect(res.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(String(res.body)).toBe('console.log(1)');
  });

  it('serves the index page for the root', async () => {
    const res = await serveAppRequest(root, 'app://atr/');
    expect(res.status).toBe(200);
    expect(res.headers['Content-Type']).toBe('text/html; charset=utf-8');
  });

  it('answers 404, with the CSP, for anything outside or missing', async () => {
    for (const url of ['app://atr/../secret.txt', 'app://atr/assets/missing.js', 'app://atr/assets.js', 'app://atr/.env']) {
      const res = await serveAppRequest(root, url);
      expect(res.status, url).toBe(404);
      expect(res.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(String(res.body)).not.toContain('outside');
    }
  });

  it('answers 404 for a folder', async () => {
    expect((await serveAppRequest(root, 'app://atr/assets/folder.js')).status).toBe(404);
  });

  it('allows only GET and HEAD', async () => {
    expect((await serveAppRequest(root, 'app://atr/', 'POST')).status).toBe(405);
    const head = await serveAppRequest(root, 'app://atr/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });
});

describe('mimeType', () => {
  it('knows the renderer build and defaults to a download type', () => {
    expect(mimeType('a.css')).toBe('text/css; charset=utf-8');
    expect(mimeType('a.SVG')).toBe('image/svg+xml');
    expect(mimeType('a.woff2')).toBe('font/woff2');
    expect(mimeType('a.exe')).toBe('application/octet-stream');
  });
});
