import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHost, type Host } from '../../../electron/host/server';
import { settableClock } from '../../../electron/services/clock';
import { openTestApp, tempDir } from '../support/tempData';

const hosts: Host[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
});

async function host(): Promise<Host> {
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>ATR Desk</title>');
  fs.writeFileSync(path.join(staticDir, 'app.js'), 'console.log(1)');
  const h = await startHost({ app: openTestApp(), staticDir });
  hosts.push(h);
  return h;
}

const base = (h: Host) => `http://127.0.0.1:${h.port}`;

describe('loopback host', () => {
  it('answers 401 to any /api request without the token, before it looks at the channel', async () => {
    const h = await host();
    for (const [url, init] of [
      ['/api/services:list', { method: 'POST', body: '{}' }],
      ['/api/no-such-channel', { method: 'POST', body: 'not json' }],
      ['/api/services:list', { method: 'POST', body: '{}', headers: { 'x-atr-token': 'wrong' } }],
      ['/api/events', { method: 'GET' }],
      ['/api/services:list', { method: 'GET' }],
    ] as const) {
      const r = await fetch(base(h) + url, init);
      expect(r.status, url).toBe(401);
    }
  });

  it('answers 401 to a path that only becomes /api once normalised (dot segments), sent raw', async () => {
    const h = await host();
    for (const target of ['/./api/services:list', '/x/../api/services:list', '/%2e/api/services:list', '/static/%2e%2e/api/app:info', '/./api/events']) {
      const status = await new Promise<number>((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port: h.port, method: target.endsWith('events') ? 'GET' : 'POST', path: target }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end('{}');
      });
      expect(status, target).toBe(401);
    }
  });

  it('serves the contract with the token', async () => {
    const h = await host();
    const r = await fetch(`${base(h)}/api/services:list`, { method: 'POST', headers: { 'x-atr-token': h.token }, body: '{}' });
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ ok: true, value: { rows: [], total: 0 } });
    const bad = await fetch(`${base(h)}/api/services:create`, { method: 'POST', headers: { 'x-atr-token': h.token }, body: '{"circuitId":""}' });
    const body = (await bad.json()) as { ok: boolean; error: { path: string } };
    expect(body.ok).toBe(false);
    expect(body.error.path).toBe('/circuitId');
  });

  it('binds to 127.0.0.1 only and refuses other Host headers', async () => {
    const h = await host();
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=/);
    // fetch() will not send a foreign Host header, so a raw request plays the rebinding page.
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: h.port, path: '/', headers: { host: 'evil.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  it('serves the renderer with a strict CSP and never a file outside its folder', async () => {
    const h = await host();
    const page = await fetch(`${base(h)}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).not.toContain('unsafe-eval');
    for (const p of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd']) {
      const r = await fetch(base(h) + p);
      expect(await r.text()).not.toContain('root:');
    }
  });
});

describe('loopback host test clock', () => {
  it('is absent unless the host was started with one', async () => {
    const h = await host();
    const r = await fetch(`${base(h)}/test/clock`, { method: 'POST', headers: { 'x-atr-token': h.token }, body: '{"now":"2026-10-06T18:00:00Z"}' });
    expect(r.status).toBe(405);
  });

  it('sets the app clock with the token only', async () => {
    const staticDir = tempDir();
    const clock = settableClock(Date.parse('2026-10-06T17:00:00Z'));
    const app = openTestApp({ clock });
    const h = await startHost({ app, staticDir, testClock: clock });
    hosts.push(h);
    const denied = await fetch(`${base(h)}/test/clock`, { method: 'POST', body: '{"now":"2026-10-06T18:00:00Z"}' });
    expect(denied.status).toBe(401);
    expect(clock.now()).toBe(Date.parse('2026-10-06T17:00:00Z'));
    const ok = await fetch(`${base(h)}/test/clock`, { method: 'POST', headers: { 'x-atr-token': h.token }, body: '{"now":"2026-10-06T18:00:00Z"}' });
    expect(ok.status).toBe(200);
    expect(clock.now()).toBe(Date.parse('2026-10-06T18:00:00Z'));
  });
});
