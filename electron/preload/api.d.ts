// What the page sees of the preload (electron/preload/index.ts): `window.atr`, present in the
// desktop app and absent in a browser (the api client then uses the loopback host). Included by
// the renderer's tsconfig; imports only from shared/.
import type { ChannelName, EventName, EventPayload, IpcResult, RequestOf, ResponseOf } from '../../shared/ipc/contract';
import type { SavePacketRequest, SavePacketResult } from '../../shared/ipc/desktop';

export interface AtrBridge {
  /** Calls a contract channel; never rejects for a refused or invalid call: `{ ok: false, error }`. */
  invoke<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>>;
  /** Listens to an event main pushes ('data:changed', 'notice'); returns the unsubscribe. */
  subscribe<E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void): () => void;
  /**
   * Desktop only: prints the claim packet this page shows (#/claims/:id/packet) to PDF and saves it
   * where the ATR chooses, with the case file (`.case.json`) and its `.sha256` beside it.
   */
  savePacket(request: SavePacketRequest): Promise<SavePacketResult>;
}

declare global {
  interface Window {
    readonly atr?: AtrBridge;
  }
}
