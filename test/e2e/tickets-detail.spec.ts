// The ticket detail beyond the clock: notes and contacts, editing with its audit history,
// voiding a stop clock (kept, struck through, with the reason) and linking to an incident.
import { test, expect } from './fixtures';
import { TicketsPage } from './pages/TicketsPage';
import { control, openTicket, premierService } from './pages/TicketsSetup';

const T0 = '2026-10-06T17:00:00Z';

test.use({ testClock: T0 });

test('notes and contacts go on the timeline with who, whom, how and the answer; Enter records, Escape cancels', async ({ app, host, page }) => {
  const serviceId = await premierService(host);
  await openTicket(host, serviceId, T0);
  const detail = await new TicketsPage(page).open().then((t) => t.openDetail('SAC-VOIP-0001'));

  // An empty note is refused next to its field.
  const note = await detail.record('Add note');
  await note.getByRole('button', { name: 'Record' }).click();
  await expect(control(note, 'Note')).toHaveAccessibleDescription(/A note needs some text/);
  await control(note, 'Note').fill('Tech on site at 10:40');
  await control(note, 'Recorded by').fill('Pat Q.');
  await control(note, 'Recorded by').press('Enter');
  await expect(note).toHaveCount(0);
  await expect(app.notice('Note added')).toBeVisible();

  const contact = await detail.record('Record contact');
  // The name is remembered for the next record.
  await expect(control(contact, 'Recorded by')).toHaveValue('Pat Q.');
  await control(contact, 'Whom').fill('AT&T repair desk');
  await control(contact, 'How').selectOption({ label: 'E-mail' });
  await control(contact, 'Answer').fill('ETA 12:00');
  await control(contact, 'Answer').press('Enter');
  await expect(contact).toHaveCount(0);

  const cancelled = await detail.record('Add note');
  await control(cancelled, 'Note').fill('not this one');
  await page.keyboard.press('Escape');
  await expect(cancelled).toHaveCount(0);

  await expect(detail.timelineItems()).toHaveText([/Opened/, /Note.*Tech on site at 10:40.*Recorded by Pat Q\./, /Contact made: AT&T repair desk by e-mail.*“ETA 12:00”.*Recorded by Pat Q\./]);
});

test('editing a ticket is audited: the History section shows each change, old → new', async ({ app: _app, host, page }) => {
  const serviceId = await premierService(host);
  await openTicket(host, serviceId, T0);
  const detail = await new TicketsPage(page).open().then((t) => t.openDetail('SAC-VOIP-0001'));

  const form = await detail.edit();
  await expect(control(form, 'Open time')).toHaveValue('2026-10-06T10:00');
  await expect(control(form, 'Service')).toHaveValue(String(serviceId));
  await control(form, 'Contractor ticket number').fill('ATT-5502');
  await control(form, 'Alarm time').fill('2026-10-06T09:45');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form).toHaveCount(0);

  // The alarm was earlier than the opening: the outage now starts at 09:45, so 15 more minutes count.
  await expect(detail.countdown('Time to Repair (TTR)')).toHaveText('3h 45m 00s');
  await expect(detail.page.getByRole('main')).toContainText('Contractor ticket #ATT-5502');
  await expect(detail.timelineItems().last()).toContainText(/Edited.*contractorTicket/);
  await detail.openHistory();
  const changed = detail.history().getByRole('listitem').filter({ hasText: 'Ticket changed' });
  await expect(changed).toContainText('Contractor ticket number: ATT-5501 → ATT-5502');
  await expect(changed).toContainText('Outage start: Tue, Oct 6 2026, 10:00 AM PDT → Tue, Oct 6 2026, 9:45 AM PDT');
  await expect(detail.history().getByRole('listitem').filter({ hasText: 'Ticket created' })).toHaveCount(1);
});

test('a voided stop clock stays on record, struck through, with who, when and why; a reason is required', async ({ app: _app, host, page, setClock }) => {
  const serviceId = await premierService(host);
  const { ticket } = await openTicket(host, serviceId, T0);
  // The stop clocks are recorded after they happened (a future one is refused).
  await setClock('2026-10-06T19:00:00Z');
  await host.value('stopClocks:start', { ticketId: ticket.id, code: 'WIRING', startAt: '2026-10-06T17:10:00Z', endAt: '2026-10-06T17:40:00Z' });
  await host.value('stopClocks:start', { ticketId: ticket.id, code: 'POWER', startAt: '2026-10-06T17:45:00Z', endAt: '2026-10-06T17:50:00Z' });
  const detail = await new TicketsPage(page).open().then((t) => t.openDetail('SAC-VOIP-0001'));
  // Two hours in, 35 minutes of them stopped: 4 h − 1 h 25 m left.
  const ttr = detail.countdown('Time to Repair (TTR)');
  await expect(ttr).toHaveText('2h 35m 00s');

  // Power cannot be voided (only Wiring, Access, CPE and Customer Environmental).
  await expect(detail.stopClock('Power').getByRole('button', { name: /Void/ })).toHaveCount(0);
  await detail.stopClock('Wiring').getByRole('button', { name: 'Void Wiring stop clock' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Void the Wiring stop clock?' });
  await expect(confirm).toContainText('stays on record, struck through');
  await confirm.getByRole('button', { name: 'Void stop clock' }).click();
  await expect(control(confirm, 'Reason')).toHaveAccessibleDescription(/Reason is required/);
  await control(confirm, 'Reason').fill('Contractor found the fault in its own CO');
  await control(confirm, 'Voided by').fill('Pat Q.');
  await control(confirm, 'Voided by').press('Enter');
  await expect(confirm).toHaveCount(0);

  const wiring = detail.stopClock('Wiring');
  await expect(wiring).toContainText('Voided');
  await expect(wiring.locator('del').first()).toHaveText('Wiring');
  await expect(wiring).toContainText(/Voided Tue, Oct 6 2026, 12:00 PM PDT by Pat Q\.: Contractor found the fault in its own CO/);
  // The wiring half hour counts again.
  await expect(ttr).toHaveText('2h 05m 00s');
  await expect(detail.timelineItems().last()).toContainText('Stop clock voided');
  expect((await host.value('tickets:get', { id: ticket.id })).stopClocks.find((s) => s.code === 'WIRING')).toMatchObject({ voidedBy: 'Pat Q.', voidedReason: 'Contractor found the fault in its own CO' });
});

test('linking a ticket to an incident shows the incident\'s CAT 1 suggestion', async ({ app: _app, host, page }) => {
  const voip = await premierService(host, 'OAK-VOIP-0101', { site: 'OAK-01', address: '1515 Clay St, Oakland' });
  const vm = await premierService(host, 'OAK-VM-0102', { site: 'OAK-01', address: '1515 Clay St, Oakland', serviceType: 'converged-voip-voicemail' });
  await openTicket(host, voip, T0, { contractorTicket: 'ATT-1' });
  const second = await openTicket(host, vm, T0, { contractorTicket: 'ATT-2' });
  await host.value('incidents:create', { reference: 'INC-OAK-1', description: 'Building outage after power work', ticketIds: [second.ticket.id] });

  await new TicketsPage(page).open().then((t) => t.openDetail('OAK-VOIP-0101'));
  const panel = page.getByRole('region', { name: 'Incident' });
  const link = panel.getByRole('form', { name: 'Link to an incident' });
  await link.getByRole('button', { name: 'Link' }).click();
  await expect(control(link, 'Link to incident')).toHaveAccessibleDescription(/Incident: choose one to link/);
  await control(link, 'Link to incident').selectOption({ label: 'INC-OAK-1 (No category yet)' });
  await link.getByRole('button', { name: 'Link' }).click();
  await expect(panel).toContainText('INC-OAK-1 (No category yet)');
  await expect(panel).toContainText('2 linked tickets');
  await expect(panel.getByRole('note')).toHaveText(/Suggested: CAT 1\. 2 service types failed at 1515 Clay St, Oakland/);
  await panel.getByRole('button', { name: 'Unlink' }).click();
  await expect(panel.getByRole('form', { name: 'Link to an incident' })).toBeVisible();
});

test('a future restoration is refused next to the field, in agency time, and the right one is then recorded', async ({ app: _app, host, page }) => {
  const serviceId = await premierService(host);
  await openTicket(host, serviceId, T0);
  const detail = await new TicketsPage(page).open().then((t) => t.openDetail('SAC-VOIP-0001'));

  // The clock reads Oct 6, 2026, 10:00 AM PDT; a restoration typed in December would keep the ticket from ever closing.
  const restored = await detail.record('Restored');
  await control(restored, 'When').fill('2026-12-03T10:00');
  await restored.getByRole('button', { name: 'Record' }).click();
  await expect(control(restored, 'When')).toHaveAccessibleDescription(/cannot be in the future: Dec 3, 2026, 10:00 AM PST is after now \(Oct 6, 2026, 10:00 AM PDT\)/);
  await expect(detail.timelineItems()).toHaveCount(1);

  await control(restored, 'When').fill('2026-10-06T10:00');
  await restored.getByRole('button', { name: 'Record' }).click();
  await expect(detail.dialog).toHaveCount(0);
  await expect(detail.status).toHaveText('Restored');
});
