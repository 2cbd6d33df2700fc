import { test, expect } from './fixtures';
import { AppShell } from './pages/AppShell';

test('without the token the app says how to get in, and shows no data', async ({ host, browser }) => {
  // A fresh browser context: no session copy of the token either.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL(host.url).origin + '/');
  const shell = new AppShell(page);
  await shell.waitReady();
  await expect(page.getByRole('alert')).toContainText('ATR Desk cannot reach its data');
  await expect(page.getByRole('alert')).toContainText(/no access token/);
  await context.close();
});

test('a wrong token is refused by the host and reported', async ({ host, browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL(host.url).origin + '/#token=not-the-token');
  await new AppShell(page).waitReady();
  await expect(page.getByRole('alert')).toContainText(/token is missing or out of date/);
  expect(page.url()).not.toContain('not-the-token');
  await context.close();
});
