// Calls only the desktop app answers (not part of the contract: the loopback host cannot print a
// window or show a save dialog). The preload exposes each as one function of `window.atr`; main
// checks the sender and parses the request here, as for contract channels.
import { z } from 'zod';
import { id } from './fields';
import type { IpcError } from './contract';

/** The IPC channel of "save this claim packet as PDF" (kept literal in the preload, which imports nothing of ours). */
export const SAVE_PACKET_CHANNEL = 'desktop:savePacket';

export const savePacketRequestSchema = z.object({ claimId: id }).strict();
export type SavePacketRequest = z.infer<typeof savePacketRequestSchema>;

export type SavePacketResult =
  | {
      ok: true;
      /** false when the ATR closed the save dialog. */
      value:
        | { saved: false }
        | {
            saved: true;
            /** Absolute paths of what was written: the PDF, and for a submitted claim the case file and its .sha256. */
            pdf: string;
            caseFile: string | null;
            sha256File: string | null;
          };
    }
  | { ok: false; error: IpcError };
