// The two ways the renderer reaches the contract: the preload bridge in the desktop app
// (`window.atr`) and the loopback host over HTTP in a browser (and the e2e tests). Both give
// back the same `IpcResult` envelope; transport failures become an `IpcError` too, so screens
// handle one shape.
import type { IpcError, IpcResult } from '../../shared/ipc/contract';

export type Listener = (payload: unknown) => void;

export interface Transport {
  readonly kind: 'desktop' | 'browser';
  invoke(channel: string, request: unknown): Promise<IpcResult<unknown>>;
  subscribe(event: string, cb: Listener): () => void;
}

/** What the preload exposes (electron/preload/api.d.ts); checked at run time, not assumed. */
export interface Bridge {
  invoke(channel: string, request: unknown): Promise<unknown>;
  subscribe(event: string, cb: Listener): () => void;
}

export function isBridge(x: unknown): x is Bridge {
  return (
    typeof x === 'object' && x !== null &&
    typeof (x as Bridge).invoke === 'function' && typeof (x as Bridge).subscribe === 'function'
  );
}

export function transportError(code: string, message: string): { ok: false; error: IpcError } {
  return { ok: false, error: { code, message, path: '' } };
}

/** Accepts `{ok:true,value}` or `{ok:false,error:{code,message,path}}`; anything else is a bad answer. */
export function asIpcResult(x: unknown): IpcResult<unknown> {
  if (typeof x === 'object' && x !== null && 'ok' in x) {
    const r = x as { ok: unknown; value?: unknown; error?: unknown };
    if (r.ok === true) return { ok: true, value: r.value };
    if (r.ok === false && typeof r.error === 'object' && r.error !== null) {
      const e = r.error as Partial<IpcError>;
      if (typeof e.code === 'string' && typeof e.message === 'string') {
        const error: IpcError = { code: e.code, message: e.message, path: typeof e.path === 'string' ? e.path : '' };
        if (Array.isArray(e.issues)) {
          error.issues = e.issues.filter(
            (i): i is { path: string; message: string } =>
              typeof i === 'object' && i !== null && typeof i.path === 'string' && typeof i.message === 'string',
          );
        }
        return { ok: false, error };
      }
    }
  }
  return transportError('bad-response', 'ATR Desk sent an answer this window could not read. Try again.');
}

export function bridgeTransport(bridge: Bridge): Transport {
  return {
    kind: 'desktop',
    async invoke(channel, request) {
      try {
        return asIpcResult(await bridge.invoke(channel, request));
      } catch (err) {
        return transportError('transport', err instanceof Error ? err.message : String(err));
      }
    },
    subscribe: (event, cb) => bridge.subscribe(event, cb),
  };
}

interface EventSourceLike {
  addEventListener(type: string, listener: (ev: { data?: unknown }) => void): void;
  close(): void;
}

export interface HttpDeps {
  /** Origin + path prefix, e.g. '' (same origin) or 'http://127.0.0.1:5174'. */
  base: string;
  token: string | null;
  fetch: (url: string, init: { method: string; headers: Record<string, string>; body: string }) => Promise<{
    status: number;
    json(): Promise<unknown>;
  }>;
  eventSource?: (url: string) => EventSourceLike;
}

export const EVENT_NAMES = ['data:changed', 'notice'] as const;

export function httpTransport(deps: HttpDeps): Transport {
  const listeners = new Map<string, Set<Listener>>();
  let source: EventSourceLike | null = null;

  const emit = (event: string, payload: unknown) => {
    for (const cb of listeners.get(event) ?? []) cb(payload);
  };

  const open = () => {
    if (source || !deps.eventSource) return;
    const url = `${deps.base}/api/events?token=${encodeURIComponent(deps.token ?? '')}`;
    const es = deps.eventSource(url);
    source = es;
    let lost = false;
    es.addEventListener('error', () => {
      lost = true;
    });
    es.addEventListener('open', () => {
      // Reconnected after a drop: events may have been missed, so everything on screen refetches.
      if (lost) emit('data:changed', { tables: ['*'] });
      lost = false;
    });
    for (const name of EVENT_NAMES) {
      es.addEventListener(name, (ev) => {
        if (typeof ev.data !== 'string') return;
        try {
          emit(name, JSON.parse(ev.data));
        } catch {
          // A malformed event is dropped; the next one carries on.
        }
      });
    }
  };

  return {
    kind: 'browser',
    async invoke(channel, request) {
      if (!deps.token) {
        return transportError('unauthorized', 'This page has no access token. Open ATR Desk from the link it printed when it started.');
      }
      let res: Awaited<ReturnType<HttpDeps['fetch']>>;
      try {
        res = await deps.fetch(`${deps.base}/api/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-atr-token': deps.token },
          body: JSON.stringify(request ?? {}),
        });
      } catch {
        return transportError('unreachable', 'ATR Desk is not answering. Is it still running?');
      }
      if (res.status === 401) {
        return transportError('unauthorized', 'The access token is missing or out of date. Open ATR Desk from the link it printed when it started.');
      }
      let body: unknown;
      try {
        body = await res.json();
      } catch {
        return transportError('bad-response', `ATR Desk answered with HTTP ${res.status} and no readable result.`);
      }
      return asIpcResult(body);
    },
    subscribe(event, cb) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(cb);
      open();
      return () => {
        set.delete(cb);
      };
    },
  };
}
