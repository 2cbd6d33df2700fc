// The ticket's "SLA and credit" panel on the demo agency: its closed overnight outage on a
// Premier Converged VoIP service (TMRC $1,200.00, ADUC $35.50) lasted 9 h 30 min with no stop
// clock. DOMAIN.md, Premier: Time to Repair at most 4 h, missed: 25% of TMRC = $300.00;
// Excessive Outage at most 8 h, missed: 100% of TMRC + 10 ADUC days = $1,200.00 + $355.00 =
// $1,555.00. Both are owed (they stack): $1,855.00 on the ticket.
import { test, expect } from './fixtures';
import { SlaPanel } from './pages/SlaPanel';
import { TicketsPage } from './pages/TicketsPage';

// Tuesday 10:00 in Sacramento: the demo month is October 2026.
test.use({ hostArgs: ['--demo'], testClock: '2026-11-17T18:00:00Z' });

test('the demo’s 9-hour Premier outage shows Time to Repair and Excessive Outage missed, with their dollars and the clause', async ({ app: _app, page }) => {
  const tickets = await new TicketsPage(page).open();
  await tickets.statusFilter.selectOption({ label: 'Closed' });
  await tickets.search.fill('ATT-810105');
  await expect(tickets.rows()).toHaveCount(1);
  await tickets.waitLoaded();
  await tickets.openDetail('FRE-02-VOIP-1020');

  const sla = new SlaPanel(page);
  await sla.waitLoaded();
  await expect(sla.verdict('Time to Repair (TTR)')).toHaveText('Missed');
  await expect(sla.measure('Time to Repair (TTR)')).toHaveText(/^9 h 30 min\s*objective at most 4 h 00 min$/);
  await expect(sla.credit('Time to Repair (TTR)')).toHaveText(/^\$300\.00\s*25% of TMRC$/);
  await expect(sla.verdict('Excessive Outage')).toHaveText('Missed');
  await expect(sla.measure('Excessive Outage')).toHaveText(/^9 h 30 min\s*objective at most 8 h 00 min$/);
  await expect(sla.credit('Excessive Outage')).toHaveText(/^\$1,555\.00\s*100% of TMRC \+ 10 ADUC days$/);
  await expect(sla.owed).toContainText('$1,855.00');

  // The arithmetic is collapsed until asked for, from the keyboard as well as the mouse.
  const button = sla.explainButton('Excessive Outage');
  const lines = sla.explainLines('Excessive Outage');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(lines).toBeHidden();
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(lines.getByRole('listitem').first()).toContainText('29.4.8.6 Excessive Outage');
  await expect(lines).toContainText('570 min');
  await expect(lines.getByRole('listitem').last()).toContainText('$1,555.00');
  await page.keyboard.press('Space');
  await expect(lines).toBeHidden();
  // The other SLA's lines stayed closed throughout.
  await expect(sla.explainLines('Time to Repair (TTR)')).toBeHidden();
});
