// Saving the packet. Desktop: the preload's narrow bridge asks the main process to print this
// window to PDF (webContents.printToPDF) and save it, with the case file and its .sha256 beside
// it, through a save dialog. Browser: the browser's own print (Save as PDF), and the case file
// downloaded as a file.
import { api } from '../../api/client';
import { saveText } from '../../ui/saveText';
import type { SavePacketResult } from '../../../shared/ipc/desktop';

/** The desktop bridge's savePacket, when this window has one. */
export function desktopSaver(): ((claimId: number) => Promise<SavePacketResult>) | null {
  const bridge = window.atr;
  // Checked at run time, as the api client checks the bridge: a page without it is in a browser.
  if (!bridge || typeof bridge.savePacket !== 'function') return null;
  return (claimId) => bridge.savePacket({ claimId });
}

/** Downloads the claim's case file exactly as hashed (browser mode). */
export async function downloadCaseFile(claimId: number): Promise<{ ok: true; fileName: string } | { ok: false; message: string }> {
  const r = await api.invoke('claims:caseFile', { id: claimId });
  if (!r.ok) return { ok: false, message: r.error.message };
  saveText(r.value.fileName, r.value.text, 'application/json');
  return { ok: true, fileName: r.value.fileName };
}
