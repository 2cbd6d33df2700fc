import { test, expect, type Host } from './fixtures';
import { OrdersPage } from './pages/OrdersPage';

async function voipService(host: Host, circuitId = 'SAC-VOIP-0001'): Promise<number> {
  const s = await host.value('services:create', {
    circuitId, contractorId: 1, serviceType: 'converged-voip', tier: 'premier', tmrc: '100', site: 'HQ', address: '1325 J St',
  });
  return s.id;
}

test('a Customer Provisioning Delay stop clock extends the due date by its length', async ({ app, host, page }) => {
  await voipService(host);
  const orders = await OrdersPage.open(page);
  await expect(orders.emptyState).toBeVisible();

  // Ordered Sep 1 09:00 (agency time), completed Oct 17: past ordered + 45 days (Oct 16), so late.
  const form = await orders.openNew();
  await form.fill({ service: 'SAC-VOIP-0001 — Converged VoIP — HQ', reference: 'SR-9', ordered: '2026-09-01T09:00', completed: '2026-10-17T09:00' });
  await form.submit();
  await expect(form.dialog).toBeHidden();
  await expect(app.notice('Order SR-9 added')).toBeVisible();
  await expect(await orders.cell('SR-9', 'Ordered')).toHaveText('Sep 1, 2026');
  await expect(await orders.cell('SR-9', 'Due (SLA)')).toHaveText('Oct 16, 2026');
  await expect(await orders.cell('SR-9', 'Status')).toHaveText('Late');

  const detail = await orders.details('SR-9');
  await expect(detail.dueLine('Committed interval')).toHaveText('Oct 16, 2026 (order date + 45 days)');
  await expect(detail.region).toContainText('No delay recorded');
  await detail.record({ condition: 'Customer Provisioning Delay', start: '2026-09-10T09:00', end: '2026-09-12T09:00', note: 'No conduit to the MPOE' });
  await expect(app.notice('Customer Provisioning Delay recorded')).toBeVisible();

  // Two days of delay: due Oct 18, and Oct 17 is now on time.
  await expect(detail.stopClock('Customer Provisioning Delay')).toContainText('2 days');
  await expect(detail.dueLine('Delay stop clocks')).toHaveText('+ 2 days');
  await expect(detail.dueLine('Due date (SLA)')).toHaveText('Oct 18, 2026, by the end of the day');
  await expect(await orders.cell('SR-9', 'Due (SLA)')).toHaveText('Oct 18, 2026+2 days delay');
  await expect(await orders.cell('SR-9', 'Status')).toHaveText('On time');
  const [saved] = await host.value('orders:list', {});
  // Due date Oct 16 (agency date); two days of delay extend its end (Oct 17 00:00 PDT) to Oct 19 00:00 PDT.
  expect(saved).toMatchObject({
    orderedAt: '2026-09-01T16:00:00.000Z',
    dueDate: null,
    due: { dueDate: '2026-10-16', delayMs: 2 * 86_400_000, dueEndsAt: '2026-10-19T07:00:00.000Z', status: 'on-time' },
  });
  expect(saved!.stopClocks).toHaveLength(1);
});

test('a delay recorded on the wrong order is retracted with a reason: it stays, struck through, and the due date moves back', async ({ app, host, page }) => {
  await voipService(host);
  const orders = await OrdersPage.open(page);
  const form = await orders.openNew();
  await form.fill({ service: 'SAC-VOIP-0001 — Converged VoIP — HQ', reference: 'SR-9', ordered: '2026-09-01T09:00', completed: '2026-10-17T09:00' });
  await form.submit();
  const detail = await orders.details('SR-9');
  await detail.record({ condition: 'Customer Provisioning Delay', start: '2026-09-10T09:00', end: '2026-09-12T09:00', note: 'Meant for SR-10' });
  await expect(await orders.cell('SR-9', 'Status')).toHaveText('On time');

  await detail.stopClock('Customer Provisioning Delay').getByRole('button', { name: 'Retract Customer Provisioning Delay' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Retract Customer Provisioning Delay?' });
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Recorded on the wrong order');
  await dialog.getByRole('button', { name: 'Retract' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(app.notice('Customer Provisioning Delay retracted')).toBeVisible();
  // Without the delay the due date is Oct 16 again (ordered + 45 days), and Oct 17 is late.
  await expect(detail.stopClock('Customer Provisioning Delay')).toContainText('Retracted');
  await expect(detail.stopClock('Customer Provisioning Delay')).toContainText('Recorded on the wrong order');
  await expect(await orders.cell('SR-9', 'Due (SLA)')).toHaveText('Oct 16, 2026');
  await expect(await orders.cell('SR-9', 'Status')).toHaveText('Late');
});

test('an order\'s stop-clock picker offers only Customer Provisioning Delay; Power sent anyway is refused and nothing is saved', async ({ app, host, page }) => {
  const serviceId = await voipService(host);
  const order = await host.value('orders:create', { serviceId, reference: 'SR-10', orderedAt: '2026-09-01T16:00:00Z' });
  await app.reload();
  const orders = await OrdersPage.open(page);
  const detail = await orders.details('SR-10');

  // Of the contract's fifteen conditions, one stops an order's clock (29.4.7): only it is offered.
  await expect(detail.field('Condition').getByRole('option')).toHaveText(['Customer Provisioning Delay']);
  await expect(detail.field('Condition')).toHaveValue('CUSTOMER_PROVISIONING_DELAY');
  await expect(detail.field('Condition')).toHaveAccessibleDescription(/The only condition that stops an order’s provisioning clock/);

  // The back end holds the same rule for a request that does not come from the picker.
  const refused = await host.call('stopClocks:start', { orderId: order.id, code: 'POWER', startAt: '2026-09-10T16:00:00Z', endAt: '2026-09-11T16:00:00Z', note: 'Site power work' });
  expect(refused.ok).toBe(false);
  expect(JSON.stringify(refused)).toContain('On an order only Customer Provisioning Delay stops the clock, not Power');
  const [saved] = await host.value('orders:list', {});
  expect(saved!.stopClocks).toEqual([]);
  expect(saved!.due).toMatchObject({ dueDate: '2026-10-16', delayMs: 0, dueEndsAt: '2026-10-17T07:00:00.000Z' });
  await expect(detail.region).toContainText('No delay recorded');
});

test('a running delay leaves the due date open until it is ended', async ({ app, host, page }) => {
  const serviceId = await voipService(host);
  await host.value('orders:create', { serviceId, reference: 'SR-11', orderedAt: '2026-09-01T16:00:00Z' });
  await app.reload();
  const orders = await OrdersPage.open(page);
  const detail = await orders.details('SR-11');
  await detail.record({ start: '2026-09-10T09:00' });
  await expect(app.notice('Customer Provisioning Delay started')).toBeVisible();
  await expect(await orders.cell('SR-11', 'Due (SLA)')).toHaveText('Delay running');
  await expect(await orders.cell('SR-11', 'Status')).toHaveText('Pending');

  await detail.stopClock('Customer Provisioning Delay').getByRole('button', { name: 'End…' }).click();
  const end = page.getByRole('dialog', { name: 'End Customer Provisioning Delay' });
  await end.getByLabel(/^End( \*)?$/).fill('2026-09-03T09:00');
  await end.getByRole('button', { name: 'End stop clock' }).click();
  // Ending before the start is refused next to the field, naming the start in agency time.
  await expect(end.locator('.field-error')).toHaveText('The stop clock cannot end before it starts (Sep 10, 2026, 9:00 AM PDT)');
  await end.getByLabel(/^End( \*)?$/).fill('2026-09-13T09:00');
  await end.getByLabel(/^End( \*)?$/).press('Enter');
  await expect(end).toBeHidden();
  // Three days of delay: the end of Oct 16 moves to the end of Oct 19.
  await expect(detail.dueLine('Due date (SLA)')).toHaveText('Oct 19, 2026, by the end of the day');
});

test('the order form names the field at fault and keeps the draft', async ({ app, host, page }) => {
  await voipService(host);
  await app.reload();
  const orders = await OrdersPage.open(page);
  const form = await orders.openNew();
  await form.fill({ reference: 'SR-12' });
  await form.submit();
  await expect(form.error('Service')).toHaveText('Service is required');
  await expect(form.error('Ordered')).toHaveText('Ordered is required');
  await expect(form.field('Service')).toBeFocused();

  await form.fill({ service: 'SAC-VOIP-0001 — Converged VoIP — HQ', ordered: '2026-09-01T09:00', completed: '2026-08-01T09:00' });
  await form.submit();
  await expect(form.error('Completed')).toHaveText('Completion cannot be before the order date');
  await expect(form.field('Order reference')).toHaveValue('SR-12');
  expect(await host.value('orders:list', {})).toEqual([]);

  await form.fill({ completed: '', negotiatedDue: '2026-09-20' });
  await form.submit();
  await expect(form.dialog).toBeHidden();
  await expect(await orders.cell('SR-12', 'Negotiated due')).toHaveText('Sep 20, 2026');
  await expect(await orders.cell('SR-12', 'Due (SLA)')).toHaveText('Sep 20, 2026');

  // Editing keeps the times as entered, in agency time.
  const edit = await orders.openEdit('SR-12');
  await expect(edit.field('Ordered')).toHaveValue('2026-09-01T09:00');
  await edit.fill({ completed: '2026-09-19T12:00' });
  await edit.submit();
  await expect(edit.dialog).toBeHidden();
  await expect(await orders.cell('SR-12', 'Status')).toHaveText('On time');
});
