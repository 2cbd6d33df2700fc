// The ticket's "SLA and credit" panel on the demo agency, for the README
// (docs/screenshots/sla-panel.png): the closed 9 h 30 min overnight outage on a Premier
// Converged VoIP service, Time to Repair and Excessive Outage missed, the Excessive Outage
// arithmetic opened. Written when missing or when UPDATE_SCREENSHOTS=1; every run attaches it.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, REPO_ROOT } from './fixtures';
import { SlaPanel } from './pages/SlaPanel';
import { TicketsPage } from './pages/TicketsPage';

const DOC_SHOT = path.join(REPO_ROOT, 'docs/screenshots/sla-panel.png');

// Tuesday 10:00 in Sacramento: the demo month is October 2026.
test.use({ hostArgs: ['--demo'], testClock: '2026-11-17T18:00:00Z' });

test('screenshot of a ticket’s SLA and credit panel on the demo agency', async ({ app: _app, page }, testInfo) => {
  const tickets = await new TicketsPage(page).open();
  await tickets.statusFilter.selectOption({ label: 'Closed' });
  await tickets.search.fill('ATT-810105');
  await expect(tickets.rows()).toHaveCount(1);
  await tickets.openDetail('FRE-02-VOIP-1020');
  const sla = new SlaPanel(page);
  await sla.waitLoaded();
  await sla.explainButton('Excessive Outage').click();
  await expect(sla.explainLines('Excessive Outage')).toBeVisible();
  await page.mouse.move(0, 0);
  const png = await sla.region.screenshot({ animations: 'disabled' });
  await testInfo.attach('sla-panel', { body: png, contentType: 'image/png' });
  if (process.env.UPDATE_SCREENSHOTS === '1' || !fs.existsSync(DOC_SHOT)) {
    fs.mkdirSync(path.dirname(DOC_SHOT), { recursive: true });
    fs.writeFileSync(DOC_SHOT, png);
  }
});
