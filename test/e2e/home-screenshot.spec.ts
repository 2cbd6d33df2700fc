// The home screen on the demo agency, for the README (docs/screenshots/home.png). The host
// generates the demo (--demo) into the test's own data file, at a fixed instant, so the
// picture is the same at every run. The file in docs/ is written when missing or when
// UPDATE_SCREENSHOTS=1; every run attaches it to the report.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, REPO_ROOT } from './fixtures';
import { HomePage } from './pages/HomePage';

const DOC_SHOT = path.join(REPO_ROOT, 'docs/screenshots/home.png');

// Tuesday 10:00 in Sacramento.
test.use({ hostArgs: ['--demo'], testClock: '2026-11-17T18:00:00Z' });

test('screenshot of the home screen on the demo agency', async ({ app, page }, testInfo) => {
  await expect(app.header).toContainText('Department of Demonstration Services');
  const home = new HomePage(page);
  await home.waitLoaded();
  // 7 CALNET tickets and the help desk's 2 open incidents (Severity 2 and 3).
  await expect(home.entries()).toHaveCount(9);
  // Overdue, due soon, paused and on-track tickets are all on the demo board.
  await expect(home.board.locator('[data-urgency="red"]').first()).toBeVisible();
  await expect(home.board.locator('[data-paused="true"]').first()).toBeVisible();
  await page.mouse.move(0, 0);
  const png = await page.screenshot();
  await testInfo.attach('home', { body: png, contentType: 'image/png' });
  if (process.env.UPDATE_SCREENSHOTS === '1' || !fs.existsSync(DOC_SHOT)) {
    fs.mkdirSync(path.dirname(DOC_SHOT), { recursive: true });
    fs.writeFileSync(DOC_SHOT, png);
  }
});
