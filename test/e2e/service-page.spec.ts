// The service page (issue 9, item 5): a service with tickets is retired, not deleted, and keeps
// them; a site's survivability usage and the SLA history of months before ATR Desk are recorded
// there, and change the month's verdict and credit step in front of the ATR.
import { test, expect } from './fixtures';
import { TicketsPage } from './pages/TicketsPage';
import { attId, openTicket, premierService } from './pages/TicketsSetup';

// Tuesday 2026-11-17, 10:00 in Los Angeles (PST): "today" in the agency zone is 2026-11-17.
const NOW = '2026-11-17T18:00:00Z';
test.use({ testClock: NOW });

test('retiring a service keeps its tickets and orders; it leaves the "Open ticket" picker', async ({ app, host, page }) => {
  const contractorId = await attId(host);
  const base = { contractorId, serviceType: 'converged-voip', tier: 'premier', tmrc: '1200.00', site: 'SAC-HQ' } as const;
  await host.value('services:create', { ...base, circuitId: 'KEEP-0001' });
  const retiring = await host.value('services:create', { ...base, circuitId: 'RET-0002' });
  await openTicket(host, retiring.id, '2026-11-10T09:00:00-08:00', { contractorTicket: 'ATT-7001', description: 'Choppy audio' });
  await host.value('orders:create', { serviceId: retiring.id, reference: 'SR-77', orderedAt: '2026-09-01T16:00:00Z' });

  const services = await app.services();
  const service = await services.openService('RET-0002');
  await expect(service.heading).toContainText('RET-0002');
  await expect(service.tickets.getByRole('link', { name: '#ATT-7001' })).toBeVisible();
  // Ordered Sep 1 (agency date), no negotiated date: due Sep 1 + 45 days = Oct 16; not completed by Nov 17, so late.
  const order = service.orders.getByRole('row').filter({ has: app.page.getByRole('link', { name: 'SR-77' }) });
  await expect(order).toContainText('Oct 16, 2026');
  await expect(order).toContainText('Late');

  // Delete is refused, with the back end's reason, and offers to retire instead.
  const refused = await service.openDelete('RET-0002');
  await refused.confirm('Delete service');
  await expect(refused.dialog.getByRole('alert')).toContainText('cannot be deleted');
  await expect(refused.dialog.getByRole('alert')).toContainText('1 ticket');
  await refused.confirm('Retire instead…');

  // The retirement date defaults to today in the agency's zone.
  const retire = service.retireDialog('RET-0002');
  await expect(retire.dialog).toBeVisible();
  await expect(retire.date).toHaveValue('2026-11-17');
  await retire.confirm();
  await expect(app.notice('Service RET-0002 retired')).toBeVisible();
  await expect(service.retiredBadge).toHaveText('Retired Nov 17, 2026');
  await expect(service.button('Return to service…')).toBeVisible();
  // Its tickets and orders stay on its page.
  await expect(service.tickets.getByRole('link', { name: '#ATT-7001' })).toBeVisible();
  await expect(service.orders.getByRole('link', { name: 'SR-77' })).toBeVisible();

  // Out of the services list until asked for.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Services' }).click();
  await services.waitLoaded();
  await expect(services.row('KEEP-0001')).toBeVisible();
  await expect(services.row('RET-0002')).toHaveCount(0);
  await expect(services.subtitle).toHaveText('1 CALNET service in service, 1 retired not shown');
  await services.showRetired.check();
  await services.waitLoaded();
  await expect(services.row('RET-0002')).toContainText('Retired');
  await expect(services.subtitle).toHaveText('2 CALNET services on file, 1 of them retired');

  // The ticket is still on the ticket list.
  const tickets = await new TicketsPage(page).open();
  await expect(tickets.row('RET-0002')).toBeVisible();
  await expect(tickets.row('RET-0002')).toContainText('ATT-7001');

  // The ticket's page leads back to its (retired) service.
  const detail = await tickets.openDetail('RET-0002');
  await detail.title.getByRole('link', { name: 'RET-0002' }).click();
  await service.waitLoaded();
  await expect(service.retiredBadge).toBeVisible();
  await expect(service.tickets.getByRole('link', { name: '#ATT-7001' })).toBeVisible();

  // ...but a new ticket cannot be opened on the retired service: the picker does not offer it.
  await tickets.open();
  await tickets.openButton.click();
  await expect(tickets.form).toBeVisible();
  const search = tickets.form.getByRole('searchbox', { name: 'Find a service' });
  const picker = tickets.field('Service');
  await search.fill('RET-0002');
  await expect(tickets.form.getByText('No service matches “RET-0002”.')).toBeVisible();
  await expect(picker.locator('option')).toHaveCount(0);
  await search.fill('KEEP-0001');
  await expect(picker.locator('option')).toHaveCount(1);
  await tickets.form.getByRole('button', { name: 'Cancel' }).click();
  await expect(tickets.form).toBeHidden();

  // The data agrees: retired on that date, left out of the default list, its ticket kept.
  expect((await host.value('services:get', { id: retiring.id })).retiredOn).toBe('2026-11-17');
  expect((await host.value('services:list', {})).rows.map((s) => s.circuitId)).toEqual(['KEEP-0001']);
  expect((await host.value('tickets:list', { serviceId: retiring.id })).total).toBe(1);
});

test('a retired service returns to service and to the pickers', async ({ app, host }) => {
  const contractorId = await attId(host);
  const s = await host.value('services:create', { contractorId, circuitId: 'BACK-0003', serviceType: 'converged-voip', tier: 'basic', tmrc: '100' });
  await host.value('services:retire', { id: s.id, retiredOn: '2026-10-31' });

  const services = await app.services();
  await expect(services.subtitle).toHaveText('0 CALNET services in service, 1 retired not shown');
  await services.table.getByRole('button', { name: 'Show retired' }).click();
  const service = await services.openService('BACK-0003');
  await expect(service.retiredBadge).toHaveText('Retired Oct 31, 2026');
  await service.button('Return to service…').click();
  const confirm = app.page.getByRole('alertdialog', { name: 'Return BACK-0003 to service?' });
  await expect(confirm).toContainText('retired on Oct 31, 2026');
  await confirm.getByRole('button', { name: 'Return to service' }).click();
  await expect(confirm).toBeHidden();
  await expect(service.retiredBadge).toHaveCount(0);
  await expect(service.button('Retire…')).toBeVisible();
  expect((await host.value('services:list', {})).rows.map((x) => x.circuitId)).toEqual(['BACK-0003']);
});

test('site survivability: usage events and a month of history set the verdict and the step of the credit', async ({ app, host }) => {
  const contractorId = await attId(host);
  // Premier site survivability: at most 72 h of usage a month (29.4.8.7). TMRC $100, ADUC $2.
  const surv = await host.value('services:create', {
    contractorId, circuitId: 'SURV-0004', serviceType: 'site-survivability', tier: 'premier', tmrc: '100', aduc: '2', site: 'HQ',
  });

  const services = await app.services();
  const service = await services.openService('SURV-0004');
  await expect(service.usage).toContainText('No usage recorded');

  // Oct 1 00:00 → Oct 4 12:00 PDT: 3 days 12 h = 84 h, over the 72 h objective.
  const add = await service.openRecordUsage();
  await add.fillUsage({ activated: '2026-10-01T00:00', backToStandby: '2026-10-04T12:00', note: 'Carrier fiber cut' });
  await add.submit('Record usage');
  await expect(add.dialog).toBeHidden();
  await expect(app.notice('Usage recorded for HQ')).toBeVisible();
  await expect(service.usageRows()).toHaveCount(1);
  await expect(service.usageRows().first()).toContainText('Oct 1, 2026, 12:00 AM');
  await expect(service.usageRows().first()).toContainText('Oct 4, 2026, 12:00 PM');
  await expect(service.usageRows().first()).toContainText('84 h');
  await expect(service.usageRows().first()).toContainText('Carrier fiber cut');

  // October missed, a first miss: 15% of $100 + 2 ADUC days x $2 = $15 + $4 = $19.00.
  const october = service.month('Oct 2026');
  await expect(october).toContainText('84 h');
  await expect(october).toContainText('Missed');
  await expect(october).toContainText('1st miss');
  await expect(october).toContainText('15% TMRC + 2 ADUC days');
  await expect(october).toContainText('$19.00');

  // September, before ATR Desk, missed too: October becomes the 2nd month in a row,
  // 30% of $100 + 5 ADUC days x $2 = $30 + $10 = $40.00.
  const month = await service.openRecordMonth();
  await expect(month.field('SLA')).toHaveValue('site-survivability');
  await month.fillHistory({ month: '2026-09', result: 'Missed the objective', note: 'Contractor report: 80 h' });
  await month.submit('Record month');
  await expect(month.dialog).toBeHidden();
  await expect(service.historyItems()).toHaveCount(1);
  await expect(service.historyItems().first()).toContainText('Sep 2026');
  await expect(service.historyItems().first()).toContainText('Missed');
  await expect(october).toContainText('2nd in a row');
  await expect(october).toContainText('30% TMRC + 5 ADUC days');
  await expect(october).toContainText('$40.00');
  expect(await host.value('history:list', { site: 'HQ' })).toEqual([
    expect.objectContaining({ sla: 'site-survivability', site: 'HQ', serviceId: null, month: '2026-09', met: false, note: 'Contractor report: 80 h' }),
  ]);
  void surv;
});

test('a bad usage event or history month is refused next to its field and nothing is saved', async ({ app, host }) => {
  const contractorId = await attId(host);
  await host.value('services:create', { contractorId, circuitId: 'SURV-0005', serviceType: 'site-survivability', tier: 'premier', tmrc: '100', site: 'Annex' });
  const services = await app.services();
  const service = await services.openService('SURV-0005');

  // Back to standby before the activation: the back end refuses it, the message is by the field.
  const usage = await service.openRecordUsage();
  await usage.fillUsage({ activated: '2026-11-05T10:00', backToStandby: '2026-11-05T09:00' });
  await usage.submit('Record usage');
  const end = usage.field('Back to standby');
  await expect(usage.error('Back to standby')).toHaveText(/must be after the activation/);
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  await expect(end).toBeFocused();
  await expect(usage.dialog.locator('[aria-invalid="true"]')).toHaveCount(1);
  // An end neither typed nor marked "still on survivability" is named before asking.
  await end.fill('');
  await usage.submit('Record usage');
  await expect(usage.error('Back to standby')).toHaveText('Back to standby is required, or tick “Still on survivability”');
  await usage.dialog.press('Escape');
  await expect(usage.dialog).toBeHidden();
  expect(await host.value('usage:list', { site: 'Annex' })).toEqual([]);

  // A month in the future is not history.
  const month = await service.openRecordMonth();
  await month.fillHistory({ month: '2026-12', result: 'Met the objective' });
  await month.submit('Record month');
  await expect(month.error('Month')).toHaveText(/cannot be in the future/);
  await expect(month.field('Month')).toBeFocused();
  await month.dialog.press('Escape');
  await expect(month.dialog).toBeHidden();

  // No result chosen: the seam's message for it, by the choice.
  const again = await service.openRecordMonth();
  await again.fillHistory({ month: '2026-08' });
  await again.submit('Record month');
  const result = again.dialog.getByRole('group', { name: 'Result' });
  await expect(result.locator('.field-error')).toHaveText('Say whether the month met or missed the SLA');
  await expect(result.getByRole('radio', { name: 'Met the objective' })).toBeFocused();
  await again.dialog.press('Escape');
  await expect(again.dialog).toBeHidden();
  expect(await host.value('history:list', { site: 'Annex' })).toEqual([]);
  await expect(service.history).toContainText('None recorded');
});

test('the availability chart: twelve months against the objective, the verdict drawn by pattern and named for screen readers', async ({ app, host, page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' }); // no animation: the picture is final at once
  const id = await premierService(host, 'AVL-0005');
  // Oct 6 10:00 → 13:50 PDT: 230 min, within Premier's 4 h Time to Repair, so no other SLA's remedy
  // takes it; October's availability: (31 × 1,440 − 230) / 44,640 = 44,410 / 44,640 = 99.48477…% < 99.5%: missed.
  const t = await openTicket(host, id, '2026-10-06T17:00:00Z', { contractorTicket: 'ATT-8001' });
  await host.value('tickets:addEvent', { ticketId: t.ticket.id, kind: 'restored', at: '2026-10-06T20:50:00Z', who: 'Test' });
  await host.value('tickets:addEvent', { ticketId: t.ticket.id, kind: 'closed', at: '2026-10-06T21:00:00Z', who: 'Test' });

  const services = await app.services();
  const service = await services.openService('AVL-0005');
  await service.waitLoaded();
  // Dec 2025 … Sep 2026 at 100% (no ticket): 10 met; October missed; November (this month) pending.
  const chart = service.slaPanel.getByRole('img', {
    name: 'Availability by month, Dec 2025 to Nov 2026, objective ≥ 99.5%: 10 met, 1 missed, 1 pending; lowest 99.48% in Oct 2026.',
  });
  await expect(chart).toBeVisible();
  await expect(chart.locator('.recharts-bar-rectangle')).toHaveCount(12);
  // The objective line, labelled on the plot.
  await expect(chart.locator('.recharts-reference-line')).toHaveCount(1);
  await expect(chart.locator('text', { hasText: /^Objective ≥ 99.5%$/ })).toBeVisible();
  // October's bar is hatched (a pattern, not only a colour) and carries its percent, cut (never rounded up) to 2 decimals.
  await expect(chart.locator('.recharts-bar-rectangle path[fill^="url(#avail-"]')).toHaveCount(1);
  await expect(chart.locator('.recharts-label-list text', { hasText: '99.48' })).toHaveCount(1);
  // The month table under it holds the figures: the chart carries no second table.
  await expect(service.monthsTable).toHaveCount(1);
  await expect(service.month('Oct 2026')).toContainText('99.4848%');
  await expect(service.month('Oct 2026')).toContainText('Missed');
  if (process.env.SHOT_DIR) {
    await page.mouse.move(0, 0);
    await service.slaPanel.screenshot({ path: `${process.env.SHOT_DIR}/service-availability.png` });
    // Black and white: the page's CSP refuses a style tag, not a style set through the DOM.
    await page.evaluate(() => { document.documentElement.style.filter = 'grayscale(1)'; });
    await service.slaPanel.screenshot({ path: `${process.env.SHOT_DIR}/service-availability-gray.png` });
  }
});
