import { describe, expect, it } from 'vitest';
import { asIpcResult, httpTransport, isBridge, bridgeTransport, type HttpDeps } from '../../../renderer/api/transport';
import { touches } from '../../../renderer/api/tables';

type Call = { url: string; init: { method: string; headers: Record<string, string>; body: string } };

function fakeFetch(status: number, body: unknown, calls: Call[] = []): HttpDeps['fetch'] {
  return async (url, init) => {
    calls.push({ url, init });
    return {
      status,
      json: async () => {
        if (body instanceof Error) throw body;
        return body;
      },
    };
  };
}

describe('httpTransport.invoke', () => {
  it('POSTs the request as JSON to /api/<channel> with the token header', async () => {
    const calls: Call[] = [];
    const t = httpTransport({ base: 'http://h', token: 'tok', fetch: fakeFetch(200, { ok: true, value: { n: 1 } }, calls) });
    expect(await t.invoke('services:list', { limit: 5 })).toEqual({ ok: true, value: { n: 1 } });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('http://h/api/services%3Alist');
    expect(calls[0]!.init.method).toBe('POST');
    expect(calls[0]!.init.headers['x-atr-token']).toBe('tok');
    expect(JSON.parse(calls[0]!.init.body)).toEqual({ limit: 5 });
  });

  it('passes a seam error through, issues included', async () => {
    const error = { code: 'invalid', message: 'TMRC cannot be negative', path: '/tmrc', issues: [{ path: '/tmrc', message: 'TMRC cannot be negative' }] };
    const t = httpTransport({ base: '', token: 'tok', fetch: fakeFetch(200, { ok: false, error }) });
    expect(await t.invoke('services:create', {})).toEqual({ ok: false, error });
  });

  it('401 is an unauthorized error', async () => {
    const t = httpTransport({ base: '', token: 'bad', fetch: fakeFetch(401, { ok: false, error: { code: 'unauthorized', message: 'x', path: '' } }) });
    const r = await t.invoke('app:info', {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('unauthorized');
  });

  it('without a token nothing is sent', async () => {
    const calls: Call[] = [];
    const t = httpTransport({ base: '', token: null, fetch: fakeFetch(200, {}, calls) });
    const r = await t.invoke('app:info', {});
    expect(r.ok).toBe(false);
    expect(calls).toHaveLength(0);
  });

  it('a network failure or an unreadable body becomes an error result, never a throw', async () => {
    const down = httpTransport({ base: '', token: 't', fetch: async () => Promise.reject(new TypeError('Failed to fetch')) });
    const r1 = await down.invoke('app:info', {});
    expect(!r1.ok && r1.error.code).toBe('unreachable');
    const garbled = httpTransport({ base: '', token: 't', fetch: fakeFetch(500, new SyntaxError('bad json')) });
    const r2 = await garbled.invoke('app:info', {});
    expect(!r2.ok && r2.error.code).toBe('bad-response');
  });
});

describe('httpTransport events', () => {
  function fakeSource() {
    const handlers = new Map<string, ((ev: { data?: unknown }) => void)[]>();
    const urls: string[] = [];
    return {
      urls,
      fire: (type: string, data?: unknown) => handlers.get(type)?.forEach((h) => h({ data })),
      make: (url: string) => {
        urls.push(url);
        return {
          addEventListener: (type: string, h: (ev: { data?: unknown }) => void) => handlers.set(type, [...(handlers.get(type) ?? []), h]),
          close: () => {},
        };
      },
    };
  }

  it('opens one EventSource with the token and delivers named events as parsed JSON', () => {
    const src = fakeSource();
    const t = httpTransport({ base: '', token: 'a b', fetch: fakeFetch(200, {}), eventSource: src.make });
    const got: unknown[] = [];
    const off = t.subscribe('data:changed', (p) => got.push(p));
    t.subscribe('notice', () => {});
    expect(src.urls).toEqual(['/api/events?token=a%20b']);
    src.fire('data:changed', JSON.stringify({ tables: ['services'] }));
    src.fire('data:changed', 'not json');
    expect(got).toEqual([{ tables: ['services'] }]);
    off();
    src.fire('data:changed', JSON.stringify({ tables: ['agency'] }));
    expect(got).toHaveLength(1);
  });

  it('after a dropped connection comes back, everything refetches', () => {
    const src = fakeSource();
    const t = httpTransport({ base: '', token: 't', fetch: fakeFetch(200, {}), eventSource: src.make });
    const got: unknown[] = [];
    t.subscribe('data:changed', (p) => got.push(p));
    src.fire('open');
    expect(got).toEqual([]);
    src.fire('error');
    src.fire('open');
    expect(got).toEqual([{ tables: ['*'] }]);
  });
});

describe('bridge', () => {
  it('recognizes the preload bridge and wraps a rejection as an error result', async () => {
    expect(isBridge(undefined)).toBe(false);
    expect(isBridge({ invoke: 1, subscribe: () => {} })).toBe(false);
    const bridge = { invoke: async () => Promise.reject(new Error('gone')), subscribe: () => () => {} };
    expect(isBridge(bridge)).toBe(true);
    const r = await bridgeTransport(bridge).invoke('app:info', {});
    expect(r).toEqual({ ok: false, error: { code: 'transport', message: 'gone', path: '' } });
  });
});

describe('asIpcResult', () => {
  it('rejects shapes that are not an envelope', () => {
    expect(asIpcResult(null).ok).toBe(false);
    expect(asIpcResult({ ok: false, error: 'x' }).ok).toBe(false);
    expect(asIpcResult({ ok: true }).ok).toBe(true);
  });
  it('drops malformed issues', () => {
    const r = asIpcResult({ ok: false, error: { code: 'c', message: 'm', issues: [{ path: '/a', message: 'x' }, { path: 1 }] } });
    expect(r).toEqual({ ok: false, error: { code: 'c', message: 'm', path: '', issues: [{ path: '/a', message: 'x' }] } });
  });
});

describe('touches', () => {
  it('matches a changed table the view reads, or everything', () => {
    expect(touches(['services'], ['services', 'contractors'])).toBe(true);
    expect(touches(['agency'], ['services'])).toBe(false);
    expect(touches(['*'], ['agency'])).toBe(true);
    expect(touches(undefined, ['agency'])).toBe(false);
  });
});
