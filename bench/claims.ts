// Claims in the benchmark (issue 11):
//   claimCreateMs    claims:create through the app's dispatch (parse, make the draft from the
//                    month's results with money, answer with the claim's detail) for July 2026 of
//                    the agency-year, as after a write (the kept months forgotten); median of 3,
//                    the draft deleted between runs.
//   claimSetLineMs   claims:setLine on that draft (exclude a line with a reason, answer with the
//                    claim's detail, whose "changed since submitted" evaluates the month): what the
//                    ATR waits for at each exclusion; median of 5, one line after another.
//   claimPacket200Ms a submitted claim of exactly 200 lines (200 Premier outages of 5 h, each a
//                    missed Time to Repair, with escalations, notes, a stop clock on every fourth and
//                    a retracted note on every tenth), its print view opened in Debian's Chromium
//                    from the loopback host and rendered with page.pdf(), as the e2e test does:
//                    from setting the packet's address to the PDF's bytes; median of 3.
// Not a test: it reports numbers.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { openApp } from '../electron/services/app';
import { forgetMonths } from '../electron/services/evaluation/month';
import type { ClaimDetail } from '../shared/ipc/claims';

const ROOT = path.resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

export interface ClaimCreateFigures {
  claimCreateMs: number;
  claimCreateLines: number;
  claimSetLineMs: number;
}

/** claims:create for a month of the agency-year in `file`, through the app's dispatch. */
export async function benchClaimCreate(file: string, nowMs: number, month = '2026-07'): Promise<ClaimCreateFigures> {
  const app = openApp({ dataFile: file, mode: 'browser', clock: { now: () => nowMs }, scheduler: false, backup: false, log: () => {} });
  try {
    const runs: number[] = [];
    let lines = 0;
    for (let i = 0; i < 3; i++) {
      forgetMonths(app.db);
      const t0 = performance.now();
      const r = await app.dispatch('claims:create', { contractorId: 1, month });
      runs.push(performance.now() - t0);
      if (!r.ok) throw new Error(`claims:create failed: ${r.error.message}`);
      const d = r.value as ClaimDetail;
      lines = d.lines.length;
      const del = await app.dispatch('claims:delete', { id: d.claim.id });
      if (!del.ok) throw new Error(`claims:delete failed: ${del.error.message}`);
    }
    // Excluding lines of a draft one after another, as an ATR reviews it.
    const draft = await app.dispatch('claims:create', { contractorId: 1, month });
    if (!draft.ok) throw new Error(`claims:create failed: ${draft.error.message}`);
    const setLine: number[] = [];
    for (const line of (draft.value as ClaimDetail).lines.slice(0, 5)) {
      const t0 = performance.now();
      const r = await app.dispatch('claims:setLine', { id: line.id, excluded: true, excludedReason: 'Measured by our own tool' });
      setLine.push(performance.now() - t0);
      if (!r.ok) throw new Error(`claims:setLine failed: ${r.error.message}`);
    }
    return { claimCreateMs: median(runs), claimCreateLines: lines, claimSetLineMs: median(setLine) };
  } finally {
    app.close();
  }
}

const H = 3_600_000;
const M = 60_000;

/** A data file with one submitted claim of exactly 200 lines; returns the claim's id. */
async function seedPacketAgency(file: string, nowMs: number): Promise<number> {
  const app = openApp({ dataFile: file, mode: 'browser', clock: { now: () => nowMs }, scheduler: false, backup: false, log: () => {} });
  const call = async <T>(channel: string, request: unknown): Promise<T> => {
    const r = await app.dispatch(channel, request);
    if (!r.ok) throw new Error(`${channel}: ${r.error.path} ${r.error.message}`);
    return r.value as T;
  };
  try {
    await call('agency:update', { name: 'Department of Benchmarks', kind: 'non-exempt-state', timeZone: 'America/Los_Angeles' });
    const iso = (ms: number) => new Date(ms).toISOString();
    // July 2026, PDT: day d at 08:00 local is 15:00Z.
    const july = (day: number, hh = 15) => Date.UTC(2026, 6, day, hh, 0, 0);
    for (let i = 0; i < 200; i++) {
      const svc = await call<{ id: number }>('services:create', {
        circuitId: `BEN-VOIP-${String(i + 1).padStart(4, '0')}`, contractorId: 1, serviceType: 'converged-voip', tier: 'premier', tmrc: '1200.00', aduc: '35.50',
        installFee: '250.00', seats: 10, site: `BEN-${(i % 20) + 1}`, address: `${100 + i} Capitol Mall, Sacramento`,
      });
      const start = july(1 + (i % 28), 15 + (i % 5));
      const t = (await call<{ ticket: { id: number } }>('tickets:create', {
        serviceId: svc.id, kind: 'repair', severity: '2', openedAt: iso(start), contractorTicket: `ATT-9${String(i + 1).padStart(5, '0')}`, description: 'No dial tone on the main line',
      })).ticket.id;
      const event = (kind: string, at: number, extra: Record<string, unknown> = {}) => call<{ events: Array<{ id: number; kind: string }> }>('tickets:addEvent', { ticketId: t, kind, at: iso(at), who: 'Bench ATR', ...extra });
      await event('escalated', start + 20 * M, { level: 1, whom: 'Account manager', how: 'phone', answer: 'Technician dispatched' });
      const noted = await event('note', start + 90 * M, { detail: 'Contractor is replacing a line card at the central office' });
      if (i % 10 === 0) await call('tickets:retractEvent', { id: noted.events.filter((e) => e.kind === 'note').at(-1)!.id, reason: 'Typed on the wrong ticket', who: 'Bench ATR' });
      if (i % 4 === 0) {
        // A Wiring stop clock of 20 minutes: 5 h - 20 min = 4 h 40 min, still over the Premier 4 h.
        const sc = await call<{ id: number }>('stopClocks:start', { ticketId: t, code: 'WIRING', startAt: iso(start + 2 * H), endAt: iso(start + 2 * H + 20 * M), note: 'Contractor reported a fault in the inside wiring' });
        if (i % 8 === 0) await call('stopClocks:void', { id: sc.id, reason: 'The fault was the contractor’s card, not inside wiring', who: 'Bench ATR' });
      }
      await event('restored', start + 5 * H, { detail: 'Line card replaced' });
      await event('closed', start + 6 * H);
    }
    const claim = await call<ClaimDetail>('claims:create', { contractorId: 1, month: '2026-07' });
    if (claim.lines.length !== 200) throw new Error(`the packet bench's claim has ${claim.lines.length} lines, not 200`);
    await call('claims:submit', { id: claim.claim.id, on: '2026-08-05', method: 'E-mail', to: 'AT&T CALNET billing' });
    return claim.claim.id;
  } finally {
    app.close();
  }
}

function startHost(file: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/main.ts', '--data', file, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'test' },
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the host did not start:\n${out}`)), 60_000);
    child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /ATR Desk is running at (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]! });
      }
    });
    child.once('exit', (code) => reject(new Error(`the host exited (${code}):\n${out}`)));
  });
}

export interface PacketFigures {
  claimPacket200Ms: number;
  claimPacket200Pages: number;
  claimPacket200Bytes: number;
  /** Medians of the two parts: the packet on the page (channel, render), then page.pdf(). */
  onPageMs: number;
  pdfMs: number;
  /** CPU time of Chromium's processes during page.pdf() (a figure less sensitive to other jobs on the machine). */
  pdfCpuMs: number;
}

/** The processes under this one (Chromium's, here), from /proc; [] where there is no /proc. */
function descendants(root: number): number[] {
  if (!fs.existsSync('/proc/self/stat')) return [];
  const children = new Map<number, number[]>();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const st = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(st.slice(st.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  const stack = [root];
  while (stack.length) {
    for (const k of children.get(stack.pop()!) ?? []) {
      out.push(k);
      stack.push(k);
    }
  }
  return out;
}

/** CPU milliseconds (user + system) used so far by the processes under this one. */
function childCpuMs(): number {
  let ticks = 0;
  for (const p of descendants(process.pid)) {
    try {
      const st = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
      const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
      ticks += Number(f[11]) + Number(f[12]);
    } catch {
      // gone meanwhile
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

/** The 200-line packet rendered to PDF through the host and Chromium's page.pdf(). */
export async function benchClaimPacket(dir: string, nowMs: number): Promise<PacketFigures> {
  const file = path.join(dir, 'packet-200.sqlite');
  const claimId = await seedPacketAgency(file, nowMs);
  const { child, url } = await startHost(file);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const runs: number[] = [];
    const onPage: number[] = [];
    const pdfs: number[] = [];
    const cpu: number[] = [];
    let pages = 0;
    let bytes = 0;
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(url);
      await page.waitForSelector('body[data-ready="true"]');
      const t0 = performance.now();
      await page.evaluate((id) => {
        // Runs in the page (this file is type-checked without the DOM library).
        (globalThis as unknown as { location: { hash: string } }).location.hash = `#/claims/${id}/packet`;
      }, claimId);
      await page.waitForSelector(`body[data-packet-ready="${claimId}"]`, { timeout: 60_000 });
      const t1 = performance.now();
      const c1 = childCpuMs();
      const pdf = await page.pdf();
      const t2 = performance.now();
      cpu.push(childCpuMs() - c1);
      runs.push(t2 - t0);
      onPage.push(t1 - t0);
      pdfs.push(t2 - t1);
      bytes = pdf.length;
      pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
      await page.close();
    }
    return { claimPacket200Ms: median(runs), claimPacket200Pages: pages, claimPacket200Bytes: bytes, onPageMs: median(onPage), pdfMs: median(pdfs), pdfCpuMs: median(cpu) };
  } finally {
    await browser.close();
    child.kill('SIGTERM');
    fs.rmSync(file, { force: true });
  }
}
