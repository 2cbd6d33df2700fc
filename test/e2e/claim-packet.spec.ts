// The claim packet on the demo agency at Monday 2026-11-23 10:00 PST (issue 11 item 4): a claim
// for AT&T's October 2026 is made through the channels, one line is excluded with a reason, the
// claim is submitted, and its print view is rendered to PDF by Chromium's page.pdf() (as the
// desktop app's printToPDF renders it) and read back with pdftotext.
//
// What the PDF must say, checked by hand (test/integration/claims/claims.test.ts has the month):
// AT&T's October lines come to $9,396.25; excluding ATT-810104's Time to Repair (25% of $1,200.00
// = $300.00) leaves $9,396.25 - $300.00 = $9,096.25. The tickets behind the lines: the demo month's
// ATT-810104 (TTR), ATT-810105 (TTR + Excessive Outage), ATT-810107 (CAT 1), ATT-810109 (CAT 2),
// ATT-810111 (CAT 3); the two older demo outages of October, ATT-757020 and ATT-774092; and behind
// the monthly lines, ATT-810101 and ATT-810102 (Availability of SAC-HQ-VOIP-1005), ATT-810112
// (Delay of SAC-HQ-VOIP-1003) and ATT-810114 (Jitter of SAC-HQ-VOIP-1002). The clauses cited:
// 29.4.8.1 Availability, .2 CAT 1, .3 CAT 2, .4 CAT 3, .5 Delay, .6 Excessive Outage, .7 Site
// Survivability, .8 Jitter, .10 Provisioning, .11 Time to Repair.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, REPO_ROOT } from './fixtures';
import { ClaimPacketPage } from './pages/ClaimPacketPage';

test.use({ hostArgs: ['--demo'], testClock: '2026-11-23T18:00:00Z' });

const TICKETS = ['ATT-810104', 'ATT-810105', 'ATT-810107', 'ATT-810109', 'ATT-810111', 'ATT-757020', 'ATT-774092', 'ATT-810101', 'ATT-810102', 'ATT-810112', 'ATT-810114'];
const CLAUSES = ['29.4.8.1', '29.4.8.2', '29.4.8.3', '29.4.8.4', '29.4.8.5', '29.4.8.6', '29.4.8.7', '29.4.8.8', '29.4.8.10', '29.4.8.11'];
const REASON = 'Already credited on the October invoice';
/** One page of the PDF for the README: written when missing or when UPDATE_SCREENSHOTS=1; every run attaches it. */
const DOC_SHOT = path.join(REPO_ROOT, 'docs/screenshots/claim-packet.png');

test('the packet of a submitted claim prints the total, every ticket, the clauses, page numbers and the case file’s SHA-256', async ({ app: _app, page, host }, testInfo) => {
  const made = await host.value('claims:create', { contractorId: 1, month: '2026-10' });
  expect(made.claim.claimed).toBe(9396.25);
  const ttr = made.lines.find((l) => l.reference === 'ATT-810104' && l.result.sla === 'time-to-repair');
  if (!ttr) throw new Error('no Time to Repair line for ATT-810104');
  const excluded = await host.value('claims:setLine', { id: ttr.id, excluded: true, excludedReason: REASON });
  expect(excluded.claim.claimed).toBe(9096.25);
  await host.value('claims:submit', { id: made.claim.id, on: '2026-11-23', method: 'E-mail', to: 'AT&T CALNET billing' });
  const caseFile = await host.value('claims:caseFile', { id: made.claim.id });

  const packet = await ClaimPacketPage.open(page, made.claim.id);
  await expect(packet.total).toHaveText('$9,096.25');
  await expect(packet.sha256).toHaveText(caseFile.sha256);
  await expect(packet.printButton).toBeVisible();
  await expect(packet.downloadButton).toBeVisible();

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atr-packet-'));
  try {
    const pdfFile = path.join(dir, 'packet.pdf');
    const pdf = await page.pdf({ path: pdfFile });
    await testInfo.attach('claim-packet.pdf', { body: pdf, contentType: 'application/pdf' });
    const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
    // Phrases may wrap inside a table cell: read them with the line breaks as spaces.
    const flat = text.replace(/\s+/g, ' ');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' }))?.[1]);
    // Letter paper.
    expect(execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);

    expect(text).toContain('$9,096.25');
    expect(flat).toContain(`Excluded: ${REASON}`);
    expect(flat).toContain(`Excluded from the claim: ${REASON}`);
    for (const t of TICKETS) expect(text, `ticket ${t}`).toContain(t);
    for (const c of CLAUSES) expect(text, `clause ${c}`).toMatch(new RegExp(`\\b${c.replace(/\./g, '\\.')}\\b`));
    // Page numbers on every page: "Page 1 of N" … "Page N of N".
    expect(pages).toBeGreaterThan(10);
    const numbered = [...text.matchAll(/Page (\d+) of (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(numbered).toEqual(Array.from({ length: pages }, (_, i) => [i + 1, pages]));
    // The running header on the pages after the cover: agency · contractor · month · claim.
    expect(flat).toContain(`Department of Demonstration Services · AT&T · October 2026 · Claim ${made.claim.id}`);
    // The SHA-256 printed is that of the case file, which is the text claims:caseFile returns.
    const sha = createHash('sha256').update(caseFile.text, 'utf8').digest('hex');
    expect(caseFile.sha256).toBe(sha);
    expect(text).toContain(sha);
    expect(text).toContain(caseFile.fileName);
    expect(flat).toContain(`npm run --silent sla -- evaluate ${caseFile.fileName}`);

    // The page of ticket ATT-757020 (a Wiring stop clock with its 29.4.7 item), as pdftoppm draws it.
    const pageOf = Array.from({ length: pages }, (_, i) => i + 1).find((n) =>
      execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdfFile, '-'], { encoding: 'utf8' }).includes('Ticket ATT-757020 (line 1)'),
    );
    expect(pageOf).toBeDefined();
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', String(pageOf), '-l', String(pageOf), '-singlefile', pdfFile, path.join(dir, 'page')]);
    const png = fs.readFileSync(path.join(dir, 'page.png'));
    await testInfo.attach('claim-packet-page.png', { body: png, contentType: 'image/png' });
    if (process.env.UPDATE_SCREENSHOTS === '1' || !fs.existsSync(DOC_SHOT)) fs.writeFileSync(DOC_SHOT, png);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
