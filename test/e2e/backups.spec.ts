// The Backups screen (issue 10): the daily copies of the data file with what each holds, and
// restoring one after a confirmation that says what happens. The copies here are the host's own
// daily backups, taken at start: the host is restarted on the next day (a later test clock).
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, type Page } from './fixtures';
import type { Host } from './fixtures';
import type { AppShell } from './pages/AppShell';
import { BackupsPage } from './pages/BackupsPage';
import { TicketsPage } from './pages/TicketsPage';
import { openTicket, premierService } from './pages/TicketsSetup';

const DAY1 = '2026-11-20';
const DAY2 = '2026-11-21';
// 10:00 in Sacramento on each day: the copy is named by the agency's date.
test.use({ testClock: `${DAY1}T18:00:00Z` });

/** Waits until the host's start-up copy of `day` is on disk (it is taken in the background). */
async function copyOf(host: Host, day: string): Promise<void> {
  await expect.poll(async () => (await host.value('backups:list', {})).map((b) => b.day), { timeout: 15_000 }).toContain(day);
}

/**
 * Day 1 starts empty (its copy: no tickets, no services); the ATR enters a service and ticket
 * ATT-5501 and names the agency; day 2's start copies that. Returns the ticket's id.
 */
async function twoDays(host: Host, app: AppShell, page: Page): Promise<number> {
  await copyOf(host, DAY1);
  const serviceId = await premierService(host);
  const ticket = await openTicket(host, serviceId, `${DAY1}T17:00:00Z`);
  const agency = await host.value('agency:get', {});
  await host.value('agency:update', { name: 'Department of Backups', kind: agency.kind, timeZone: agency.timeZone });
  const url = await host.restart(['--test-clock', `${DAY2}T18:00:00Z`]);
  await page.clock.setFixedTime(`${DAY2}T18:00:00Z`);
  await app.open(url);
  await copyOf(host, DAY2);
  return ticket.ticket.id;
}

function keptCopies(host: Host): string[] {
  return fs.readdirSync(path.join(path.dirname(host.dataFile), 'backups')).filter((n) => n.includes('.before-restore-'));
}

test('the copies are listed newest first with the tickets and services each holds', async ({ host, app, page }) => {
  await twoDays(host, app, page);
  const backups = await BackupsPage.open(page);
  await expect(backups.rows()).toHaveCount(2);
  const cells = await backups.cells();
  expect(cells.map((r) => r.slice(0, 3))).toEqual([
    [`${DAY2}Latest`, '1', '1'],
    [DAY1, '0', '0'],
  ]);
  expect(cells.map((r) => r[4])).toEqual(['Intact', 'Intact']);
  expect(cells.map((r) => r[5])).toEqual([`agency-${DAY2}.sqlite`, `agency-${DAY1}.sqlite`]);
  // A size in words, not a raw byte count.
  expect(cells[0]![3]).toMatch(/^\d+(\.\d)? KB$/);
  // Where the copies are kept is said on the screen.
  await expect(backups.screen.getByText(path.join(path.dirname(host.dataFile), 'backups'), { exact: true })).toBeVisible();
  // Written files are not read-only: no banner.
  await expect(page.getByRole('alert').filter({ hasText: 'Read-only' })).toHaveCount(0);
  await page.screenshot({ path: '/tmp/backups-screen.png' });
});

test('a new data file shows that there are no backups yet', async ({ host, app, page }) => {
  // The copy of the start is there to be seen; removing it leaves the folder empty.
  await copyOf(host, DAY1);
  fs.rmSync(path.join(path.dirname(host.dataFile), 'backups', `agency-${DAY1}.sqlite`));
  await app.reload();
  const backups = await BackupsPage.open(page);
  await expect(backups.emptyState).toBeVisible();
  await expect(backups.emptyState).toContainText('The first copy is taken the next time ATR Desk starts');
});

test('restoring a copy after the confirmation brings back the ticket as it was, and keeps the current file', async ({ host, app, page }) => {
  const ticketId = await twoDays(host, app, page);
  // Since day 2's copy: ATT-5501 was renumbered, another ticket opened, the agency renamed.
  const before = await host.value('tickets:get', { id: ticketId });
  await host.value('tickets:update', {
    id: ticketId,
    ticket: { serviceId: before.ticket.serviceId, kind: 'repair', contractorTicket: 'ATT-9999', openedAt: `${DAY1}T17:00:00Z`, description: 'Renumbered' },
  });
  await openTicket(host, before.ticket.serviceId, `${DAY2}T17:30:00Z`, { contractorTicket: 'ATT-7777' });
  const agency = await host.value('agency:get', {});
  await host.value('agency:update', { name: 'Renamed since', kind: agency.kind, timeZone: agency.timeZone });
  await app.reload();
  await expect(page.getByTestId('agency-name')).toHaveText('Renamed since');

  const backups = await BackupsPage.open(page);
  await backups.startRestore(DAY2);
  // The confirmation says what will happen, before anything does; Cancel has the focus.
  await expect(backups.confirm).toContainText("The data in agency.sqlite will be replaced by this backup’s: 1 ticket and 1 service, as they were on 2026-11-21.");
  await expect(backups.confirm).toContainText('a copy of the current file is kept in the backups folder as agency.before-restore-<date and time>.sqlite');
  await expect(backups.confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.screenshot({ path: '/tmp/backups-restore-confirm.png' });
  await backups.confirm.getByRole('button', { name: 'Restore this backup' }).click();

  await expect(backups.result).toBeVisible();
  const kept = keptCopies(host);
  expect(kept).toHaveLength(1);
  await expect(backups.result.getByRole('status')).toContainText(`The data in agency.sqlite is now the backup of ${DAY2}: 1 ticket, 1 service.`);
  await expect(backups.result.getByRole('status')).toContainText(path.join(path.dirname(host.dataFile), 'backups', kept[0]!));
  // The header refreshed by itself (data:changed), no reload: the agency's name of day 2.
  await expect(page.getByTestId('agency-name')).toHaveText('Department of Backups');
  await expect(backups.result.getByRole('button', { name: 'Done' })).toBeFocused();
  await page.screenshot({ path: '/tmp/backups-restored.png' });
  await backups.result.getByRole('button', { name: 'Done' }).click();
  await expect(backups.result).toBeHidden();

  const tickets = await new TicketsPage(page).open();
  await expect(tickets.rowByTicket('ATT-5501')).toHaveCount(1);
  await expect(tickets.rowByTicket('ATT-9999')).toHaveCount(0);
  await expect(tickets.rowByTicket('ATT-7777')).toHaveCount(0);
  expect((await host.value('tickets:list', {})).rows.map((t) => t.contractorTicket)).toEqual(['ATT-5501']);
  // Nothing is lost: the kept copy holds the file as it was just before the restore.
  const copy = new Database(path.join(path.dirname(host.dataFile), 'backups', kept[0]!), { readonly: true, fileMustExist: true });
  try {
    const rows = copy.prepare('SELECT contractor_ticket AS t FROM tickets ORDER BY t').all() as Array<{ t: string }>;
    expect(rows.map((r) => r.t)).toEqual(['ATT-7777', 'ATT-9999']);
  } finally {
    copy.close();
  }
});

test('cancelling the confirmation changes nothing', async ({ host, app, page }) => {
  await twoDays(host, app, page);
  const serviceId = (await host.value('services:list', {})).rows[0]!.id;
  await openTicket(host, serviceId, `${DAY2}T17:30:00Z`, { contractorTicket: 'ATT-7777' });
  const backups = await BackupsPage.open(page);

  await backups.startRestore(DAY2);
  await backups.confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(backups.confirm).toBeHidden();
  // Escape is a cancel too.
  await backups.startRestore(DAY1);
  await page.keyboard.press('Escape');
  await expect(backups.confirm).toBeHidden();

  expect((await host.value('tickets:list', {})).rows.map((t) => t.contractorTicket).sort()).toEqual(['ATT-5501', 'ATT-7777']);
  expect(keptCopies(host)).toEqual([]);
  await expect(page.getByTestId('agency-name')).toHaveText('Department of Backups');
});
