// IPC wiring: one handler per contract channel, each checking that the call comes from one of
// our own pages before the services parse and answer it (ARCHITECTURE.md "The contract is the
// seam"). No runtime electron import: registered against `IpcMainLike`, so tests drive it in
// plain Node with a fake.
import type { EventName, IpcError, IpcResult } from '../../shared/ipc/contract';
import { contract } from '../../shared/ipc/contract';
import type { AppServices } from '../services/app';
import { isAppUrl } from './navigation';

/** The channel main pushes events on: `send(EVENT_CHANNEL, name, payload)`. The preload listens to it. */
export const EVENT_CHANNEL = 'atr:event';

export interface IpcEventLike {
  senderFrame: { url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, fn: (event: IpcEventLike, req: unknown) => Promise<unknown>): void;
}

/** The part of the services the wiring uses. */
export type ServicesLike = Pick<AppServices, 'dispatch' | 'onEvent'>;

/** Where pushed events go: a window's webContents. */
export interface EventTarget {
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
}

function failure(code: string, message: string): { ok: false; error: IpcError } {
  return { ok: false, error: { code, message, path: '' } };
}

/** The frame's URL, or '' when the frame is gone or its URL cannot be read. */
export function senderUrl(event: IpcEventLike | null | undefined): string {
  try {
    const url = event?.senderFrame?.url;
    return typeof url === 'string' ? url : '';
  } catch {
    return ''; // Electron throws when the frame was destroyed (navigated away) meanwhile
  }
}

/**
 * Registers one handler per contract channel. `services` is read on every call, so File → Open
 * can swap the data file without registering again (ipcMain refuses a second handler).
 */
export function registerIpc(ipc: IpcMainLike, services: () => ServicesLike, channels: readonly string[] = Object.keys(contract)): void {
  for (const channel of channels) {
    ipc.handle(channel, async (event, req): Promise<IpcResult<unknown>> => {
      const url = senderUrl(event);
      if (!isAppUrl(url)) {
        return failure('forbidden', `The call ${channel} did not come from an ATR Desk page and was refused.`);
      }
      try {
        return await services().dispatch(channel, req);
      } catch (err) {
        // dispatch never throws by contract; if it ever does, the page still gets an envelope.
        return failure('internal', err instanceof Error ? err.message : String(err));
      }
    });
  }
}

/** Forwards every event the services push to the target window; returns the unsubscribe. */
export function forwardEvents(services: ServicesLike, target: () => EventTarget | null): () => void {
  return services.onEvent((name: EventName, payload: unknown) => {
    const t = target();
    if (!t || t.isDestroyed()) return;
    try {
      t.send(EVENT_CHANNEL, name, payload);
    } catch {
      // The window closed between the check and the send: nothing to tell.
    }
  });
}
