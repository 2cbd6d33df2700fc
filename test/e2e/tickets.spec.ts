// The ATR's day on one ticket, in Chromium with a clock the test moves: the host's clock
// (--test-clock, POST /test/clock) and the page's (Playwright's clock) move together.
import { test, expect } from './fixtures';
import { HomePage } from './pages/HomePage';
import { TicketsPage } from './pages/TicketsPage';
import { ladderContacts, openTicket, premierService } from './pages/TicketsSetup';

// Tuesday 6 October 2026, 10:00 in Sacramento (PDT).
const T0 = '2026-10-06T17:00:00Z';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

test.use({ testClock: T0 });

test('a ticket opened through the form counts down its Time to Repair; amber at a quarter left, red when missed', async ({ app, host, page, setClock }) => {
  await premierService(host);
  const tickets = await new TicketsPage(page).open();
  const detail = await tickets.openTicket({ service: 'SAC-VOIP-0001', contractorTicket: 'ATT-5501', kind: 'Repair', severity: 'Severity 2', openedAt: '2026-10-06T10:00', description: 'No dial tone' });
  await expect(app.notice('Ticket opened on SAC-VOIP-0001')).toBeVisible();
  await expect(detail.title).toContainText('SAC-VOIP-0001');
  await expect(detail.status).toHaveText('Open');
  await expect(detail.timelineItems()).toHaveCount(1);
  await expect(detail.timelineItems().first()).toContainText('Opened');

  // Premier: TTR 4 h, Excessive Outage 8 h, from the opening at 10:00.
  const ttr = detail.countdown('Time to Repair (TTR)');
  await expect(ttr).toHaveText('4h 00m 00s');
  await expect(ttr).toHaveAttribute('data-urgency', 'ok');
  await expect(detail.countdown('Excessive Outage')).toHaveText('8h 00m 00s');

  await setClock(at(60));
  await expect(ttr).toHaveText('3h 00m 00s');
  await setClock(at(179));
  await expect(ttr).toHaveText('1h 01m 00s');
  await expect(ttr).toHaveAttribute('data-urgency', 'ok');
  // A quarter of 4 h left: amber.
  await setClock(at(180));
  await expect(ttr).toHaveText('1h 00m 00s');
  await expect(ttr).toHaveAttribute('data-urgency', 'amber');
  // Missed: red, counting up.
  await setClock(at(241));
  await expect(ttr).toHaveText('overdue 1m 00s');
  await expect(ttr).toHaveAttribute('data-urgency', 'red');
  await expect(detail.countdown('Excessive Outage')).toHaveAttribute('data-urgency', 'ok');
});

test('the open form shows the seam\'s errors next to their fields and saves nothing; Escape closes it', async ({ app, host, page }) => {
  await premierService(host);
  const tickets = await new TicketsPage(page).open();
  await tickets.openButton.click();
  await expect(tickets.form).toBeVisible();
  await tickets.field('Kind').selectOption({ label: 'Delay' });
  await tickets.field('Open time').fill('');
  await tickets.field('Contractor ticket number').fill('ATT-1');
  await tickets.field('Contractor ticket number').press('Enter');
  await expect(tickets.field('Service')).toHaveAccessibleDescription(/Service is required/);
  await expect(tickets.field('Open time')).toHaveAccessibleDescription(/Open time must be a date and time/);
  await expect(tickets.field('Service')).toBeFocused();
  // Those fixed, the delay ticket still needs its measurement.
  await tickets.fillForm({ service: 'SAC-VOIP-0001', openedAt: '2026-10-06T09:55' });
  await expect(tickets.field('Open time')).not.toHaveAttribute('aria-invalid', 'true');
  await tickets.field('Contractor ticket number').press('Enter');
  await expect(tickets.field('Measured value (ms)')).toHaveAccessibleDescription(/A delay ticket needs the measured value in milliseconds/);
  await expect(tickets.field('Measured value (ms)')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(tickets.form).toHaveCount(0);
  await expect(page).toHaveURL(/#\/tickets$/);
  expect((await host.value('tickets:list', { status: 'all' })).total).toBe(0);
  await expect(app.page.getByText('No open tickets.')).toBeVisible();
});

test('a stop clock with its note pauses the countdowns until it ends', async ({ app: _app, host, page, setClock }) => {
  const serviceId = await premierService(host);
  await openTicket(host, serviceId, T0);
  await setClock(at(60));
  const detail = await new TicketsPage(page).open().then((t) => t.openDetail('SAC-VOIP-0001'));
  const ttr = detail.countdown('Time to Repair (TTR)');
  await expect(ttr).toHaveText('3h 00m 00s');

  const form = await detail.openStopClockForm();
  await detail.chooseCondition(form, 'End-User Request (note required)');
  await expect(detail.field(form, 'Condition')).toHaveAccessibleDescription(/End-User Request.*documented/);
  await expect(detail.field(form, 'Note')).toHaveAccessibleDescription(/Required: Counts only when documented/);
  await detail.field(form, 'Note').fill('Site manager asked to wait until 11:30; called 916-555-0199 twice');
  await form.getByRole('button', { name: 'Start stop clock' }).click();
  await expect(form).toHaveCount(0);

  await expect(ttr).toHaveText('3h 00m 00s (paused)');
  await expect(ttr).toHaveAttribute('data-paused', 'true');
  await expect(detail.countdown('Excessive Outage')).toHaveText('7h 00m 00s (paused)');
  await expect(detail.stopClock('End-User Request')).toContainText('Running');
  await setClock(at(90));
  await expect(ttr).toHaveText('3h 00m 00s (paused)');

  await detail.stopClock('End-User Request').getByRole('button', { name: 'End End-User Request stop clock' }).click();
  const end = page.getByRole('dialog', { name: 'End the End-User Request stop clock' });
  await end.getByRole('button', { name: 'End stop clock' }).click();
  await expect(end).toHaveCount(0);
  await expect(ttr).toHaveText('3h 00m 00s');
  await setClock(at(120));
  await expect(ttr).toHaveText('2h 30m 00s');
  await expect(detail.timelineItems()).toHaveText([/Opened/, /Stop clock started.*End-User Request: Site manager/, /Stop clock ended/]);
});

test('refused stop clocks say why next to the field and save nothing', async ({ app, host, page }) => {
  const serviceId = await premierService(host);
  const { ticket } = await openTicket(host, serviceId, T0);
  const detail = await new TicketsPage(page).open().then((t) => t.openDetail('SAC-VOIP-0001'));

  const form = await detail.openStopClockForm();
  const condition = detail.field(form, 'Condition');
  // The refused pseudo-conditions are offered in their own group.
  await expect(detail.conditionGroup(form, 'Never a stop clock')).toHaveText(['Cleared while testing', 'No trouble found', 'Contractor observation not requested by the End-User']);
  await detail.chooseCondition(form, 'No trouble found');
  await form.getByRole('button', { name: 'Start stop clock' }).click();
  await expect(condition).toHaveAccessibleDescription(/"No trouble found" is never a stop clock: the contract \(29\.4\.7\) never allows "no trouble found"/);
  await expect(condition).toHaveAttribute('aria-invalid', 'true');

  // Customer Provisioning Delay belongs to orders.
  await detail.chooseCondition(form, 'Customer Provisioning Delay (orders only)');
  await form.getByRole('button', { name: 'Start stop clock' }).click();
  await expect(condition).toHaveAccessibleDescription(/applies to provisioning \(orders\) only, never to a trouble ticket/);

  // Maintenance asks for the scheduled window.
  await detail.chooseCondition(form, 'Maintenance');
  await expect(detail.field(form, 'Maintenance window start')).toBeVisible();
  await form.getByRole('button', { name: 'Start stop clock' }).click();
  await expect(detail.field(form, 'Maintenance window start')).toHaveAccessibleDescription(/Maintenance needs the scheduled maintenance window/);

  // End-User Request needs its documentation.
  await detail.chooseCondition(form, 'End-User Request (note required)');
  await expect(detail.field(form, 'Maintenance window start')).toHaveCount(0);
  await expect(condition).not.toHaveAttribute('aria-invalid', 'true');
  await form.getByRole('button', { name: 'Start stop clock' }).click();
  const note = detail.field(form, 'Note');
  await expect(note).toHaveAccessibleDescription(/End-User Request needs a note documenting it/);
  await expect(note).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);

  await app.reload();
  await detail.waitLoaded();
  await expect(detail.timelineItems()).toHaveCount(1);
  await expect(detail.page.getByText(/^None\. A stop clock pauses/)).toBeVisible();
  expect((await host.value('tickets:get', { id: ticket.id })).stopClocks).toEqual([]);
});

test('restored, End-User reports not restored (countdowns back), actual restoration, closed', async ({ app: _app, host, page, setClock }) => {
  const serviceId = await premierService(host);
  await openTicket(host, serviceId, T0);
  await setClock(at(60));
  const detail = await new TicketsPage(page).open().then((t) => t.openDetail('SAC-VOIP-0001'));

  // An open ticket offers only the state change that applies to it: closing waits for the restoration.
  await expect(detail.actions.getByRole('button')).toHaveText(['Add note…', 'Record contact…', 'Record escalation…', 'Restored…']);
  await expect(detail.timelineItems()).toHaveCount(1);

  await detail.recordEvent('Restored', { Details: 'Replaced the line card' });
  await expect(detail.status).toHaveText('Restored');
  await expect(detail.countdowns).toHaveCount(0);
  await expect(detail.page.getByText('Nothing counts down while the ticket is restored.')).toBeVisible();

  await setClock(at(90));
  await detail.recordEvent('Not restored', { Details: 'Still no dial tone on ext. 4410' });
  await expect(detail.status).toHaveText('Open');
  // Restoration now waits for the actual one: 1 h 30 m of the 4 h are gone.
  await expect(detail.countdown('Time to Repair (TTR)')).toHaveText('2h 30m 00s');

  await setClock(at(120));
  await detail.recordEvent('Actual restoration');
  await expect(detail.status).toHaveText('Restored');
  await detail.recordEvent('Close', { Details: 'End-User confirmed' });
  await expect(detail.status).toHaveText('Closed');
  await expect(detail.actions.getByRole('button', { name: 'Reopen…' })).toBeVisible();
  await expect(detail.timelineItems()).toHaveText([
    /Opened/, /Restored \(contractor\).*Replaced the line card/, /End-User reports not restored.*ext\. 4410/, /Actual restoration/, /Closed.*End-User confirmed/,
  ]);
});

test('"Log call" on the home screen records the escalation; the next level and its countdown appear', async ({ app, host, page, setClock }) => {
  await ladderContacts(host);
  const serviceId = await premierService(host);
  await openTicket(host, serviceId, T0);
  const home = await new HomePage(page).open();
  await expect(home.countdown('SAC-VOIP-0001', 'Call level 1: Account Manager')).toHaveText('call now');
  await expect(home.nextContact('SAC-VOIP-0001')).toContainText('Jordan Lee');
  await expect(home.nextContact('SAC-VOIP-0001')).toContainText('916-555-0101');

  // The answer popover closes on Escape, saving nothing, and gives the focus back.
  const withAnswer = home.entry('SAC-VOIP-0001').getByRole('button', { name: 'Log call with an answer…' });
  await withAnswer.click();
  await expect(home.entry('SAC-VOIP-0001').getByRole('dialog', { name: 'Log call to Jordan Lee' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(home.entry('SAC-VOIP-0001').getByRole('dialog')).toHaveCount(0);
  await expect(withAnswer).toBeFocused();

  await home.logCall('SAC-VOIP-0001').click();
  await expect(app.notice('Call logged: level 1')).toBeVisible();
  const l2 = home.countdown('SAC-VOIP-0001', /^Level 2 due/);
  await expect(l2).toHaveText('4h 00m 00s');
  await expect(home.nextContact('SAC-VOIP-0001')).toContainText('Casey Morgan');

  // Three hours later level 2 is near (amber); the call is logged with the answer.
  await setClock(at(180));
  await expect(l2).toHaveText('1h 00m 00s');
  await expect(l2).toHaveAttribute('data-urgency', 'amber');
  await home.logCallWithAnswer('SAC-VOIP-0001', 'Will call back within the hour');
  // Level 3 is due one business day after the first call: Wednesday 10:00, 6 business hours from Tuesday 13:00.
  await expect(home.countdown('SAC-VOIP-0001', /^Level 3 due/)).toHaveText('6h 00m 00s');

  const detail = await new TicketsPage(page).open().then((t) => t.openDetail('SAC-VOIP-0001'));
  await expect(detail.timelineItems()).toHaveText([/Opened/, /Escalated to level 1: Jordan Lee by phone/, /Escalated to level 2: Casey Morgan by phone.*“Will call back within the hour”/]);
});

test('home: the countdowns turn amber and red at the right times, with no refetch per tick', async ({ app: _app, host, page, setClock }) => {
  const serviceId = await premierService(host);
  const { ticket } = await openTicket(host, serviceId, T0);
  // Level 1 called at once: the card's colour follows the objectives (an uncalled level 1 is "call now").
  await host.value('tickets:addEvent', { ticketId: ticket.id, kind: 'escalated', level: 1, whom: 'Account Manager', how: 'phone', at: T0 });
  const boardCalls: string[] = [];
  page.on('request', (r) => {
    if (decodeURIComponent(r.url()).endsWith('/api/tickets:board')) boardCalls.push(r.url());
  });
  const home = await new HomePage(page).open();
  const ttr = home.countdown('SAC-VOIP-0001', 'Time to Repair (TTR)');
  await expect(ttr).toHaveText('4h 00m 00s');
  await expect(ttr).toHaveAttribute('data-urgency', 'ok');
  // The board is on screen; whether its answer came before or after the listener depends on when
  // the new ticket's event reached the page, so count from here.
  const loaded = boardCalls.length;
  await setClock(at(179));
  await expect(ttr).toHaveText('1h 01m 00s');
  await expect(ttr).toHaveAttribute('data-urgency', 'ok');
  await setClock(at(180));
  await expect(ttr).toHaveAttribute('data-urgency', 'amber');
  await expect(home.entry('SAC-VOIP-0001')).toHaveClass(/state-amber/);
  await setClock(at(240));
  await expect(ttr).toHaveText('0s');
  await setClock(at(241));
  await expect(ttr).toHaveText('overdue 1m 00s');
  await expect(ttr).toHaveAttribute('data-urgency', 'red');
  await expect(home.entry('SAC-VOIP-0001')).toHaveClass(/state-red/);
  await expect(home.summary).toContainText('1 overdue');
  // Hours of ticking, no new board answer: the countdowns never asked the database again.
  expect(boardCalls).toHaveLength(loaded);
});

test('an in-app notice appears when the scheduler finds an objective 15 minutes from due, and when missed', async ({ app, host, page, setClock }) => {
  const serviceId = await premierService(host);
  await openTicket(host, serviceId, T0);
  const home = await new HomePage(page).open();
  await setClock(at(4 * 60 - 15));
  await expect(app.notice('15 minutes left: Time to Repair (TTR) (29.4.8.11)')).toBeVisible();
  await expect(app.notice('15 minutes left: Time to Repair (TTR) (29.4.8.11)')).toContainText('SAC-VOIP-0001 — ticket ATT-5501');
  await expect(home.countdown('SAC-VOIP-0001', 'Time to Repair (TTR)')).toHaveText('15m 00s');
  await setClock(at(4 * 60 + 1));
  await expect(app.notice('Overdue: Time to Repair (TTR) (29.4.8.11)')).toBeVisible();
});
