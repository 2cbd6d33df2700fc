// The Month screen on an agency built through the api, so every figure is checked by hand
// against DOMAIN.md. October 2026, agency time (PDT):
//   SAC-VOIP-0001, AT&T, Premier, TMRC $1,200.00, ADUC $35.50 (TTR 4 h, Excessive Outage 8 h):
//     ATT-1 9 h outage: TTR missed 25% = $300.00; Excessive Outage missed 100% + 10 ADUC days
//       = $1,200.00 + $355.00 = $1,555.00.
//     ATT-2 5 h outage: TTR missed $300.00; Excessive Outage met.
//     ATT-3 open since Oct 30 13:00 under an End-User Request stop clock from 13:30: 30 min
//       counted, so TTR and Excessive Outage are pending (paused) — listed apart.
//   FSN-VOIP-0104, Verizon, Standard, TMRC $842.75, ADUC $2.35 (TTR 5 h, Excessive Outage 12 h):
//     VZ-1 13 h outage: TTR missed 25% = $210.6875 → $210.69; Excessive Outage missed
//       $842.75 + 10 × $2.35 = $866.25.
//   Availability: ATT-1, ATT-2 and VZ-1 earned a remedy under TTR / Excessive Outage, so they are
//   not counted again (ATT-3 is not closed): both services 100%, met, nothing owed.
// Total: $300.00 + $1,555.00 + $300.00 + $210.69 + $866.25 = $3,231.94; AT&T alone $2,155.00.
import { test, expect, type Page } from './fixtures';
import type { Host } from './fixtures';
import { MonthPage } from './pages/MonthPage';
import { attId, openTicket, premierService } from './pages/TicketsSetup';

test.use({ testClock: '2026-11-17T18:00:00Z' }); // Tuesday 10:00 PST: the default month is October 2026

async function octoberAgency(host: Host): Promise<{ att: number; verizon: number; attOutage: number }> {
  const verizon = (await host.value('contractors:list', {})).find((c) => c.name === 'Verizon')!.id;
  const sac = await premierService(host, 'SAC-VOIP-0001', { aduc: '35.50' });
  const fsn = (
    await host.value('services:create', {
      circuitId: 'FSN-VOIP-0104', contractorId: verizon, serviceType: 'converged-voip', tier: 'standard', tmrc: '842.75', aduc: '2.35', site: 'Fresno Office',
      address: '2550 Mariposa Mall, Fresno',
    })
  ).id;
  const outage = async (serviceId: number, ref: string, openedAt: string, hours: number) => {
    const t = await openTicket(host, serviceId, openedAt, { contractorTicket: ref });
    const restored = new Date(Date.parse(openedAt) + hours * 3_600_000).toISOString();
    await host.value('tickets:addEvent', { ticketId: t.ticket.id, kind: 'restored', at: restored, who: 'Test' });
    await host.value('tickets:addEvent', { ticketId: t.ticket.id, kind: 'closed', at: restored, who: 'Test' });
    return t.ticket.id;
  };
  const attOutage = await outage(sac, 'ATT-1', '2026-10-06T17:00:00Z', 9);
  await outage(sac, 'ATT-2', '2026-10-13T16:00:00Z', 5);
  await outage(fsn, 'VZ-1', '2026-10-20T15:00:00Z', 13);
  const open = await openTicket(host, sac, '2026-10-30T20:00:00Z', { contractorTicket: 'ATT-3' });
  await host.value('stopClocks:start', {
    ticketId: open.ticket.id, code: 'END_USER_REQUEST', startAt: '2026-10-30T20:30:00Z', note: 'Site manager asked to wait for the move; called twice',
  });
  return { att: await attId(host), verizon, attOutage };
}

async function openMonth(page: Page): Promise<MonthPage> {
  return MonthPage.open(page);
}

test('the month’s total owed, per contractor, with each SLA’s verdicts and the pending apart', async ({ app, host, page }) => {
  const { att } = await octoberAgency(host);
  await app.reload();
  const month = await openMonth(page);

  await expect(month.month).toHaveValue('2026-10');
  await expect(month.contractor).toHaveValue('');
  await expect(month.total).toHaveText('$3,231.94');
  // Time to Repair: 3 missed ($300.00 + $300.00 + $210.69), ATT-3 open; Excessive Outage: 2 missed, 1 met, 1 open.
  await expect(month.summary('Time to Repair (TTR)').getByRole('cell')).toHaveText(['0', '3', '1', '0', '$810.69']);
  await expect(month.summary('Excessive Outage').getByRole('cell')).toHaveText(['1', '2', '1', '0', '$2,421.25']);
  await expect(month.summary('Availability').getByRole('cell')).toHaveText(['2', '0', '0', '0', '—']);

  // The results still waiting for a verdict, with what each waits for.
  await expect(month.pendingItems()).toHaveCount(2);
  await expect(month.pendingOf('Time to Repair (TTR)')).toHaveText([/Ticket ATT-3SAC-VOIP-0001Waiting for the restoration: 3 h 30 min left .*paused while a stop clock runs/]);
  await expect(month.pendingOf('Excessive Outage')).toHaveText([/Waiting for the restoration: 7 h 30 min left/]);

  await month.contractor.selectOption({ label: 'AT&T' });
  await expect(page).toHaveURL(new RegExp(`#/month\\?m=2026-10&c=${att}$`));
  await month.waitLoaded();
  await expect(month.total).toHaveText('$2,155.00');
  await expect(month.row('FSN-VOIP-0104')).toHaveCount(0);

  // The address keeps the choice across a reload.
  await app.reload();
  await month.waitLoaded();
  await expect(month.contractor).toHaveValue(String(att));
  await expect(month.total).toHaveText('$2,155.00');
});

test('results sort and filter; a row opens its explain lines and links to its ticket', async ({ app, host, page }) => {
  const { attOutage } = await octoberAgency(host);
  await app.reload();
  const month = await openMonth(page);

  // The money first: $1,555.00, then $866.25, $300.00, $300.00, $210.69.
  const credits = month.rows().locator('td.mc-credit');
  await expect(credits.nth(0)).toHaveText('$1,555.00');
  await expect(credits.nth(1)).toHaveText('$866.25');
  await expect(credits.nth(4)).toHaveText('$210.69');

  await month.verdictFilter.selectOption({ label: 'Missed only' });
  await expect(month.rows()).toHaveCount(5);
  await month.search.fill('fsn-voip-0104');
  await expect(month.rows()).toHaveCount(2);
  await month.slaFilter.selectOption({ label: 'Excessive Outage' });
  await expect(month.rows()).toHaveCount(1);
  await expect(month.rows().first()).toContainText('$866.25');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(month.search).toHaveValue('');

  // Sorted by SLA clause: 29.4.8.1 Availability first, not 29.4.8.11 before 29.4.8.2.
  await month.list.getByRole('button', { name: 'SLA' }).click();
  await expect(month.rows().first()).toContainText('Availability');

  // From the keyboard: the first row opens with its explain lines; Enter opens its ticket.
  await month.list.getByRole('button', { name: 'Credit' }).click();
  await expect(credits.nth(0)).toHaveText('$1,555.00');
  await month.list.focus();
  await page.keyboard.press('ArrowDown');
  await expect(month.rows().first()).toHaveAttribute('aria-selected', 'true');
  await expect(month.detail).toHaveAttribute('data-loaded', 'true');
  await expect(month.explainLines().first()).toContainText('29.4.8.6 Excessive Outage');
  await expect(month.explainLines().last()).toContainText('$1,555.00');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/tickets/${attOutage}$`));
  await expect(page.getByRole('region', { name: 'SLA and credit' })).toContainText('$1,855.00');
});

test('a month with nothing to measure says so', async ({ app: _app, page }) => {
  const month = await openMonth(page);
  await expect(page.getByRole('region', { name: 'Nothing measured in October 2026' })).toBeVisible();
  await page.getByRole('button', { name: /^Previous month/ }).click();
  await expect(page).toHaveURL(/#\/month\?m=2026-09$/);
  await month.waitLoaded();
  await expect(page.getByRole('region', { name: 'Nothing measured in September 2026' })).toBeVisible();
});

test('tickets per contractor: the twelve months to the chosen one, each ticket in the month its outage started (agency time)', async ({ app, host, page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' }); // no animation: the picture is final at once
  await octoberAgency(host);
  const fsn = (await host.value('services:list', {})).rows.find((s) => s.circuitId === 'FSN-VOIP-0104')!.id;
  // Oct 31 23:30 PDT (DST ends Nov 1) = Nov 1 06:30 UTC: an October ticket, not a November one.
  await openTicket(host, fsn, '2026-11-01T06:30:00Z', { contractorTicket: 'VZ-2' });
  await app.reload();
  const month = await openMonth(page);

  // AT&T: ATT-1 (Oct 6), ATT-2 (Oct 13), ATT-3 (Oct 30) = 3; Verizon: VZ-1 (Oct 20), VZ-2 (Oct 31 23:30) = 2.
  await expect(month.trendChart).toHaveAttribute('aria-label', 'Tickets per contractor by month, Nov 2025 to Oct 2026: AT&T 3 tickets, Verizon 2 tickets.');
  // One line per contractor, each named at its end (not by colour alone), twelve markers each.
  await expect(month.trendChart.locator('.recharts-line')).toHaveCount(2);
  await expect(month.trendChart.locator('.recharts-line-dots > g')).toHaveCount(24);
  await expect(month.trendChart.locator('text', { hasText: /^AT&T$/ })).toBeVisible();
  await expect(month.trendChart.locator('text', { hasText: /^Verizon$/ })).toBeVisible();
  // The figures as a table, for screen readers and copying.
  await month.trend.getByText('Figures as a table').click();
  const table = month.trend.getByRole('table', { name: 'Tickets per contractor by month' });
  await expect(table.getByRole('columnheader')).toHaveText(['Month', 'AT&T', 'Verizon']);
  const row = (label: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
  await expect(row('Oct 2026').getByRole('cell')).toHaveText(['3', '2']);
  await expect(row('Sep 2026').getByRole('cell')).toHaveText(['0', '0']);
  await expect(table.getByRole('row')).toHaveCount(13);
  if (process.env.SHOT_DIR) {
    await page.mouse.move(0, 0);
    await month.trend.screenshot({ path: `${process.env.SHOT_DIR}/month-trend.png` });
    // Black and white: the page's CSP refuses a style tag, not a style set through the DOM.
    await page.evaluate(() => { document.documentElement.style.filter = 'grayscale(1)'; });
    await month.trend.screenshot({ path: `${process.env.SHOT_DIR}/month-trend-gray.png` });
  }

  // November: twelve months to it; VZ-2 stays October's, so November counts nothing yet.
  await page.getByRole('button', { name: /^Next month/ }).click();
  await month.waitLoaded();
  await expect(month.trendChart).toHaveAttribute('aria-label', 'Tickets per contractor by month, Dec 2025 to Nov 2026: AT&T 3 tickets, Verizon 2 tickets.');
});
