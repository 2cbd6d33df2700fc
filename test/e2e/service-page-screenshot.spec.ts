// A service's page on the demo agency, its availability chart drawn from the engine's months;
// every run attaches the picture to the report (SHOT=path also writes it there, to look at).
// The demo's SAC-HQ-VOIP-1005 missed availability last month after a September recorded as
// missed before ATR Desk: the 2nd consecutive miss.
import fs from 'node:fs';
import { test, expect } from './fixtures';

// Tuesday 2026-11-17, 10:00 in Sacramento: "last month" of the demo is October 2026.
test.use({ hostArgs: ['--demo'], testClock: '2026-11-17T18:00:00Z' });

test('screenshot of a service page on the demo agency', async ({ app, page }, testInfo) => {
  const services = await app.services();
  await services.search.fill('SAC-HQ-VOIP-1005');
  await expect(services.rows()).toHaveCount(1);
  const service = await services.openService('SAC-HQ-VOIP-1005');
  // Twelve months, one bar each but for August and September, recorded in the history before
  // ATR Desk (their verdict is the recorded one, with no measure of the app's), and the objective line.
  await expect(service.slaPanel.locator('.recharts-bar-rectangle')).toHaveCount(10);
  await expect(service.slaPanel.locator('.recharts-reference-line')).toHaveCount(1);
  // The recorded months have no bar: their verdict is written under the month.
  await expect(service.slaPanel.locator('tspan', { hasText: /^rec\. met$/ })).toHaveCount(1);
  await expect(service.slaPanel.locator('tspan', { hasText: /^rec\. missed$/ })).toHaveCount(1);
  // Premier TMRC $1,200, ADUC $35.50; 2nd consecutive miss (29.4.8.1): 30% x $1,200 + 2 x $35.50 = $360 + $71 = $431.00.
  const october = service.month('Oct 2026');
  await expect(october).toContainText('Missed');
  await expect(october).toContainText('2nd in a row');
  await expect(october).toContainText('$431.00');
  await expect(service.month('Sep 2026')).toContainText('Missed');
  await expect(service.month('Sep 2026')).toContainText('Recorded before ATR Desk');
  await expect(service.month('Aug 2026')).toContainText('Met');
  await expect(service.month('Nov 2026')).toContainText('Pending');
  await expect(service.history).toContainText('Sep 2026');
  await page.mouse.move(0, 0);
  const png = await page.screenshot();
  await testInfo.attach('service', { body: png, contentType: 'image/png' });
  if (process.env.SHOT) fs.writeFileSync(process.env.SHOT, png);
});
