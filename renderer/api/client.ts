// The renderer's one way to the data: a client typed from the contract (shared/ipc/contract.ts).
// Desktop: the preload bridge `window.atr`. Browser (loopback host, e2e tests): fetch + EventSource.
import type { ChannelName, EventName, EventPayload, IpcResult, RequestOf, ResponseOf } from '../../shared/ipc/contract';
import { captureToken } from './token';
import { bridgeTransport, httpTransport, isBridge, type Transport } from './transport';

export interface ApiClient {
  readonly mode: 'desktop' | 'browser';
  invoke<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>>;
  subscribe<E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void): () => void;
}

export function createApi(transport: Transport): ApiClient {
  return {
    mode: transport.kind,
    invoke: <C extends ChannelName>(channel: C, request: RequestOf<C>) =>
      transport.invoke(channel, request) as Promise<IpcResult<ResponseOf<C>>>,
    subscribe: <E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void) =>
      transport.subscribe(event, cb as (payload: unknown) => void),
  };
}

function chooseTransport(): Transport {
  const bridge = (window as unknown as { atr?: unknown }).atr;
  if (isBridge(bridge)) return bridgeTransport(bridge);
  const token = captureToken({ location: window.location, history: window.history, storage: sessionStorageOrNull() });
  return httpTransport({
    base: '',
    token,
    fetch: (url, init) => window.fetch(url, { ...init, cache: 'no-store', credentials: 'same-origin' }),
    eventSource: typeof EventSource === 'function' ? (url) => new EventSource(url) : undefined,
  });
}

function sessionStorageOrNull(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // blocked by the browser's privacy settings
  }
}

let current: ApiClient | null = null;

/** Picks the transport and, in a browser, takes the token out of the address bar. Call once at start. */
export function connect(): ApiClient {
  current ??= createApi(chooseTransport());
  return current;
}

/** The app's client; `connect()` runs on first use if main.tsx has not called it. */
export const api: ApiClient = {
  get mode() {
    return connect().mode;
  },
  invoke: (channel, request) => connect().invoke(channel, request),
  subscribe: (event, cb) => connect().subscribe(event, cb),
};
