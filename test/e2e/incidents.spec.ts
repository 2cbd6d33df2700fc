import { test, expect, type Host } from './fixtures';
import { IncidentsPage } from './pages/IncidentsPage';

/**
 * Two services of two types at one address, each with an open repair ticket: the first with the
 * contractor's ticket number, the second before the contractor gave one.
 */
async function outageAtOneAddress(host: Host): Promise<[number, number]> {
  const base = { contractorId: 1, tier: 'premier', tmrc: '100', site: 'HQ', address: '1325 J St' } as const;
  const voip = await host.value('services:create', { ...base, circuitId: 'SAC-VOIP-0001', serviceType: 'converged-voip' });
  const vm = await host.value('services:create', { ...base, circuitId: 'SAC-VM-0002', serviceType: 'converged-voip-voicemail' });
  const t1 = await host.value('tickets:create', { serviceId: voip.id, kind: 'repair', openedAt: '2026-10-06T17:00:00Z', contractorTicket: 'ATT-700101' });
  const t2 = await host.value('tickets:create', { serviceId: vm.id, kind: 'repair', openedAt: '2026-10-06T17:05:00Z' });
  return [t1.ticket.id, t2.ticket.id];
}

test('an incident over two service types at one address suggests CAT 1 and classifies it in one click', async ({ app, host, page }) => {
  const [t1, t2] = await outageAtOneAddress(host);
  await app.reload();
  const incidents = await IncidentsPage.open(page);
  await expect(incidents.emptyState).toBeVisible();

  const dialog = await incidents.openNew();
  await dialog.field('Reference').fill('INC-1');
  await dialog.field('Description').fill('Fiber cut at the building entrance');
  // The tickets are offered by the contractor's number, the app's id only where there is none.
  await dialog.ticket('ATT-700101').check();
  await dialog.ticket(`no contractor number (#${t2})`).check();
  await dialog.create();
  await expect(app.notice('INC-1 created')).toBeVisible();

  const card = incidents.card('INC-1');
  await expect(card.category()).toHaveText('Not classified');
  await expect(card.suggestion).toContainText('Suggest CAT 1: 2 service types failed at 1325 J St (29.4.8.2');
  await expect(card.ticketLink('ATT-700101')).toHaveAttribute('href', `#/tickets/${t1}`);
  await expect(card.ticketRow('ATT-700101')).toContainText('SAC-VOIP-0001 · Converged VoIP · HQ');
  await expect(card.ticketLink(`no contractor number (#${t2})`)).toHaveAttribute('href', `#/tickets/${t2}`);
  await expect(card.ticketRow(`no contractor number (#${t2})`)).toContainText('SAC-VM-0002 · Converged VoIP Voice Mail · HQ');
  // No bare internal id passes for a ticket number.
  await expect(card.tickets.getByRole('link', { name: new RegExp(`^(Ticket )?#?${t1}$`) })).toHaveCount(0);

  await card.classify();
  await expect(app.notice('INC-1 classified as CAT 1')).toBeVisible();
  await expect(card.category()).toHaveText('CAT 1');
  await expect(card.suggestion).toHaveCount(0);
  const [saved] = await host.value('incidents:list', {});
  expect(saved).toMatchObject({ reference: 'INC-1', category: 'cat1', description: 'Fiber cut at the building entrance', ticketIds: [t1, t2] });
});

test('unlinking a ticket asks first, and the suggestion follows the tickets left', async ({ app, host, page }) => {
  const [t1, t2] = await outageAtOneAddress(host);
  await host.value('incidents:create', { reference: 'INC-2', ticketIds: [t1, t2] });
  await app.reload();
  const incidents = await IncidentsPage.open(page);
  const card = incidents.card('INC-2');
  await expect(card.suggestion).toBeVisible();

  const cancelled = await card.startUnlink(`ticket #${t2} (SAC-VM-0002, no contractor number)`);
  await cancelled.cancel();
  await expect(card.ticketLink(`no contractor number (#${t2})`)).toBeVisible();

  const confirm = await card.startUnlink(`ticket #${t2} (SAC-VM-0002, no contractor number)`);
  await confirm.confirm('Unlink ticket');
  await expect(confirm.dialog).toBeHidden();
  await expect(app.notice(`Ticket #${t2} (SAC-VM-0002, no contractor number) unlinked from INC-2`)).toBeVisible();
  await expect(card.ticketLink(`no contractor number (#${t2})`)).toHaveCount(0);
  await expect(card.ticketLink('ATT-700101')).toBeVisible();
  await expect(card.card.getByRole('button', { name: 'Unlink ticket ATT-700101 (SAC-VOIP-0001) from INC-2' })).toBeVisible();
  // One service type left at the address: no CAT 1 suggestion any more.
  await expect(card.suggestion).toHaveCount(0);
  const [saved] = await host.value('incidents:list', {});
  expect(saved!.ticketIds).toEqual([t1]);
  const ticket = await host.value('tickets:get', { id: t2 });
  expect(ticket.ticket.incidentId).toBeNull();
});

test('with no incidents and no open tickets the screen says what to do first', async ({ app, page }) => {
  await app.waitReady();
  const incidents = await IncidentsPage.open(page);
  await expect(incidents.emptyState).toBeVisible();
  await expect(incidents.emptyState.getByRole('link', { name: 'Open tickets first' })).toHaveAttribute('href', '#/tickets');
});
