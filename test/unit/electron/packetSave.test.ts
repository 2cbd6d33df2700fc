// The desktop's "Save as PDF…" of the claim packet without Electron: the dialog and printToPDF
// are stand-ins, the files are real (a temp folder) and `sha256sum -c` reads the .sha256 written.
// What this cannot show is Electron's printToPDF itself: the e2e test renders the same print view
// with Chromium's page.pdf().
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { IpcResult } from '../../../shared/ipc/contract';
import { packetFiles, savePacket, sha256Line, showsPacket, type SavePacketDeps } from '../../../electron/main/packetSave';

const PAGE = 'app://atr/index.html#/claims/7/packet';
const TEXT = '{\n  "month": "2026-10"\n}\n';
const SHA = createHash('sha256').update(TEXT, 'utf8').digest('hex');
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]); // "%PDF-"

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'atr-packet-save-'));
  dirs.push(d);
  return d;
}

function deps(over: Partial<SavePacketDeps> & { caseFile?: IpcResult<unknown>; chosen?: string | null } = {}) {
  const calls: string[] = [];
  const d: SavePacketDeps = {
    dispatch: async (channel, request) => {
      calls.push(`${channel} ${JSON.stringify(request)}`);
      return over.caseFile ?? { ok: true, value: { fileName: 'claim-7-ATT-2026-10.case.json', text: TEXT, sha256: SHA } };
    },
    chooseFile: async (name) => {
      calls.push(`choose ${name}`);
      return over.chosen === undefined ? null : over.chosen;
    },
    print: async () => {
      calls.push('print');
      return PDF;
    },
    writeFile: (file, data) => fs.promises.writeFile(file, data),
    ...over,
  };
  return { d, calls };
}

describe('the files of a saved packet', () => {
  it('are the PDF, the case file and the .sha256, named after the PDF the ATR chose', () => {
    expect(packetFiles('/home/atr/Claims/claim-7-ATT-2026-10.pdf')).toEqual({
      pdf: '/home/atr/Claims/claim-7-ATT-2026-10.pdf',
      caseFile: '/home/atr/Claims/claim-7-ATT-2026-10.case.json',
      sha256File: '/home/atr/Claims/claim-7-ATT-2026-10.sha256',
    });
    expect(packetFiles('/x/October claim').pdf).toBe('/x/October claim.pdf');
    expect(packetFiles('/x/A.PDF').caseFile).toBe('/x/A.case.json');
    expect(sha256Line(SHA, '/x/A.case.json')).toBe(`${SHA}  A.case.json\n`);
  });

  it('prints only the packet of the claim asked for, from one of our pages', () => {
    expect(showsPacket(PAGE, 7)).toBe(true);
    expect(showsPacket(PAGE, 8)).toBe(false);
    expect(showsPacket('app://atr/index.html#/claims/7', 7)).toBe(false);
    expect(showsPacket('https://evil.example/#/claims/7/packet', 7)).toBe(false);
  });
});

describe('saving the packet of a submitted claim', () => {
  it('writes the printed PDF, the case file exactly as hashed and a .sha256 that sha256sum -c accepts', async () => {
    const dir = tempDir();
    const { d, calls } = deps({ chosen: path.join(dir, 'claim-7-ATT-2026-10.pdf') });
    const r = await savePacket(PAGE, { claimId: 7 }, d);
    expect(r).toEqual({
      ok: true,
      value: { saved: true, pdf: path.join(dir, 'claim-7-ATT-2026-10.pdf'), caseFile: path.join(dir, 'claim-7-ATT-2026-10.case.json'), sha256File: path.join(dir, 'claim-7-ATT-2026-10.sha256') },
    });
    // The dialog proposes the case file's name with .pdf; the page is printed after the ATR chose.
    expect(calls).toEqual(['claims:caseFile {"id":7}', 'choose claim-7-ATT-2026-10.pdf', 'print']);
    expect(new Uint8Array(fs.readFileSync(path.join(dir, 'claim-7-ATT-2026-10.pdf')))).toEqual(PDF);
    expect(fs.readFileSync(path.join(dir, 'claim-7-ATT-2026-10.case.json'), 'utf8')).toBe(TEXT);
    expect(fs.readFileSync(path.join(dir, 'claim-7-ATT-2026-10.sha256'), 'utf8')).toBe(`${SHA}  claim-7-ATT-2026-10.case.json\n`);
    expect(execFileSync('sha256sum', ['-c', 'claim-7-ATT-2026-10.sha256'], { cwd: dir, encoding: 'utf8' })).toBe('claim-7-ATT-2026-10.case.json: OK\n');
  });

  it('writes nothing when the ATR cancels the dialog', async () => {
    const dir = tempDir();
    const { d, calls } = deps({ chosen: null });
    expect(await savePacket(PAGE, { claimId: 7 }, d)).toEqual({ ok: true, value: { saved: false } });
    expect(calls).not.toContain('print');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('saves a draft’s PDF alone (its case file is frozen only at submission)', async () => {
    const dir = tempDir();
    const { d, calls } = deps({ chosen: path.join(dir, 'draft.pdf'), caseFile: { ok: false, error: { code: 'refused', message: 'A draft has no case file yet', path: '/id' } } });
    expect(await savePacket(PAGE, { claimId: 7 }, d)).toEqual({ ok: true, value: { saved: true, pdf: path.join(dir, 'draft.pdf'), caseFile: null, sha256File: null } });
    expect(calls).toContain('choose claim-7-draft.pdf');
    expect(fs.readdirSync(dir)).toEqual(['draft.pdf']);
  });

  it('refuses a case file that no longer matches its SHA-256, and one from another page or claim, saving nothing', async () => {
    const dir = tempDir();
    const tampered = deps({ chosen: path.join(dir, 'x.pdf'), caseFile: { ok: true, value: { fileName: 'c.case.json', text: `${TEXT} `, sha256: SHA } } });
    expect(await savePacket(PAGE, { claimId: 7 }, tampered.d)).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    const other = deps({ chosen: path.join(dir, 'x.pdf') });
    expect(await savePacket('https://evil.example/#/claims/7/packet', { claimId: 7 }, other.d)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await savePacket(PAGE, { claimId: 8 }, other.d)).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(await savePacket(PAGE, { claimId: '7' }, other.d)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await savePacket(PAGE, { claimId: 7, path: '/etc/passwd' }, other.d)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(other.calls).toEqual([]);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
