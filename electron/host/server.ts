// The loopback host: the real renderer and the real handlers over HTTP on 127.0.0.1, for
// browser mode and the e2e tests. Every /api request needs the per-run token, checked
// before anything else about the request is looked at.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { AppServices } from '../services/app';
import type { SettableClock } from '../services/clock';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const MAX_BODY = 6_000_000;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface HostOptions {
  app: AppServices;
  staticDir: string;
  port?: number;
  token?: string;
  /** Tests only (--test-clock): `POST /test/clock {"now": ISO}` sets the app's clock. */
  testClock?: SettableClock;
}

export interface Host {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

/** Constant-time comparison, so the token cannot be guessed byte by byte. */
export function tokenMatches(given: string | null | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function send(res: http.ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': CSP,
    'referrer-policy': 'no-referrer',
  });
  res.end(body);
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function serveStatic(staticDir: string, urlPath: string, res: http.ServerResponse): void {
  const root = path.resolve(staticDir);
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    send(res, 400, 'Bad request', 'text/plain; charset=utf-8');
    return;
  }
  let file = path.resolve(root, '.' + path.posix.normalize('/' + rel));
  if (!file.startsWith(root + path.sep) && file !== root) {
    send(res, 404, 'Not found', 'text/plain; charset=utf-8');
    return;
  }
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html');
  if (!fs.existsSync(file)) {
    send(res, 503, 'The renderer is not built yet: run `npm run build:renderer`.', 'text/plain; charset=utf-8');
    return;
  }
  send(res, 200, fs.readFileSync(file) as unknown as string, TYPES[path.extname(file)] ?? 'application/octet-stream');
}

export function startHost(options: HostOptions): Promise<Host> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const sseClients = new Set<http.ServerResponse>();
  const unsubscribe = options.app.onEvent((name, payload) => {
    const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const c of sseClients) c.write(frame);
  });
  let port = 0;

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // Refuse other Host names (DNS rebinding): only our own loopback address.
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      send(res, 403, JSON.stringify({ ok: false, error: { code: 'forbidden', message: 'Wrong host', path: '' } }));
      return;
    }
    if (options.testClock && url.pathname === '/test/clock' && req.method === 'POST') {
      if (!tokenMatches(req.headers['x-atr-token'] as string | undefined, token)) {
        send(res, 401, JSON.stringify({ ok: false, error: { code: 'unauthorized', message: 'A valid token is required', path: '' } }));
        return;
      }
      const body = JSON.parse((await readBody(req)) ?? '{}') as { now?: string };
      const ms = typeof body.now === 'string' ? Date.parse(body.now) : NaN;
      if (Number.isNaN(ms)) {
        send(res, 400, JSON.stringify({ ok: false, error: { code: 'invalid', message: 'now must be an ISO instant', path: '/now' } }));
        return;
      }
      options.testClock.set(ms);
      options.app.scheduler.tick();
      send(res, 200, JSON.stringify({ ok: true, value: { now: new Date(ms).toISOString() } }));
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      const given = url.pathname === '/api/events' ? url.searchParams.get('token') : req.headers['x-atr-token'];
      if (!tokenMatches(Array.isArray(given) ? given[0] : given, token)) {
        send(res, 401, JSON.stringify({ ok: false, error: { code: 'unauthorized', message: 'A valid token is required', path: '' } }));
        return;
      }
      if (url.pathname === '/api/events' && req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
        res.write(': connected\n\n');
        sseClients.add(res);
        req.on('close', () => sseClients.delete(res));
        return;
      }
      if (req.method !== 'POST') {
        send(res, 405, JSON.stringify({ ok: false, error: { code: 'method', message: 'Use POST', path: '' } }));
        return;
      }
      const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
      const body = await readBody(req).catch(() => null);
      if (body === null) {
        send(res, 413, JSON.stringify({ ok: false, error: { code: 'too_large', message: 'The request is too large', path: '' } }));
        return;
      }
      let request: unknown;
      try {
        request = body.trim() === '' ? {} : JSON.parse(body);
      } catch {
        send(res, 400, JSON.stringify({ ok: false, error: { code: 'invalid', message: 'The request body is not JSON', path: '' } }));
        return;
      }
      const result = await options.app.dispatch(channel, request);
      send(res, 200, JSON.stringify(result));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8');
      return;
    }
    serveStatic(options.staticDir, url.pathname, res);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/#token=${token}`,
        token,
        port,
        close: () =>
          new Promise<void>((done) => {
            unsubscribe();
            for (const c of sseClients) c.end();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
