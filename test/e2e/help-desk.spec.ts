// The help desk (issue 14) on the demo agency, as a new user would: record a Severity 1 incident
// whose initial notification came late, see it missed with the clause; enter a month's figures
// with 6.5% of callers abandoning, see the scorecard mark it missed. Tuesday 2026-11-17 10:00 PST.
import { test, expect } from './fixtures';
import { HelpDeskPage } from './pages/HelpDeskPage';
import { SlaPanel } from './pages/SlaPanel';
import { TicketsPage } from './pages/TicketsPage';

test.use({ hostArgs: ['--demo'], testClock: '2026-11-17T18:00:00Z' });

test('a Severity 1 with a late initial notification shows missed with the clause; a month at 6.5% abandoned is missed on the scorecard', async ({ app: _app, page }, testInfo) => {
  // Created 09:00, severity assigned 09:05; the initial notification arrives 09:22: 22 min after the creation, 7 min late.
  const tickets = await new TicketsPage(page).open();
  const detail = await tickets.openIncident({ service: 'CCC-SEC', number: 'IM-9001', severity: 'Severity 1', createdAt: '2026-11-17T09:00', times: { 'Severity assigned': '2026-11-17T09:05' } });
  // The incident's own times stand in its header with the others.
  const severityAssigned = page.locator('.ticket-header .facts > div').filter({ has: page.getByRole('term').filter({ hasText: /^Severity assigned$/ }) });
  await expect(severityAssigned.getByRole('definition')).toContainText('9:05 AM');
  const notifications = page.getByRole('region', { name: 'Notifications received' });
  const form = notifications.getByRole('form', { name: 'Record a notification' });
  await form.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Initial notification' });
  await form.getByLabel(/^Notified at( \*)?$/).fill('2026-11-17T09:22');
  await form.getByRole('textbox', { name: 'Note' }).fill('IM Notification by e-mail');
  await form.getByRole('textbox', { name: 'Note' }).press('Enter');
  await expect(notifications.getByRole('list', { name: 'Notifications' }).getByRole('listitem')).toHaveCount(1);

  const sla = new SlaPanel(page);
  await sla.waitLoaded();
  const initial = sla.result('Initial notification');
  await expect(initial).toContainText('Missed');
  await expect(initial).toContainText('Notifications: Initial Notification');
  await initial.getByRole('button', { name: /^How this was worked out/ }).click();
  await expect(initial.getByRole('list', { name: /How Initial notification was worked out/ })).toContainText(
    'The initial notification was recorded 2026-11-17T09:22:00-08:00, 22 min after the creation: 7 min late.',
  );
  await expect(initial).toContainText('within 15 minutes of incident creation');
  await expect(sla.result('Severity assigned')).toContainText('Met');
  // The help desk's SLA names no remedy: the panel is "Service levels", with no money on it.
  await expect(sla.region).toHaveAccessibleName('Service levels');
  await expect(sla.region).not.toContainText('Owed on this ticket');
  await expect(sla.region).not.toContainText('No credit');
  // No stop clocks under the help desk's contract: the ticket page offers none.
  await expect(page.getByRole('region', { name: 'Stop clocks' })).toHaveCount(0);
  void detail;

  // October's report: 65 of 935 + 65 = 1,000 callers abandoned, 6.5% (at most 6%).
  const desk = await HelpDeskPage.open(page);
  await desk.tab('Figures');
  await desk.chooseMonth('2026-10');
  const report = desk.monthForm();
  await expect(report).toHaveAccessibleName('October 2026 report');
  await report.getByLabel('Calls answered (calls)').fill('935');
  await report.getByLabel('Average speed of answer (s)').fill('30.5');
  await report.getByLabel('Calls abandoned (calls)').fill('65');
  await report.getByLabel('Resolved on first contact (calls)').fill('700');
  await report.getByRole('button', { name: 'Save month’s figures' }).click();
  await expect(page.getByText('October 2026 report saved')).toBeVisible();

  await desk.tab('Scorecard');
  const card = await desk.scorecard();
  await expect(desk.target('Abandoned calls')).toContainText('Missed');
  await expect(desk.target('Abandoned calls')).toContainText('6.5000%');
  await expect(desk.target('Abandoned calls')).toContainText('at most 6%');
  await expect(page.getByRole('button', { name: 'Print scorecard' })).toBeVisible();
  await expect(desk.target('Speed of answer')).toContainText('Met');
  await testInfo.attach('scorecard', { body: await card.screenshot(), contentType: 'image/png' });
});
