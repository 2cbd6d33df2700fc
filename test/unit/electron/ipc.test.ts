// IPC wiring without Electron: a fake ipcMain records the handlers; calls from frames that are
// not ours are refused before the services see them.
import { describe, expect, it, vi } from 'vitest';
import type { EventName, IpcResult } from '../../../shared/ipc/contract';
import { contract } from '../../../shared/ipc/contract';
import { EVENT_CHANNEL, forwardEvents, registerIpc, type IpcEventLike, type IpcMainLike, type ServicesLike } from '../../../electron/main/ipc';

type Handler = (event: IpcEventLike, req: unknown) => Promise<unknown>;

function fakeIpc() {
  const handlers = new Map<string, Handler>();
  const ipc: IpcMainLike = {
    handle(channel, fn) {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, fn);
    },
  };
  return { ipc, handlers };
}

function fakeServices() {
  const listeners = new Set<(name: EventName, payload: unknown) => void>();
  const dispatch = vi.fn(async (channel: string, request: unknown): Promise<IpcResult<unknown>> => ({ ok: true, value: { channel, request } }));
  const services: ServicesLike = {
    dispatch,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const emit = (name: EventName, payload: unknown) => {
    for (const l of listeners) l(name, payload);
  };
  return { services, dispatch, emit, listeners };
}

const fromApp: IpcEventLike = { senderFrame: { url: 'app://atr/index.html#/tickets' } };

describe('registerIpc', () => {
  it('registers exactly one handler per contract channel', () => {
    const { ipc, handlers } = fakeIpc();
    registerIpc(ipc, () => fakeServices().services);
    expect([...handlers.keys()].sort()).toEqual(Object.keys(contract).sort());
  });

  it('passes calls from our page to the services', async () => {
    const { ipc, handlers } = fakeIpc();
    const { services, dispatch } = fakeServices();
    registerIpc(ipc, () => services);
    const result = await handlers.get('app:info')?.(fromApp, {});
    expect(result).toEqual({ ok: true, value: { channel: 'app:info', request: {} } });
    expect(dispatch).toHaveBeenCalledWith('app:info', {});
  });

  it.each([
    ['a remote page', { senderFrame: { url: 'https://evil.example/' } }],
    ['the loopback host', { senderFrame: { url: 'http://127.0.0.1:5174/' } }],
    ['a file page', { senderFrame: { url: 'file:///tmp/evil.html' } }],
    ['a data: frame', { senderFrame: { url: 'data:text/html,x' } }],
    ['about:blank', { senderFrame: { url: 'about:blank' } }],
    ['a traversal', { senderFrame: { url: 'app://atr/../../etc/passwd' } }],
    ['a destroyed frame', { senderFrame: null }],
  ])('refuses a call from %s', async (_label, event) => {
    const { ipc, handlers } = fakeIpc();
    const { services, dispatch } = fakeServices();
    registerIpc(ipc, () => services);
    const result = await handlers.get('app:info')?.(event as IpcEventLike, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden', path: '' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses when reading the frame URL throws', async () => {
    const { ipc, handlers } = fakeIpc();
    const { services, dispatch } = fakeServices();
    registerIpc(ipc, () => services);
    const event = {
      get senderFrame(): { url: string } {
        throw new Error('Render frame was disposed');
      },
    };
    expect(await handlers.get('app:info')?.(event, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('reads the services on every call (File → Open swaps them)', async () => {
    const { ipc, handlers } = fakeIpc();
    const a = fakeServices();
    const b = fakeServices();
    let current = a.services;
    registerIpc(ipc, () => current);
    await handlers.get('app:info')?.(fromApp, {});
    current = b.services;
    await handlers.get('app:info')?.(fromApp, {});
    expect(a.dispatch).toHaveBeenCalledTimes(1);
    expect(b.dispatch).toHaveBeenCalledTimes(1);
  });

  it('turns a throw into an error envelope', async () => {
    const { ipc, handlers } = fakeIpc();
    registerIpc(ipc, () => {
      throw new Error('No data file is open.');
    });
    expect(await handlers.get('app:info')?.(fromApp, {})).toEqual({
      ok: false,
      error: { code: 'internal', message: 'No data file is open.', path: '' },
    });
  });
});

describe('forwardEvents', () => {
  it('sends every event to the window on the event channel, and stops when told', () => {
    const { services, emit, listeners } = fakeServices();
    const sent: unknown[][] = [];
    const target = { send: (...args: unknown[]) => void sent.push(args), isDestroyed: () => false };
    const stop = forwardEvents(services, () => target);
    emit('data:changed', { tables: ['services'] });
    emit('notice', { id: 'n1', title: 'T', body: 'B', level: 'info' });
    expect(sent).toEqual([
      [EVENT_CHANNEL, 'data:changed', { tables: ['services'] }],
      [EVENT_CHANNEL, 'notice', { id: 'n1', title: 'T', body: 'B', level: 'info' }],
    ]);
    stop();
    expect(listeners.size).toBe(0);
  });

  it('drops events when there is no window, or it is gone', () => {
    const { services, emit } = fakeServices();
    const send = vi.fn();
    let target: { send: typeof send; isDestroyed: () => boolean } | null = null;
    forwardEvents(services, () => target);
    emit('data:changed', { tables: [] });
    target = { send, isDestroyed: () => true };
    emit('data:changed', { tables: [] });
    expect(send).not.toHaveBeenCalled();
  });
});
