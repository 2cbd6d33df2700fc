// Issue 10 item 1: the host never dies on a request. The real host runs as its own process
// (as `npm run host` does), so a request that throws outside the guard would end it; after
// each bad request a normal one must still answer.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDataFile } from '../support/tempData';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
});

interface Running {
  child: ChildProcess;
  port: number;
  token: string;
  stderr: () => string;
}

/** Starts electron/host/main.ts on a fresh data file and waits for the URL it prints. */
function startRealHost(extra: string[] = []): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/main.ts', '--data', tempDataFile(), '--port', '0', ...extra], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  let err = '';
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /http:\/\/127\.0\.0\.1:(\d+)\/#token=([\w-]+)/.exec(out);
      if (m) resolve({ child, port: Number(m[1]), token: m[2]!, stderr: () => err });
    });
    child.on('exit', (code) => reject(new Error(`host exited (${code}) before it served: ${err}`)));
  });
}

interface Answer {
  status: number;
  body: string;
}

/** A raw HTTP request, so the path goes on the wire exactly as written (fetch would normalise it). */
function raw(port: number, method: string, target: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: target, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function stillServes(h: Running): Promise<void> {
  expect(h.child.exitCode, `host died: ${h.stderr()}`).toBeNull();
  const r = await raw(h.port, 'POST', '/api/app:info', { 'x-atr-token': h.token }, '{}');
  expect(r.status).toBe(200);
  expect((JSON.parse(r.body) as { ok: boolean }).ok).toBe(true);
}

function errorOf(a: Answer): { code: string; message: string } {
  const parsed = JSON.parse(a.body) as { ok: boolean; error: { code: string; message: string } };
  expect(parsed.ok).toBe(false);
  // A clear word, never a stack trace.
  expect(a.body).not.toMatch(/\n\s+at |node:internal|\.ts:\d+/);
  return parsed.error;
}

describe('host: the malformed requests above, then a normal request still answers', () => {
  it('survives GET // without a token, a bad percent-encoded channel and bad URLs', async () => {
    const h = await startRealHost();
    await stillServes(h);

    // Reachable by any web page that finds the port: no token, not an /api path.
    const slashes = await raw(h.port, 'GET', '//');
    expect(slashes.status).toBe(400);
    expect(errorOf(slashes).message).toMatch(/address/i);
    await stillServes(h);

    // Without the token the answer is 401 before anything else about the request is read.
    const noToken = await raw(h.port, 'POST', '/api/%E0%A4%A', {}, '{}');
    expect(noToken.status).toBe(401);
    await stillServes(h);

    const badChannel = await raw(h.port, 'POST', '/api/%E0%A4%A', { 'x-atr-token': h.token }, '{}');
    expect(badChannel.status).toBe(400);
    expect(errorOf(badChannel).message).toMatch(/channel/i);
    await stillServes(h);

    for (const target of ['//evil.example/x', '/%', '/%E0%A4%A', '/api//', '/api/%00', 'http://127.0.0.1/']) {
      const r = await raw(h.port, 'GET', target);
      expect([400, 401, 404, 405], target).toContain(r.status);
      await stillServes(h);
    }
  });

  it('answers 400 to a body that is not JSON, on the test clock and on a channel', async () => {
    const h = await startRealHost(['--test-clock', '2026-10-06T17:00:00Z']);
    for (const body of ['not json', '{', 'null', '[]', '"2026-10-06T18:00:00Z"', '{"now":42}', '{"now":"2026-02-30T10:00:00Z"}']) {
      const r = await raw(h.port, 'POST', '/test/clock', { 'x-atr-token': h.token }, body);
      expect(r.status, body).toBe(400);
      expect(errorOf(r).code).toBe('invalid');
      await stillServes(h);
    }
    const info = await raw(h.port, 'POST', '/api/app:info', { 'x-atr-token': h.token }, '{}');
    // The clock did not move on any of the refused bodies.
    expect((JSON.parse(info.body) as { value: { now: string } }).value.now).toBe('2026-10-06T17:00:00.000Z');

    const notJson = await raw(h.port, 'POST', '/api/services:list', { 'x-atr-token': h.token }, 'not json');
    expect(notJson.status).toBe(400);
    expect(errorOf(notJson).message).toMatch(/JSON/);
    const badUtf8 = await raw(h.port, 'POST', '/api/services:list', { 'x-atr-token': h.token }, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect(badUtf8.status).toBe(400);
    await stillServes(h);
  });

  it('answers 413 to a body over the limit, readable by the client, and keeps serving', async () => {
    const h = await startRealHost();
    const big = Buffer.alloc(7_000_000, 0x20);
    const r = await raw(h.port, 'POST', '/api/services:list', { 'x-atr-token': h.token, 'content-type': 'application/json' }, big);
    expect(r.status).toBe(413);
    expect(errorOf(r).code).toBe('too_large');
    await stillServes(h);
    // And through fetch, as the renderer calls, with a body five times the limit.
    const viaFetch = await fetch(`http://127.0.0.1:${h.port}/api/services:list`, { method: 'POST', headers: { 'x-atr-token': h.token }, body: 'x'.repeat(30_000_000) });
    expect(viaFetch.status).toBe(413);
    expect(((await viaFetch.json()) as { error: { code: string } }).error.code).toBe('too_large');
    await stillServes(h);
  });
});
