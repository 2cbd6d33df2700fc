// Contractor notices on a CAT 2 ticket (29.4.8.9 Notification): the first notice within 60
// minutes of the outage start, then an update at least every 60 minutes until restoration.
// The ticket below: outage 09:00 → restored 11:00 (agency time), 2 hours.
//   no notice                   → missed (no first notice within 60 min);
//   09:30                       → still missed (09:30 → restoration 11:00 is 90 min without an update);
//   09:30 and 10:20             → met (30, 50 and 40 min);
//   the 10:20 notice deleted    → missed again.
import { test, expect } from './fixtures';
import { NoticesPanel } from './pages/NoticesPanel';
import { SlaPanel } from './pages/SlaPanel';
import { TicketsPage } from './pages/TicketsPage';
import { openTicket, premierService } from './pages/TicketsSetup';

const START = '2026-11-10T17:00:00Z'; // Tuesday 09:00 in Sacramento (PST)

test.use({ testClock: '2026-11-17T18:00:00Z' });

test('recording and deleting notices changes the Notification verdict; bad times are refused next to the field', async ({ app, host, page }) => {
  const serviceId = await premierService(host);
  const t = await openTicket(host, serviceId, START, { kind: 'cat2', severity: '1' });
  await host.value('tickets:addEvent', { ticketId: t.ticket.id, kind: 'restored', at: '2026-11-10T19:00:00Z', who: 'Test' });

  const detail = await new TicketsPage(page).open().then((p) => p.openDetail('SAC-VOIP-0001'));
  await detail.waitLoaded();
  const sla = new SlaPanel(page);
  const notices = new NoticesPanel(page);
  await sla.waitLoaded();
  await expect(sla.verdict('Notification')).toHaveText('Missed');
  await expect(sla.credit('Notification')).toHaveText('Senior management escalation (no money)');
  await expect(notices.region).toContainText('No notice recorded');

  // An empty time and a time before the outage start are refused beside the field.
  await notices.at().fill('');
  await notices.record({ note: 'Called the CALNET program office' });
  await expect(notices.at()).toBeFocused();
  await expect(notices.at()).toHaveAccessibleDescription(/Notified at is required/);
  await notices.record({ at: '2026-11-10T08:30' });
  await expect(notices.at()).toHaveAccessibleDescription(/cannot be before the outage start/);
  await expect(notices.items()).toHaveCount(0);

  await notices.record({ at: '2026-11-10T09:30', method: 'E-mail', note: 'First notice to the CALNET program office' });
  await expect(app.notice('Notice recorded')).toBeVisible();
  await expect(notices.items()).toHaveCount(1);
  await expect(notices.items().first()).toContainText('9:30 AM');
  await expect(notices.items().first()).toContainText('E-mail');
  // The form is ready for the next one.
  await expect(notices.note()).toHaveValue('');
  await expect(sla.verdict('Notification')).toHaveText('Missed');

  await notices.record({ at: '2026-11-10T10:20', method: 'Phone', note: 'Update: card replaced, testing' });
  await expect(notices.items()).toHaveCount(2);
  await expect(sla.verdict('Notification')).toHaveText('Met');
  await expect(sla.result('Notification')).not.toContainText('Senior management escalation');

  await notices.delete('10:20 AM');
  await expect(notices.items()).toHaveCount(1);
  await expect(sla.verdict('Notification')).toHaveText('Missed');

  // Every change is in the ticket's history, the deleted notice included.
  await detail.openHistory();
  await expect(detail.history().getByRole('listitem').filter({ hasText: 'Contractor notice recorded' })).toHaveCount(2);
  await expect(detail.history().getByRole('listitem').filter({ hasText: 'Contractor notice deleted' })).toContainText('Phone, Tue, Nov 10 2026, 10:20 AM PST: Update: card replaced, testing');
});

test('the notices of an incident count for each of its tickets, and say where they were recorded', async ({ app: _app, host, page }) => {
  const a = await premierService(host, 'SAC-VOIP-0001');
  const b = await premierService(host, 'SAC-VOIP-0002');
  const ta = await openTicket(host, a, START, { kind: 'cat3', severity: '1', contractorTicket: 'ATT-7001' });
  const tb = await openTicket(host, b, START, { kind: 'cat3', severity: '1', contractorTicket: 'ATT-7002' });
  for (const t of [ta, tb]) await host.value('tickets:addEvent', { ticketId: t.ticket.id, kind: 'restored', at: '2026-11-10T19:00:00Z', who: 'Test' });
  await host.value('incidents:create', { reference: 'INC-VOIP-1', category: 'cat3', description: 'System-wide VoIP outage', ticketIds: [ta.ticket.id, tb.ticket.id] });
  await host.value('notices:add', { ticketId: ta.ticket.id, at: '2026-11-10T17:30:00Z', method: 'phone', note: 'Outage declared' });
  await host.value('notices:add', { ticketId: ta.ticket.id, at: '2026-11-10T18:20:00Z', method: 'email', note: 'Update' });

  const tickets = await new TicketsPage(page).open();
  await tickets.statusFilter.selectOption({ label: 'Restored' });
  const detail = await tickets.openDetail('SAC-VOIP-0002');
  await detail.waitLoaded();
  const notices = new NoticesPanel(page);
  await expect(notices.region).toContainText('The notices of incident INC-VOIP-1 count for each of its 2 tickets.');
  await expect(notices.items()).toHaveCount(2);
  await expect(notices.items().first()).toContainText(`on ticket ${ta.ticket.id}`);
  // 30, 50 and 40 minutes apart (09:00 → 09:30 → 10:20 → restored 11:00): met on this ticket too.
  await expect(new SlaPanel(page).verdict('Notification')).toHaveText('Met');
});

test('on a Standard-tier CAT 3 ticket, CAT 3 does not apply (no objective) and says why; Notification still does', async ({ app: _app, host, page }) => {
  const serviceId = await premierService(host, 'SAC-VOIP-0001', { tier: 'standard' });
  const t = await openTicket(host, serviceId, START, { kind: 'cat3', severity: '1' });
  await host.value('tickets:addEvent', { ticketId: t.ticket.id, kind: 'restored', at: '2026-11-10T17:40:00Z', who: 'Test' });
  await host.value('notices:add', { ticketId: t.ticket.id, at: '2026-11-10T17:20:00Z', method: 'phone', note: 'Outage declared' });
  const detail = await new TicketsPage(page).open().then((p) => p.openDetail('SAC-VOIP-0001'));
  await detail.waitLoaded();
  const sla = new SlaPanel(page);
  await sla.waitLoaded();
  // DOMAIN.md: CAT 3 is N/A on Standard. Notified at 20 min, restored at 40 min: Notification met.
  await expect(sla.notApplicable.getByRole('listitem')).toHaveCount(1);
  await expect(sla.notApplicable).toContainText(/Catastrophic Outage 3 \(CAT 3\).*Not applicable: .*standard tier/i);
  await expect(sla.result('Catastrophic Outage 3 (CAT 3)')).toHaveCount(0);
  await expect(sla.verdict('Notification')).toHaveText('Met');
  await expect(sla.verdict('Time to Repair (TTR)')).toHaveText('Met');
});

test('a repair ticket has no notices panel', async ({ app: _app, host, page }) => {
  const serviceId = await premierService(host);
  await openTicket(host, serviceId, START);
  const detail = await new TicketsPage(page).open().then((p) => p.openDetail('SAC-VOIP-0001'));
  await detail.waitLoaded();
  await new SlaPanel(page).waitLoaded();
  await expect(new NoticesPanel(page).region).toHaveCount(0);
});
