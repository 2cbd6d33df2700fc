// An order's Provisioning result (29.4.8.10) on the order detail, as the engine returns it.
// A Standard-tier Converged VoIP service, installation fee $250.00: Standard has no monthly
// on-time objective (N/A), so only Objective 1 applies. Ordered Sep 1 09:00 (agency time): due
// Oct 16 (order date + 45 calendar days), on time until the end of that day (Oct 17 00:00 PDT).
//   completed Oct 20 09:00 → late: 50% of $250.00 = $125.00;
//   completed Oct 16 23:30 → on time (any hour of the due date): nothing owed.
import { test, expect } from './fixtures';
import { MonthPage } from './pages/MonthPage';
import { OrdersPage } from './pages/OrdersPage';
import { attId } from './pages/TicketsSetup';

test.use({ testClock: '2026-11-17T18:00:00Z' });

test('a late order shows 50% of its installation fee, with the arithmetic; completed late on its due date it is on time', async ({ app, host, page }) => {
  const service = await host.value('services:create', {
    circuitId: 'RDG-VOIP-0412', contractorId: await attId(host), serviceType: 'converged-voip', tier: 'standard', tmrc: '275.00', installFee: '250.00',
    site: 'Redding Field', address: '1000 Center St, Redding',
  });
  await host.value('orders:create', { serviceId: service.id, reference: 'SR-20', orderedAt: '2026-09-01T16:00:00Z', completedAt: '2026-10-20T16:00:00Z' });
  await app.reload();
  const orders = await OrdersPage.open(page);
  await expect(await orders.cell('SR-20', 'Status')).toHaveText('Late');

  const detail = await orders.details('SR-20');
  const result = detail.provisioning();
  await expect(result.locator('[data-status]')).toHaveText('Missed');
  await expect(result.locator('.sla-credit')).toHaveText(/^\$125\.00\s*50% of the installation fee$/);
  // Sep 1 09:00 → Oct 20 09:00 taken; allowed to the end of Oct 16 (Oct 17 00:00): 45 days 15 h.
  await expect(result.locator('.sla-measure')).toContainText('49 days');
  await expect(result.locator('.sla-measure')).toContainText('objective at most 45 days 15 h');
  await expect(detail.sla.getByTestId('sla-owed')).toContainText('$125.00');
  await result.getByRole('button', { name: /^How this was worked out, \d+ lines?, for Provisioning$/ }).click();
  const lines = detail.sla.getByRole('list', { name: 'How Provisioning was worked out' });
  await expect(lines.getByRole('listitem').first()).toContainText('29.4.8.10 Provisioning');
  await expect(lines).toContainText('late');
  await expect(lines.getByRole('listitem').last()).toContainText('$125.00');

  // Completed at 23:30 on the due date itself: on time, nothing owed.
  const edit = await orders.openEdit('SR-20');
  await edit.fill({ completed: '2026-10-16T23:30' });
  await edit.submit();
  await expect(edit.dialog).toBeHidden();
  await expect(await orders.cell('SR-20', 'Status')).toHaveText('On time');
  await expect(result.locator('[data-status]')).toHaveText('Met');
  await expect(detail.sla.getByTestId('sla-owed')).toContainText('Every SLA met: nothing owed');
});

test('the Month screen links a Provisioning result to its order, selected on the Orders screen', async ({ app, host, page }) => {
  const service = await host.value('services:create', {
    circuitId: 'RDG-VOIP-0412', contractorId: await attId(host), serviceType: 'converged-voip', tier: 'standard', tmrc: '275.00', installFee: '250.00', site: 'Redding Field',
  });
  await host.value('orders:create', { serviceId: service.id, reference: 'SR-19', orderedAt: '2026-08-01T16:00:00Z', completedAt: '2026-09-10T16:00:00Z' });
  await host.value('orders:create', { serviceId: service.id, reference: 'SR-20', orderedAt: '2026-09-01T16:00:00Z', completedAt: '2026-10-20T16:00:00Z' });
  await app.reload();
  const month = await MonthPage.open(page);
  await expect(month.total).toHaveText('$125.00');
  const row = month.row('Provisioning');
  await expect(row).toHaveCount(1);
  await row.getByRole('link', { name: 'Order SR-20', exact: true }).click();
  await expect(page).toHaveURL(/#\/orders\?order=\d+$/);
  const orders = new OrdersPage(page);
  await orders.waitLoaded();
  await expect(orders.row('SR-20')).toHaveClass(/selected/);
  await expect(page.getByRole('region', { name: /^Order SR-20\b/ })).toBeVisible();
});
