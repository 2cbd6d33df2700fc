// A data file opened read-only (issue 10): a banner across every screen names the file, says
// why and that nothing can be saved; each save is refused with that message where it was
// asked. The host is restarted with --read-only, as the integration test of the open path does
// (chmod does not stop root, which the tests may run as).
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { BackupsPage } from './pages/BackupsPage';
import { premierService } from './pages/TicketsSetup';

test.use({ testClock: '2026-11-20T18:00:00Z' });

test('a read-only data file: the banner says so on every screen, and saves are refused with the message', async ({ host, app, page }) => {
  await premierService(host);
  // The start-up copy, to try restoring below.
  await expect.poll(async () => (await host.value('backups:list', {})).length, { timeout: 15_000 }).toBe(1);
  await app.open(await host.restart(['--read-only']));
  // Read after the restart: the writable host's last changes were in its WAL until it closed.
  const before = fs.readFileSync(host.dataFile);

  const banner = page.getByRole('alert').filter({ hasText: 'Read-only' });
  await expect(banner).toContainText('the data file agency.sqlite opened read-only because read-only was asked for when it was opened (the --read-only option)');
  await expect(banner).toContainText('changes cannot be saved');
  await expect(banner).toContainText(host.dataFile);
  await page.screenshot({ path: '/tmp/read-only-banner.png' });

  // A save: refused, with the message next to the form.
  const agency = await app.agency();
  await expect(banner).toBeVisible();
  await agency.name().fill('Cannot be saved');
  await agency.save();
  await expect(agency.profile.getByRole('alert')).toHaveText(`The data file ${host.dataFile} is open read-only; nothing was saved.`);

  // A restore: refused in its dialog, which stays open to be read.
  const backups = await BackupsPage.open(page);
  await expect(banner).toBeVisible();
  await backups.startRestore('2026-11-20');
  await backups.confirm.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(backups.confirm.getByRole('alert')).toHaveText(`The data file ${host.dataFile} is open read-only; nothing was saved.`);
  await backups.confirm.getByRole('button', { name: 'Cancel' }).click();

  expect(fs.readdirSync(path.join(path.dirname(host.dataFile), 'backups')).filter((n) => n.includes('before-restore'))).toEqual([]);
  expect((await host.value('agency:get', {})).name).not.toBe('Cannot be saved');
  expect(fs.readFileSync(host.dataFile).equals(before)).toBe(true);
});
