// Case files in the app, on the demo agency at Tuesday 2026-11-17 10:00 PST (the demo month is
// October 2026): export AT&T's month from the Month screen as a download with its SHA-256, and
// import a case file: one with a bad stop clock shows the sla command's line next to its ticket and
// cannot be imported; a clean one is previewed, confirmed and written.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { test, expect } from './fixtures';
import { CaseFileDialog } from './pages/CaseFileDialog';
import { MonthPage } from './pages/MonthPage';

test.use({ hostArgs: ['--demo'], testClock: '2026-11-17T18:00:00Z' });

/** A small case for Verizon (no service of the demo has these Circuit IDs). */
function smallCase(stopClockCode: string): string {
  return JSON.stringify(
    {
      month: '2026-10',
      services: [{ id: 'VZ-CASE-1', type: 'converged-voip', tier: 'premier', tmrc: 1200, aduc: 35.5 }],
      tickets: [
        {
          id: 'VZ-T-1',
          serviceId: 'VZ-CASE-1',
          kind: 'repair',
          openedAt: '2026-10-06T16:00:00Z',
          restoredAt: '2026-10-07T01:00:00Z',
          closedAt: '2026-10-07T02:00:00Z',
          stopClocks: [{ code: stopClockCode, start: '2026-10-06T17:00:00Z', end: '2026-10-06T17:30:00Z', note: 'Site manager asked the tech to wait' }],
        },
      ],
    },
    null,
    2,
  );
}

test('export AT&T’s October from the Month screen: a case-ATT-2026-10.json download and its SHA-256', async ({ app: _app, page }) => {
  const month = await MonthPage.open(page);
  await expect(month.month).toHaveValue('2026-10');
  const exportButton = page.getByRole('button', { name: 'Export case file' });
  // A case file is one contractor's month: the button waits for one to be chosen.
  await expect(exportButton).toBeDisabled();
  await month.contractor.selectOption({ label: 'AT&T' });
  await month.waitLoaded();

  const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
  expect(download.suggestedFilename()).toBe('case-ATT-2026-10.json');
  const text = fs.readFileSync((await download.path())!, 'utf8');
  const json = JSON.parse(text) as { month: string; services: Array<{ id: string }>; tickets: Array<{ id: string }> };
  expect(json.month).toBe('2026-10');
  // Tickets named by the contractor's ticket numbers, as the Month screen shows them.
  expect(json.tickets.map((t) => t.id)).toContain('ATT-810105');
  const sha = crypto.createHash('sha256').update(text, 'utf8').digest('hex');
  await expect(page.getByTestId('case-sha256')).toHaveText(sha);
  await expect(page.getByRole('status').filter({ hasText: 'case-ATT-2026-10.json' })).toBeVisible();
});

test('import a case file: a bad stop clock is shown on its row and blocks the import; a clean one goes in once confirmed', async ({ app, host, page }) => {
  await app.services();
  const dialog = await CaseFileDialog.open(page);
  await dialog.contractor.selectOption({ label: 'Verizon' });

  await dialog.paste.fill(smallCase('NO_TROUBLE_FOUND'));
  await dialog.check();
  await expect(dialog.summary).toContainText('1 problem: nothing will be imported');
  const ticket = dialog.row('/tickets/0');
  await expect(ticket).toHaveAttribute('aria-invalid', 'true');
  await expect(ticket).toContainText('/tickets/0/stopClocks/0/code: "NO_TROUBLE_FOUND" is not a stop clock condition');
  await expect(dialog.row('/services/0')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.importButton()).toHaveCount(0);
  await page.screenshot({ path: '/tmp/case-import-dialog.png' });

  await dialog.choose('vz-case.json', smallCase('END_USER_REQUEST'));
  await expect(dialog.paste).toHaveValue(/"END_USER_REQUEST"/);
  await dialog.check();
  await expect(dialog.summary).toContainText('Ready: 1 new service; 1 ticket, 1 stop clock for Verizon, case month 2026-10');
  await expect(dialog.row('/tickets/0')).toContainText('VZ-T-1');
  // Checking is not importing.
  expect((await host.value('services:list', { text: 'VZ-CASE-1' })).total).toBe(0);

  const confirm = await dialog.startImport();
  await confirm.confirm('Import');
  await expect(dialog.dialog).toBeHidden();
  await expect(app.notice('Imported vz-case.json')).toBeVisible();
  const services = await host.value('services:list', { text: 'VZ-CASE-1' });
  expect(services.rows.map((s) => [s.circuitId, s.contractorName, s.tmrcCents])).toEqual([['VZ-CASE-1', 'Verizon', 120_000]]);
  const tickets = await host.value('tickets:list', { text: 'VZ-T-1', status: 'all' });
  expect(tickets.rows.map((t) => [t.contractorTicket, t.status])).toEqual([['VZ-T-1', 'closed']]);
});
