// The Services screen with a few rows, for the docs (docs/screenshots/services.png). Every run
// attaches the picture to the report; the file in docs/ is written when it is missing or when
// UPDATE_SCREENSHOTS=1, so an ordinary test run leaves the working tree alone.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, REPO_ROOT } from './fixtures';

const DOC_SHOT = path.join(REPO_ROOT, 'docs/screenshots/services.png');

test('screenshot of the Services screen', async ({ app, host, page }, testInfo) => {
  await host.value('agency:update', { name: 'Department of General Services', kind: 'non-exempt-state', timeZone: 'America/Los_Angeles' });
  const [att, vz] = await host.value('contractors:list', {});
  const rows = [
    ['SAC-VOIP-0001', att, 'converged-voip', 'premier', '1,250.00', '4.10', 'HQ Tower', '707 3rd St, West Sacramento'],
    ['SAC-VOIP-0002', att, 'converged-voip-voicemail', 'premier', '185.40', '0', 'HQ Tower', '707 3rd St, West Sacramento'],
    ['SAC-SURV-0003', att, 'site-survivability', 'standard', '96.00', '0', 'HQ Tower', '707 3rd St, West Sacramento'],
    ['FSN-VOIP-0104', vz, 'converged-voip', 'standard', '842.75', '2.35', 'Fresno Office', '2550 Mariposa Mall, Fresno'],
    ['FSN-VOIP-0105', vz, 'converged-voip-voicemail', 'basic', '64.00', '0', 'Fresno Office', '2550 Mariposa Mall, Fresno'],
    ['LA-VOIP-0210', att, 'converged-voip', 'premier', '2,310.00', '6.80', 'LA Regional', '300 S Spring St, Los Angeles'],
    ['LA-SURV-0211', att, 'site-survivability', 'premier', '120.00', '0', 'LA Regional', '300 S Spring St, Los Angeles'],
    ['OAK-VOIP-0330', vz, 'converged-voip', 'basic', '410.25', '1.05', 'Oakland Annex', '1515 Clay St, Oakland'],
    ['RDG-VOIP-0412', vz, 'converged-voip', 'standard', '275.00', '0.90', 'Redding Field', '1000 Center St, Redding'],
    ['SD-VOIP-0520', att, 'converged-voip', 'standard', '1,045.60', '3.20', 'San Diego', '1350 Front St, San Diego'],
  ] as const;
  for (const [circuitId, c, serviceType, tier, tmrc, aduc, site, address] of rows) {
    await host.value('services:create', { circuitId, contractorId: c!.id, serviceType, tier, tmrc, aduc, site, address });
  }
  await app.reload();
  const services = await app.services();
  await expect(services.rows()).toHaveCount(rows.length);
  await services.row('FSN-VOIP-0104').click();
  await page.mouse.move(0, 0);
  const png = await page.screenshot();
  await testInfo.attach('services', { body: png, contentType: 'image/png' });
  if (process.env.UPDATE_SCREENSHOTS === '1' || !fs.existsSync(DOC_SHOT)) {
    fs.mkdirSync(path.dirname(DOC_SHOT), { recursive: true });
    fs.writeFileSync(DOC_SHOT, png);
  }
});
