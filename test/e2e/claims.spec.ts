// Credit claims on screen (issue 11 items 1–3), on the demo agency at Monday 2026-11-23 10:00 PST:
// the billing month is October 2026. AT&T's October credits, checked by hand in
// test/integration/claims/claims.test.ts and test/e2e/month-demo.spec.ts: $9,396.25 (the demo month's
// AT&T lines, $7,241.25, plus two older outages falling in October, $300.00 and $300.00 + $1,555.00).
// Among them: Delay on SAC-HQ-VOIP-1003 (112 ms > 90 ms, 1st month: 25% of $1,200.00 = $300.00) and
// Time to Repair on ticket ATT-810104 (5 h 15 min > Premier 4 h: 25% of $1,200.00 = $300.00).
import { test, expect } from './fixtures';
import { ClaimPage, ClaimsPage } from './pages/ClaimsPage';
import { MonthPage } from './pages/MonthPage';

test.use({ hostArgs: ['--demo'], testClock: '2026-11-23T18:00:00Z' });
test.describe.configure({ timeout: 120_000 });

test('Month → make a claim → exclude a line → submit → acknowledge → partial credit; still owed survives a restart; a changed ticket shows on the frozen line; the list ages it', async ({ app, host, page }) => {
  const month = await MonthPage.open(page);
  await month.contractor.selectOption({ label: 'AT&T' });
  await month.waitLoaded();
  await expect(month.month).toHaveValue('2026-10');
  const strip = page.getByTestId('month-claim');
  await expect(strip).toContainText('No claim for October 2026 yet');
  await strip.getByRole('button', { name: 'Make a claim' }).click();

  const claim = new ClaimPage(page);
  await claim.waitLoaded();
  const id = await claim.id();
  await expect(claim.title).toHaveText(new RegExp(`^Claim ${id}: AT&T, October 2026`));
  await expect(claim.status).toHaveText('Draft');
  await expect(claim.claimed).toHaveText('$9,396.25');

  // Exclude the Delay line: a reason is required, and the total follows ($9,396.25 − $300.00 = $9,096.25).
  const delay = claim.line('Delay', 'SAC-HQ-VOIP-1003');
  await expect(delay.locator('.line-amount')).toHaveText('$300.00');
  await delay.getByRole('button', { name: /^Exclude/ }).click();
  await claim.dialog.getByRole('button', { name: 'Exclude line' }).click();
  await expect(claim.dialog.locator('.field-error')).toHaveText('Reason is required to exclude a line');
  await expect(claim.field('Reason')).toBeFocused();
  await claim.field('Reason').fill('Measured with our own ping tool; the contractor asks for theirs');
  await claim.saveDialog('Exclude line');
  await expect(claim.claimed).toHaveText('$9,096.25');
  await expect(delay).toContainText('Excluded: Measured with our own ping tool');

  // Submit (today, by e-mail, to AT&T's billing): frozen, with its case file's SHA-256.
  await claim.action('Submit…').click();
  await expect(claim.field('Date')).toHaveValue('2026-11-23');
  await claim.field('Sent to').fill('AT&T CALNET billing');
  await claim.saveDialog('Submit claim');
  await expect(claim.status).toHaveText('Submitted');
  await expect(claim.sha256).toHaveText(/^[0-9a-f]{64}$/);
  await expect(delay.getByRole('button', { name: /^Include again/ })).toHaveCount(0);

  await claim.action('Acknowledge…').click();
  await claim.field('Contractor’s reference').fill('ATT-CR-77');
  await claim.saveDialog('Record acknowledgement');
  await expect(claim.status).toHaveText('Acknowledged');

  // A partial credit: $9,096.25 − $5,000.00 = $4,096.25 still owed.
  await claim.action('Record credit…').click();
  await claim.field('Amount credited').fill('5,000.00');
  await claim.field('Invoice number').fill('INV-2026-11');
  await claim.saveDialog('Record credit');
  await expect(claim.status).toHaveText('Partly credited');
  await expect(claim.credited).toHaveText('$5,000.00');
  await expect(claim.owed).toHaveText('$4,096.25');
  await expect(claim.timeline.getByRole('listitem')).toHaveText([/Draft made/, /Submitted by E-mail to AT&T CALNET billing/, /Acknowledged by the contractor.*ATT-CR-77/, /Credited \$5,000\.00.*Invoice INV-2026-11/]);

  // Closed and reopened on the same file (without --demo, which would make a new demo agency):
  // the same figures, read back from the data file.
  await app.open(await host.restart([], ['--demo']));
  await page.evaluate((h) => (window.location.hash = h), `#/claims/${id}`);
  await claim.waitLoaded();
  await expect(claim.status).toHaveText('Partly credited');
  await expect(claim.claimed).toHaveText('$9,096.25');
  await expect(claim.owed).toHaveText('$4,096.25');

  // A 90-minute Power stop clock from ATT-810104's start: 315 − 90 = 225 min, within Premier's 4 h.
  // The claim keeps the line as submitted and shows the new figures beside it.
  const { rows } = await host.value('tickets:list', { text: 'ATT-810104', status: 'all' });
  const ticket = rows.find((t) => t.contractorTicket === 'ATT-810104')!;
  const start = Date.parse(ticket.startAt);
  await host.value('stopClocks:start', { ticketId: ticket.id, code: 'POWER', startAt: new Date(start).toISOString(), endAt: new Date(start + 90 * 60_000).toISOString() });
  await expect(claim.changedBanner).toContainText('1 line changed since submitted.');
  const ttr = claim.line('Time to Repair (TTR)', 'ATT-810104');
  await expect(ttr.getByTestId('line-changed')).toHaveText('Changed since submitted: was Missed · 5 h 15 min · $300.00 → now Met · 3 h 45 min · $0.00');
  await expect(ttr.getByRole('link', { name: 'ATT-810104' })).toHaveAttribute('href', `#/tickets/${ticket.id}`);
  await expect(claim.claimed).toHaveText('$9,096.25');
  await page.setViewportSize({ width: 1280, height: 2400 });
  await page.screenshot({ path: '/tmp/claim-detail.png' });
  await page.setViewportSize({ width: 1280, height: 800 });

  // The list: this claim owes $4,096.25, submitted today (0–30 days). Beside it the demo's own AT&T
  // claims (electron/services/demo/claims.ts): September, $2,155.00 claimed, $1,555.00 credited,
  // $600.00 owed, submitted Oct 5 (49 days: 31–60); August, $1,855.00 owed, submitted Sep 4 (80
  // days: 61–90). AT&T: $9,096.25 + $2,155.00 + $1,855.00 = $13,106.25 claimed; $5,000.00 +
  // $1,555.00 = $6,555.00 credited; $4,096.25 + $600.00 + $1,855.00 = $6,551.25 owed.
  const list = await ClaimsPage.open(page);
  await expect(list.ageingRow('AT&T').getByRole('cell')).toHaveText(['$13,106.25', '$6,555.00', '$6,551.25', /\$4,096\.25\s*1 claim/, /\$600\.00\s*1 claim/, /\$1,855\.00\s*1 claim/, '—']);
  await expect(list.claimRow(id)).toContainText('Partly credited');
  await expect(list.claimRow(id)).toContainText('0 days');
  await page.screenshot({ path: '/tmp/claims-list.png', fullPage: true });
});

test('the Month screen offers what a claim missed as a supplementary claim', async ({ app: _app, host, page }) => {
  const first = await host.value('claims:create', { contractorId: 1, month: '2026-10' });
  // A Premier Converged VoIP outage of October recorded late: 9 h from Oct 20, 08:00 PDT.
  // TTR 25% of $1,200.00 = $300.00 + Excessive Outage 100% of $1,200.00 + 10 × $35.50 = $1,555.00: $1,855.00.
  const { rows } = await host.value('services:list', { contractorId: 1, tier: 'premier', serviceType: 'converged-voip' });
  const t = await host.value('tickets:create', { serviceId: rows[0]!.id, kind: 'repair', contractorTicket: 'ATT-LATE-1', openedAt: '2026-10-20T15:00:00Z' });
  await host.value('tickets:addEvent', { ticketId: t.ticket.id, kind: 'restored', at: '2026-10-21T00:00:00Z' });

  const month = await MonthPage.open(page);
  await month.contractor.selectOption({ label: 'AT&T' });
  await month.waitLoaded();
  const strip = page.getByTestId('month-claim');
  await expect(strip).toContainText(`October 2026 has claim ${first.claim.id} Draft.`);
  await expect(strip).toContainText('2 results ($1,855.00) not yet claimed — make a supplementary claim.');
  await strip.getByRole('button', { name: 'Make a supplementary claim' }).click();
  const claim = new ClaimPage(page);
  await claim.waitLoaded();
  await expect(claim.claimed).toHaveText('$1,855.00');
  await expect(page.locator('.claim-sub')).toContainText(`Supplementary to claim ${first.claim.id}`);
});

test('the Agency screen keeps the ATR’s signature block and the reminder days, refusing a bad value beside its field', async ({ app, page }) => {
  await app.agency();
  const form = page.getByRole('form', { name: 'Claim letters and reminders' });
  const days = form.getByRole('spinbutton', { name: 'Reminder days' });
  await expect(days).toHaveValue('30');
  await form.getByRole('textbox', { name: 'Your name' }).fill('Jordan Lee');
  await form.getByRole('textbox', { name: 'E-mail' }).fill('jordan.lee at example');
  await days.fill('0');
  await form.getByRole('button', { name: 'Save claim settings' }).click();
  await expect(form.locator('.field-error')).toHaveText(['E-mail must look like name@example.gov', 'Reminder days must be at least 1']);
  await expect(days).toHaveAttribute('aria-invalid', 'true');
  await form.getByRole('textbox', { name: 'E-mail' }).fill('jordan.lee@example.ca.gov');
  await days.fill('45');
  await form.getByRole('button', { name: 'Save claim settings' }).click();
  await expect(app.notice('Claim settings saved')).toBeVisible();
  await app.reload();
  await app.agency();
  await expect(form.getByRole('textbox', { name: 'Your name' })).toHaveValue('Jordan Lee');
  await expect(days).toHaveValue('45');
  // The profile's own form still saves without touching them.
  await app.page.getByRole('form', { name: 'Agency profile' }).getByRole('textbox', { name: 'Agency name' }).fill('Department of Samples');
  await app.page.getByRole('form', { name: 'Agency profile' }).getByRole('button', { name: 'Save profile' }).click();
  await expect(app.notice('Agency profile saved')).toBeVisible();
  await expect(days).toHaveValue('45');
});

test('a disputed claim shows the bill-or-contract ladder: the next level, when it fell due, and whom to call; a call logged by mistake is undone', async ({ app, host, page }) => {
  // The demo's disputed claim (AT&T, three months back): level 1 was called on the 6th of last month,
  // so level 2 fell due one business day later and is overdue now.
  const disputed = (await host.value('claims:list', { status: 'disputed' })).claims;
  expect(disputed).toHaveLength(1);
  const claims = await ClaimsPage.open(page);
  await claims.claimRow(disputed[0]!.id).getByRole('link').first().click();
  const claim = new ClaimPage(page);
  await claim.waitLoaded();
  const timer = claim.followUp.getByRole('timer', { name: /^Level 2 due: / });
  await expect(timer).toBeVisible();
  await expect(timer).toHaveAttribute('data-urgency', 'red');
  await expect(claim.followUp.getByRole('button', { name: 'Log call', exact: true })).toBeVisible();

  // A call logged by a click too many is undone from its notice: level 2 is next again, and the
  // call stays on the timeline, struck through, with why.
  await claim.followUp.getByRole('button', { name: 'Log call', exact: true }).click();
  await expect(claim.followUp.getByRole('timer', { name: /^Level 3 due: / })).toBeVisible();
  await app.notice('Call logged: level 2').getByRole('button', { name: 'Undo' }).click();
  await expect(app.notice('Call undone')).toBeVisible();
  await expect(claim.followUp.getByRole('timer', { name: /^Level 2 due: / })).toBeVisible();
  const undone = claim.timeline.getByRole('listitem').filter({ hasText: 'Called level 2' });
  await expect(undone).toHaveAttribute('data-retracted', 'true');
  await expect(undone).toContainText('Undone right after logging');
  expect((await host.value('claims:get', { id: disputed[0]!.id })).reachedLevel).toBe(1);
});
