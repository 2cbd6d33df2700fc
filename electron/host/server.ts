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
import { parseInstant } from '../../shared/calendar/instant';

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
  /** Where a request that failed unexpectedly is reported (the client only gets a 400). */
  log?: (message: string) => void;
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

/** A request the host refuses with 400 and a message naming the problem (never a stack trace). */
export class BadRequest extends Error {}

function fail(res: http.ServerResponse, status: number, code: string, message: string, extra: Record<string, string> = {}): void {
  res.setHeader('connection', 'close');
  for (const [k, v] of Object.entries(extra)) res.setHeader(k, v);
  send(res, status, JSON.stringify({ ok: false, error: { code, message, path: '' } }));
}

/**
 * The body as text, or null when it is over MAX_BODY. Past the limit the rest is read and
 * dropped rather than the socket destroyed, so the client (still sending) can read the 413;
 * the 413 carries `connection: close`, and a client that keeps sending is cut off after a while.
 */
function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let size = 0;
    let over = false;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      if (over) return;
      size += c.length;
      if (size > MAX_BODY) {
        over = true;
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (over) return;
      // fatal: a body that is not UTF-8 is refused rather than read with U+FFFD in it.
      try {
        resolve(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)));
      } catch {
        reject(new BadRequest('The request body is not UTF-8 text'));
      }
    });
    req.on('error', reject);
  });
}

/**
 * 413 for a body over MAX_BODY. The rest of the body is still being read and dropped (see
 * readBody), so the client sees the answer; one that never stops sending is cut off.
 */
function tooLarge(req: http.IncomingMessage, res: http.ServerResponse): void {
  fail(res, 413, 'too_large', `The request is too large (over ${MAX_BODY} bytes)`);
  const cutOff = setTimeout(() => req.socket.destroy(), 10_000);
  cutOff.unref();
  req.socket.once('close', () => clearTimeout(cutOff));
}

/** The body parsed as JSON; an empty body is `{}`. */
function parseJson(body: string): unknown {
  if (body.trim() === '') return {};
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new BadRequest('The request body is not JSON');
  }
}

/**
 * The request target as a path and query. Only origin-form targets ("/path?query") are
 * served; `new URL("//", base)` reads "//" as a host and throws, which is how `GET //` used
 * to end the process, so the path is put after our own origin instead.
 */
function parseTarget(raw: string | undefined): URL {
  if (raw === undefined || !raw.startsWith('/')) throw new BadRequest('The address is not a path on this host');
  try {
    return new URL(`http://127.0.0.1${raw}`);
  } catch {
    throw new BadRequest('The address is not a valid URL');
  }
}

function decodeChannel(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    throw new BadRequest('The channel name in the address is not valid percent-encoding');
  }
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

  const unauthorized = (res: http.ServerResponse) => fail(res, 401, 'unauthorized', 'A valid token is required');

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // Refuse other Host names (DNS rebinding): only our own loopback address.
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      fail(res, 403, 'forbidden', 'Wrong host');
      return;
    }
    const rawTarget = req.url ?? '';
    const rawPath = rawTarget.split('?')[0]!;
    // The token is checked before anything else about an /api or /test request is read,
    // so a caller without it learns nothing, not even whether its address parses; and again
    // on the parsed path, which URL parsing normalises ("/./api/x" and "/x/../api/x" are /api/x).
    const needsToken = (p: string) => p.startsWith('/api/') || (options.testClock !== undefined && p === '/test/clock');
    const authorized = (p: string, query: string) => {
      const given = p === '/api/events' ? new URLSearchParams(query).get('token') : req.headers['x-atr-token'];
      return tokenMatches(Array.isArray(given) ? given[0] : given, token);
    };
    if (needsToken(rawPath) && !authorized(rawPath, rawTarget.slice(rawPath.length + 1))) {
      unauthorized(res);
      return;
    }
    if (rawPath.startsWith('//')) throw new BadRequest('The address is not a path on this host');
    const url = parseTarget(rawTarget);
    if (needsToken(url.pathname) && !authorized(url.pathname, url.search.slice(1))) {
      unauthorized(res);
      return;
    }
    if (options.testClock && url.pathname === '/test/clock' && req.method === 'POST') {
      const body = await readBody(req);
      if (body === null) {
        tooLarge(req, res);
        return;
      }
      const parsed = parseJson(body);
      const now = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as { now?: unknown }).now : undefined;
      const ms = typeof now === 'string' ? parseInstant(now) : null;
      if (ms === null) {
        send(res, 400, JSON.stringify({ ok: false, error: { code: 'invalid', message: 'now must be an ISO-8601 instant with an offset', path: '/now' } }));
        return;
      }
      options.testClock.set(ms);
      options.app.scheduler.tick();
      send(res, 200, JSON.stringify({ ok: true, value: { now: new Date(ms).toISOString() } }));
      return;
    }
    if (url.pathname.startsWith('/api/')) {
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
      const channel = decodeChannel(url.pathname.slice('/api/'.length));
      const body = await readBody(req);
      if (body === null) {
        tooLarge(req, res);
        return;
      }
      const result = await options.app.dispatch(channel, parseJson(body));
      send(res, 200, JSON.stringify(result));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8');
      return;
    }
    serveStatic(options.staticDir, url.pathname, res);
  }

  // The one guard every request goes through: whatever the request or a handler throws is
  // answered (400, naming the problem) and the host keeps serving (issue 10 item 1).
  const server = http.createServer((req, res) => {
    // A write to a socket the client already closed must not become an uncaught 'error'.
    req.on('error', () => {});
    res.on('error', () => {});
    handle(req, res).catch((e: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (e instanceof BadRequest) {
        fail(res, 400, 'invalid', e.message);
        return;
      }
      options.log?.(`host: request ${req.method ?? ''} failed: ${e instanceof Error && e.stack ? e.stack : String(e)}`);
      fail(res, 400, 'bad_request', 'The request could not be handled; nothing was saved');
    });
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
