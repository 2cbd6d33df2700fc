// The preload (bundled to build/electron/preload.cjs; runs sandboxed, context-isolated). It
// exposes exactly one object to the page, `window.atr`, with three functions: invoke a contract
// channel, subscribe to the events main pushes, and save the claim packet the page shows as PDF
// (desktop only: main prints the window and asks where to save). Nothing else of Electron or Node reaches
// the page: no ipcRenderer, no event objects, no sender.
import { contextBridge, ipcRenderer } from 'electron';

/** Must match electron/main/ipc.ts EVENT_CHANNEL (kept literal: the preload imports nothing of ours). */
const EVENT_CHANNEL = 'atr:event';

/** Must match shared/ipc/desktop.ts SAVE_PACKET_CHANNEL: "save this claim packet as PDF" (desktop only). */
const SAVE_PACKET_CHANNEL = 'desktop:savePacket';

/** Contract channel names look like "area:action" ("app:info", "services:importCommit"). */
const CHANNEL_NAME = /^[a-z][A-Za-z0-9-]*:[A-Za-z0-9:-]+$/;

type Listener = (payload: unknown) => void;

interface Failure {
  ok: false;
  error: { code: string; message: string; path: string };
}

function failure(code: string, message: string): Failure {
  return { ok: false, error: { code, message, path: '' } };
}

const listeners = new Map<string, Set<Listener>>();
let listening = false;

function listen(): void {
  if (listening) return;
  listening = true;
  // One IPC listener for all subscribers; the page gets the payload only.
  ipcRenderer.on(EVENT_CHANNEL, (_event, name: unknown, payload: unknown) => {
    if (typeof name !== 'string') return;
    for (const cb of [...(listeners.get(name) ?? [])]) {
      try {
        cb(payload);
      } catch (err) {
        console.error(`atr: a ${name} listener failed`, err);
      }
    }
  });
}

const atr = {
  async invoke(channel: unknown, request: unknown): Promise<unknown> {
    if (typeof channel !== 'string' || !CHANNEL_NAME.test(channel)) {
      return failure('unknown-channel', `There is no call named ${String(channel)}.`);
    }
    try {
      // Main registers one handler per contract channel and answers with an IpcResult.
      return await ipcRenderer.invoke(channel, request);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (message.includes('No handler registered')) {
        return failure('unknown-channel', `There is no call named ${channel}.`);
      }
      return failure('transport', message);
    }
  },
  /** Prints the packet this page shows to PDF and saves it, with its case file and .sha256 (main asks where). */
  async savePacket(request: unknown): Promise<unknown> {
    try {
      return await ipcRenderer.invoke(SAVE_PACKET_CHANNEL, request);
    } catch (err) {
      return failure('transport', err instanceof Error ? err.message : String(err));
    }
  },
  subscribe(event: unknown, cb: unknown): () => void {
    if (typeof event !== 'string' || typeof cb !== 'function') {
      throw new TypeError('atr.subscribe(event: string, cb: function)');
    }
    listen();
    const set = listeners.get(event) ?? new Set<Listener>();
    listeners.set(event, set);
    const listener: Listener = (payload) => (cb as Listener)(payload);
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  },
};

contextBridge.exposeInMainWorld('atr', atr);
