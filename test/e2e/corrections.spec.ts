// Corrections on the record (issue 10 item 5), by hand in Chromium: a restoration typed wrongly is
// corrected with a reason, the original stays struck through, the SLA verdict recomputes and the
// ticket closes; a call logged by mistake is undone from the notice and the ladder goes back.
import { test, expect } from './fixtures';
import { HomePage } from './pages/HomePage';
import { SlaPanel } from './pages/SlaPanel';
import { TicketsPage } from './pages/TicketsPage';
import { control, ladderContacts, openTicket, premierService } from './pages/TicketsSetup';

// Tuesday Oct 6, 2026: the ticket opens at 10:00 AM PDT; the clock reads 4:00 PM PDT.
const OPENED = '2026-10-06T17:00:00Z';
test.use({ testClock: '2026-10-06T23:00:00Z' });

test('a wrong restoration is corrected with a reason, the verdict recomputes, and the ticket closes', async ({ app, host, page }) => {
  const serviceId = await premierService(host);
  await openTicket(host, serviceId, OPENED);
  const detail = await new TicketsPage(page).open().then((t) => t.openDetail('SAC-VOIP-0001'));
  const sla = new SlaPanel(page);

  // Restored at 11:00 AM, typed as 3:00 PM: 5 hours, over Premier's 4-hour Time to Repair.
  await detail.recordEvent('Restored', { When: '2026-10-06T15:00' });
  await sla.waitLoaded();
  await expect(sla.verdict('Time to Repair (TTR)')).toHaveAttribute('data-status', 'missed');

  // The End-User confirmed at 2:00 PM: the closing cannot come before the (wrong) restoration.
  const close = await detail.record('Close');
  await control(close, 'When').fill('2026-10-06T14:00');
  await close.getByRole('button', { name: 'Record' }).click();
  await expect(control(close, 'When')).toHaveAccessibleDescription(/cannot be before the restoration \(Oct 6, 2026, 3:00 PM PDT\)/);
  await page.keyboard.press('Escape');

  // Correct the restoration line: a reason is required.
  await detail.timeline.getByRole('button', { name: /^Correct: Restored \(contractor\)/ }).click();
  const fix = detail.dialog;
  await expect(fix).toHaveAccessibleName('Correct: Restored (contractor)');
  await expect(control(fix, 'When')).toHaveValue('2026-10-06T15:00');
  await control(fix, 'When').fill('2026-10-06T11:00');
  await fix.getByRole('button', { name: 'Save correction' }).click();
  await expect(control(fix, 'Reason for the correction')).toHaveAccessibleDescription(/Reason is required/);
  await control(fix, 'Reason for the correction').fill('Typed 3 PM for 11 AM');
  await fix.getByRole('button', { name: 'Save correction' }).click();
  await expect(detail.dialog).toHaveCount(0);
  await expect(app.notice('Restored (contractor) corrected')).toBeVisible();

  // The original stays, struck through, with the reason; the correction names it.
  const restored = detail.timelineItems().filter({ hasText: 'Restored (contractor)' });
  await expect(restored).toHaveCount(2);
  await expect(restored.first()).toContainText('Correction of the line recorded for Tue, Oct 6 2026, 3:00 PM PDT');
  await expect(restored.last()).toHaveAttribute('data-retracted', 'true');
  await expect(restored.last()).toContainText('Typed 3 PM for 11 AM');
  // One hour from 10:00 to 11:00 AM: Time to Repair met.
  await expect(sla.verdict('Time to Repair (TTR)')).toHaveAttribute('data-status', 'met');

  await detail.recordEvent('Close', { When: '2026-10-06T14:00' });
  await expect(detail.status).toHaveText('Closed');
  // A closed ticket offers what applies to it: notes, contacts, reopening.
  await expect(detail.actions.getByRole('button')).toHaveText(['Add note…', 'Record contact…', 'Reopen…']);
  await expect(page.getByRole('button', { name: 'Start a stop clock…' })).toHaveCount(0);

  // The History keeps the line as it was recorded.
  await page.getByText('every change, for disputes').click();
  await expect(page.getByRole('list', { name: 'History' })).toContainText('As recorded: Restored (contractor), Tue, Oct 6 2026, 3:00 PM PDT');
});

test('"Log call" then Undo leaves the ladder where it was; the call stays on the timeline, struck through', async ({ app, host, page }) => {
  await ladderContacts(host);
  const serviceId = await premierService(host);
  await openTicket(host, serviceId, OPENED);
  const home = await new HomePage(page).open();
  await expect(home.nextContact('SAC-VOIP-0001')).toContainText('Jordan Lee');

  await home.logCall('SAC-VOIP-0001').click();
  await expect(home.nextContact('SAC-VOIP-0001')).toContainText('Casey Morgan');
  await app.notice('Call logged: level 1').getByRole('button', { name: 'Undo' }).click();
  await expect(app.notice('Call undone')).toBeVisible();
  await expect(home.nextContact('SAC-VOIP-0001')).toContainText('Jordan Lee');
  await expect(home.countdown('SAC-VOIP-0001', 'Call level 1: Account Manager')).toHaveText('call now');

  const detail = await new TicketsPage(page).open().then((t) => t.openDetail('SAC-VOIP-0001'));
  const call = detail.timelineItems().filter({ hasText: 'Escalated to level 1' });
  await expect(call).toHaveAttribute('data-retracted', 'true');
  await expect(call).toContainText('Undone right after logging');
});
