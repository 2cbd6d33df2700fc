// Reconciling with the contractor (issue 13), on the demo agency at Monday 2026-11-23 10:00 PST,
// with the sample files the demo writes beside its data file (resources/demo/reconcile-samples.json):
// - AT&T's trouble-ticket history of October 2026, in AT&T's column order ("Svc ID" first) and
//   date format (10/08/2026 07:30 AM), with three changes from our record. Figures by hand from
//   DOMAIN.md: ATT-810104 on OAK-01-VOIP-1012 (Premier, TMRC $1,200.00) ran 5 h 15 min with no stop
//   clock in ours: Time to Repair missed (> 4 h), 25% × $1,200.00 = $300.00. Their ACCESS stop
//   clock of 2 h 10 min makes it 3 h 05 min: met, $0.00 — $300.00 at stake. Their "NO TROUBLE
//   FOUND" stop clock on ATT-810105 is never a stop clock (29.4.7). ATT-810199 is not in our record.
// - Verizon's invoice against the demo's unanswered Verizon claim (September: Excessive Outage
//   $1,555.00 = 100% × $1,200.00 + 10 × $35.50 ADUC, Time to Repair 25% × $1,200.00 = $300.00,
//   $1,855.00 in all): $1,200.00 on the Excessive Outage line (in part), nothing on Time to Repair,
//   and a $45.00 adjustment on a circuit with no claim. Still owed: $1,855.00 − $1,200.00 = $655.00.
import fs from 'node:fs';
import path from 'node:path';
import type { TestInfo } from '@playwright/test';
import { test, expect, REPO_ROOT, type Host, type Page } from './fixtures';
import { ClaimPacketPage } from './pages/ClaimPacketPage';
import { ClaimsPage } from './pages/ClaimsPage';
import { ReconcilePage } from './pages/ReconcilePage';

test.use({ hostArgs: ['--demo'], testClock: '2026-11-23T18:00:00Z' });

/** A sample file the demo wrote beside its data file (agency.sqlite → agency-samples/). */
function sample(host: Host, prefix: string): string {
  const dir = path.join(path.dirname(host.dataFile), `${path.basename(host.dataFile, '.sqlite')}-samples`);
  const name = fs.readdirSync(dir).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no sample ${prefix}* in ${dir}`);
  return path.join(dir, name);
}

/**
 * The README's picture (docs/screenshots/reconcile.png): the month's totals and the ticket whose
 * extra stop clock flips Time to Repair. Written when missing or when UPDATE_SCREENSHOTS=1; every
 * run attaches it.
 */
async function screenshot(page: Page, testInfo: TestInfo): Promise<void> {
  const shot = path.join(REPO_ROOT, 'docs/screenshots/reconcile.png');
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 1280, height: 1500 });
  await page.getByRole('button', { name: /^Dismiss: / }).first().click();
  await page.mouse.move(0, 0);
  const top = (await page.getByRole('heading', { level: 1, name: 'Reconcile' }).boundingBox())!;
  const card = (await page.locator('article.recon-ticket[data-ticket="ATT-810104"]').boundingBox())!;
  const x = top.x - 24;
  const png = await page.screenshot({ clip: { x, y: top.y - 20, width: 1280 - x, height: card.y + card.height + 8 - (top.y - 20) }, animations: 'disabled' });
  await page.setViewportSize(size);
  await testInfo.attach('reconcile', { body: png, contentType: 'image/png' });
  if (process.env.UPDATE_SCREENSHOTS === '1' || !fs.existsSync(shot)) {
    fs.mkdirSync(path.dirname(shot), { recursive: true });
    fs.writeFileSync(shot, png);
  }
}

const ATT_COLUMNS = {
  'Contractor ticket number': 'Trouble Ticket',
  'Circuit ID': 'Svc ID',
  Opened: 'Created Date',
  Alarm: 'Alarm Date',
  Restored: 'Cleared Date',
  Closed: 'Closed Date',
  'Stop clock code': 'Stop Code',
  'Stop clock start': 'Stop Start',
  'Stop clock end': 'Stop End',
  'Their outage duration': 'Duration (h:mm)',
  'Their SLA verdict': 'TTR Met',
};

test('AT&T’s ticket report: map it once, see the extra stop clock that flips Time to Repair, the invalid one, the ticket we lack; open it as ours; dispute the claim into its packet', async ({ app, host, page }, testInfo) => {
  // The month's claim, made and submitted beforehand (the claims screens have their own tests).
  const att = (await host.value('contractors:list', {})).find((c) => c.name === 'AT&T')!;
  const made = await host.value('claims:create', { contractorId: att.id, month: '2026-10' });
  await host.value('claims:submit', { id: made.claim.id, on: '2026-11-23', method: 'E-mail', to: 'AT&T CALNET billing', who: 'E2E' });

  const recon = await ReconcilePage.open(page);
  await expect(recon.contractor).toHaveValue(String(att.id));
  await expect(recon.empty('No ticket report from AT&T yet')).toBeVisible();
  const importing = await recon.startImport('report');
  await importing.choose(sample(host, 'ATT-trouble-ticket-history-'));

  // Nothing mapped yet: each required column is asked for next to its field; nothing is read.
  await importing.preview();
  await expect(importing.fieldError('Contractor ticket number')).toHaveText('Choose the column that holds the contractor ticket number');
  await expect(importing.fieldError('Date format')).toContainText('Date format is required');
  await expect(importing.field('Contractor ticket number')).toBeFocused();

  await importing.map(ATT_COLUMNS);
  await importing.field('Date format').fill('MM/dd/yyyy hh:mm a');
  await importing.field('Their outage duration is in').selectOption('h:mm');
  await importing.preview();
  await expect(importing.summary).toContainText('October 2026');
  await expect(importing.dialog.getByRole('region', { name: 'Their tickets as read' })).toContainText('ATT-810199');
  await importing.importConfirmed('Import report');

  await recon.waitLoaded();
  // The extra stop clock: Time to Repair goes from missed to met, $300.00 at stake.
  const flipped = recon.ticket('ATT-810104');
  await expect(flipped).toContainText('Their ACCESS stop clock of 2 h 10 min');
  await expect(flipped).toContainText('Time to Repair goes from missed to met, $300.00 at stake');
  await expect(recon.effect('ATT-810104', 'Time to Repair')).toContainText(/Missed\s*Met\s*\$300\.00\s*\$0\.00\s*\$300\.00/);
  // The stop clock the contract never allows, flagged with its clause.
  await expect(recon.ticket('ATT-810105').locator('.recon-flag')).toHaveText('Invalid stop clock · 29.4.7');
  await expect(recon.invalidStopClocks.getByRole('row').filter({ hasText: 'ATT-810105' })).toContainText(/NO TROUBLE FOUND.*29\.4\.7/);
  await screenshot(page, testInfo);

  // Theirs we lack: one click opens it as ours, marked as from their report; it then matches.
  await expect(recon.theirsWeLack).toContainText('ATT-810199');
  await recon.theirsWeLack.getByRole('button', { name: 'Open as our ticket: ATT-810199' }).click();
  await expect(app.notice('Ticket ATT-810199 opened as ours')).toBeVisible();
  await expect(recon.theirsWeLack.getByRole('heading')).toHaveText('In AT&T’s report, not in ours (0)');
  await recon.agreeing.locator('summary').click();
  await expect(recon.agreeing.getByRole('listitem').filter({ hasText: 'ATT-810199' })).toContainText('from AT&T’s report');

  // The mapping was saved: the next file of AT&T is read with it at once.
  const again = await recon.startImport('report');
  await again.choose(sample(host, 'ATT-trouble-ticket-history-'));
  await expect(again.saved).toContainText('Read with the mapping saved for AT&T');
  await expect(again.summary).toContainText('October 2026');
  await page.keyboard.press('Escape');
  await expect(again.dialog).toHaveCount(0);

  // The dispute: confirm, and the claim is disputed with a section in its packet.
  await recon.dispute.getByRole('button', { name: `Dispute claim ${made.claim.id} with these differences…` }).click();
  const dialog = page.getByRole('dialog', { name: `Dispute claim ${made.claim.id}` });
  await expect(dialog.getByLabel(/^Date/)).toHaveValue('2026-11-23');
  await dialog.getByRole('button', { name: 'Dispute claim' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(recon.dispute.locator(`li[data-claim="${made.claim.id}"]`)).toContainText('Disputed');
  const packet = await ClaimPacketPage.open(page, made.claim.id);
  const section = packet.document.getByRole('region', { name: /^Dispute of November 23, 2026: our record against AT&T’s$/ });
  await expect(section.getByRole('heading', { name: /^Ticket ATT-810104 .*: \$300\.00 at stake$/ })).toBeVisible();
  await expect(section).toContainText('29.4.7');
});

test('Verizon’s invoice: one claim line credited in part, one not at all, one credit without a claim; the claim’s still-owed figure follows', async ({ app: _app, host, page }) => {
  const recon = await ReconcilePage.open(page);
  await recon.contractor.selectOption({ label: 'Verizon' });
  await recon.tab('Invoice credits').click();
  await expect(recon.empty('No invoice from Verizon yet')).toBeVisible();
  const importing = await recon.startImport('invoice');
  await importing.choose(sample(host, 'Verizon-invoice-'));
  await importing.map({ 'Invoice number': 'Invoice No', 'Invoice date': 'Bill Date', 'Circuit ID': 'Circuit', Amount: 'Amount', Description: 'Charge Description' });
  await importing.field('Date format').fill('M/d/yyyy');
  await importing.preview();
  await expect(importing.summary).toContainText('2 credit lines on invoice VZ-CR-202611');
  // Nothing is written by the preview: the claim still owes all of it.
  const claimId = Number(await importing.dialog.locator('section.recon-claim').getAttribute('data-claim'));
  expect((await host.value('claims:get', { id: claimId })).claim.owed).toBe(1855);
  await importing.importConfirmed('Import invoice');

  await recon.waitInvoice();
  const lines = recon.invoice.getByRole('table', { name: `Lines of claim ${claimId}` });
  await expect(lines.getByRole('row').filter({ hasText: 'Excessive Outage' })).toContainText(/\$1,555\.00\s*\$0\.00\s*\$1,200\.00\s*Credited in part/);
  await expect(lines.getByRole('row').filter({ hasText: 'Time to Repair' })).toContainText(/\$300\.00\s*\$0\.00\s*\$0\.00\s*Not credited/);
  await expect(recon.invoice.getByRole('table', { name: 'Credit lines' }).getByRole('row').filter({ hasText: 'LA-05-VOIP-1027' })).toContainText('$45.00 credited without a claim');
  await expect(recon.invoice.locator(`section[data-claim="${claimId}"]`)).toContainText('$1,855.00 → $655.00');

  const claims = await ClaimsPage.open(page);
  await expect(claims.claimRow(claimId).locator('.owed-cell')).toHaveText('$655.00');
  await expect(claims.claimRow(claimId)).toContainText('Partly credited');
});
