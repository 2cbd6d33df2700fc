// "Save as PDF…" of the claim packet (desktop only): the page showing the packet asks through
// the preload's `window.atr.savePacket({ claimId })`; main checks the sender (one of our pages,
// showing that claim's packet), asks where to save, prints the sender's page to PDF
// (webContents.printToPDF: the same print view, @page rules and all, that the e2e tests render
// with page.pdf()), and writes beside the PDF the claim's case file exactly as hashed
// (`<name>.case.json`) and `<name>.sha256` in sha256sum's format. No runtime electron import:
// the dialog, the printing and the file system are handed in, so this runs and is tested in Node.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { IpcError, IpcResult } from '../../shared/ipc/contract';
import { savePacketRequestSchema, type SavePacketResult } from '../../shared/ipc/desktop';
import { isAppUrl } from './navigation';

/** The three files of a saved packet, from the path the ATR chose for the PDF. */
export function packetFiles(chosen: string): { pdf: string; caseFile: string; sha256File: string } {
  const base = chosen.replace(/\.pdf$/i, '');
  return { pdf: `${base}.pdf`, caseFile: `${base}.case.json`, sha256File: `${base}.sha256` };
}

/** One line as sha256sum writes it (and `sha256sum -c` reads it): the hash, two spaces, the file name. */
export function sha256Line(sha256: string, caseFilePath: string): string {
  return `${sha256}  ${path.basename(caseFilePath)}\n`;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Is this page the print view of that claim (`…#/claims/12/packet`)? printToPDF prints whatever the sender shows. */
export function showsPacket(url: string, claimId: number): boolean {
  if (!isAppUrl(url)) return false;
  const hash = url.slice(url.indexOf('#') < 0 ? url.length : url.indexOf('#'));
  return hash.replace(/[?&].*$/, '') === `#/claims/${claimId}/packet`;
}

export interface SavePacketDeps {
  /** A contract call to the services (claims:caseFile). */
  dispatch(channel: string, request: unknown): Promise<IpcResult<unknown>>;
  /** Asks where to save; null when the ATR cancels. */
  chooseFile(defaultName: string): Promise<string | null>;
  /** Prints the sender's page to PDF. */
  print(): Promise<Uint8Array>;
  writeFile(file: string, data: Uint8Array | string): Promise<void>;
}

function failure(code: string, message: string): { ok: false; error: IpcError } {
  return { ok: false, error: { code, message, path: '' } };
}

interface CaseFile {
  fileName: string;
  text: string;
  sha256: string;
}

/** The handler of SAVE_PACKET_CHANNEL for one call: `url` is the sender frame's address. */
export async function savePacket(url: string, request: unknown, deps: SavePacketDeps): Promise<SavePacketResult> {
  if (!isAppUrl(url)) return failure('forbidden', 'Saving a claim packet was asked by a page that is not ATR Desk’s, and was refused.');
  const parsed = savePacketRequestSchema.safeParse(request);
  if (!parsed.success) return failure('invalid', 'Which claim’s packet to save was not understood.');
  const { claimId } = parsed.data;
  if (!showsPacket(url, claimId)) return failure('refused', `Open the packet of claim ${claimId} to save it: the PDF is printed from the window as it shows.`);

  // A draft has no case file yet (it is frozen at submission): its PDF is saved alone.
  const answer = await deps.dispatch('claims:caseFile', { id: claimId });
  let caseFile: CaseFile | null = null;
  if (answer.ok) caseFile = answer.value as CaseFile;
  else if (answer.error.code !== 'refused') return { ok: false, error: answer.error };
  if (caseFile && sha256Hex(caseFile.text) !== caseFile.sha256) {
    return failure('corrupt', `The case file of claim ${claimId} no longer matches the SHA-256 stored when it was submitted; nothing was saved.`);
  }

  const defaultName = caseFile ? caseFile.fileName.replace(/\.case\.json$/, '.pdf') : `claim-${claimId}-draft.pdf`;
  const chosen = await deps.chooseFile(defaultName);
  if (chosen === null) return { ok: true, value: { saved: false } };
  const files = packetFiles(chosen);
  try {
    await deps.writeFile(files.pdf, await deps.print());
    if (caseFile) {
      await deps.writeFile(files.caseFile, caseFile.text);
      await deps.writeFile(files.sha256File, sha256Line(caseFile.sha256, files.caseFile));
    }
  } catch (err) {
    return failure('io', `The packet could not be saved in ${path.dirname(files.pdf)}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return { ok: true, value: { saved: true, pdf: files.pdf, caseFile: caseFile ? files.caseFile : null, sha256File: caseFile ? files.sha256File : null } };
}
