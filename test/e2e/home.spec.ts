// The home board on the demo agency: the summary's chips filter the board, and a countdown
// counted in business hours says so (and, outside hours, when it resumes).
import { test, expect } from './fixtures';
import { HomePage } from './pages/HomePage';
import { TicketDetailPage } from './pages/TicketDetailPage';

// Sunday 2026-11-15, noon in Sacramento: outside business hours.
test.use({ hostArgs: ['--demo'], testClock: '2026-11-15T20:00:00Z' });

test('the summary chips filter the board, with the mouse and the keyboard, and "Show all" clears them', async ({ app: _app, page }) => {
  const home = new HomePage(page);
  await home.waitLoaded();
  // 7 CALNET tickets and the help desk's 2 open incidents: its Severity 3 (referred Thursday 10:40,
  // the supervisor escalation due Saturday 10:40, overdue) and its Severity 2 (referred 11:20, the
  // resolver's acknowledgement due 11:35, overdue).
  await expect(home.entries()).toHaveCount(9);
  const overdue = home.chip('overdue');
  const soon = home.chip('due soon');
  await expect(overdue).toHaveText('3 overdue');
  await expect(soon).toHaveText('4 due soon');
  await expect(overdue).toHaveAttribute('aria-pressed', 'false');

  await overdue.click();
  await expect(overdue).toHaveAttribute('aria-pressed', 'true');
  // Most overdue first: the Severity 3's escalation (over a day), the TTR of SAC-HQ-VOIP-1002 (80 min), the Severity 2's acknowledgement (25 min).
  await expect(home.circuits()).toHaveText(['CCC-HW', 'SAC-HQ-VOIP-1002', 'CCC-APP']);
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 3 of 9 open tickets: overdue.');
  // The counts stay the whole board's, so the other groups can still be added.
  await expect(soon).toHaveText('4 due soon');

  // Keyboard: Tab to the next chip, Space adds its group.
  await overdue.focus();
  await page.keyboard.press('Tab');
  await expect(soon).toBeFocused();
  await page.keyboard.press('Space');
  await expect(soon).toHaveAttribute('aria-pressed', 'true');
  await expect(home.entries()).toHaveCount(7);
  await expect(home.entry('SAC-HQ-VOIP-1002')).toBeVisible();

  // Enter on a pressed chip takes its group away again.
  await page.keyboard.press('Enter');
  await expect(soon).toHaveAttribute('aria-pressed', 'false');
  await expect(home.entries()).toHaveCount(3);

  await home.showAll().click();
  await expect(home.entries()).toHaveCount(9);
  await expect(overdue).toHaveAttribute('aria-pressed', 'false');
  await expect(home.showAll()).toHaveCount(0);
});

test('a chosen group with no ticket says so and offers to show all', async ({ app: _app, page }) => {
  const home = new HomePage(page);
  await home.waitLoaded();
  const onTrack = home.chip('on track');
  await expect(onTrack).toHaveText('0 on track');
  await onTrack.click();
  await expect(home.entries()).toHaveCount(0);
  await expect(page.getByText('No ticket is on track now.')).toBeVisible();
  await home.showAll().click();
  await expect(home.entries()).toHaveCount(9);
});

test('a business-time countdown says it counts business hours, and on a Sunday when it resumes', async ({ app: _app, page, setClock }) => {
  const home = new HomePage(page);
  await home.waitLoaded();
  // AT&T's level 3 is due one business day after the start: Monday 17:00, nine business hours
  // away all Sunday long. The figure stands still, and the line under it says why.
  const level3 = home.countdown('SAC-HQ-VOIP-1002', /^Level 3 due/);
  await expect(level3).toHaveText('9h 00m 00s');
  await expect(level3).toHaveAttribute('data-business-time', 'true');
  await expect(level3).toHaveAccessibleDescription('Waiting for business hours: resumes Mon 8:00 AM');
  // The SLA countdowns are wall-clock: no such line.
  await expect(home.countdown('SAC-HQ-VOIP-1002', 'Excessive Outage')).toHaveAttribute('data-business-time', 'false');
  await expect(home.entry('SAC-HQ-VOIP-1002').getByText('business hours', { exact: false })).toHaveCount(1);

  // The ticket's own page says the same.
  await home.entry('SAC-HQ-VOIP-1002').getByRole('link', { name: 'SAC-HQ-VOIP-1002' }).click();
  const detail = new TicketDetailPage(page);
  await detail.waitLoaded();
  await expect(detail.countdown(/^Level 3 due/)).toHaveAccessibleDescription('Waiting for business hours: resumes Mon 8:00 AM');

  // Monday 10:00: two business hours have run.
  await setClock('2026-11-16T18:00:00Z');
  await expect(detail.countdown(/^Level 3 due/)).toHaveText('7h 00m 00s');
  await expect(detail.countdown(/^Level 3 due/)).toHaveAccessibleDescription('Counts business hours only');
});

test('in-app notices take their own room under the board and cover none of its buttons', async ({ app, page, setClock }) => {
  const home = new HomePage(page);
  await home.waitLoaded();
  // Twelve minutes on: the CAT 1 objective due at 12:10 is missed, and the scheduler says so.
  await setClock('2026-11-15T20:12:00Z');
  await expect(app.notices.getByRole('listitem').first()).toBeVisible();
  const notices = await app.notices.getByRole('listitem').count();
  expect(notices).toBeGreaterThan(0);
  // A notice that stays (overdue) and more pushed by the screens: still nothing covered.
  await home.logCall('FRE-02-VOIP-1018').click();
  await expect(app.notice('Call logged: level 1')).toBeVisible();

  const main = await page.getByRole('main').boundingBox();
  const area = await app.notices.boundingBox();
  expect(main && area).toBeTruthy();
  // The notices sit below the main area, not over it.
  expect(area!.y).toBeGreaterThanOrEqual(main!.y + main!.height - 1);
  expect(await app.coveredControls()).toEqual([]);
  // Scrolled to the bottom, the last card's buttons are reachable above the notices.
  await page.getByRole('main').hover();
  await page.mouse.wheel(0, 5000);
  await expect(home.entries().last().getByRole('link').first()).toBeInViewport();
  expect(await app.coveredControls()).toEqual([]);
  // The notices are still announced and can be dismissed.
  await expect(app.notices).toHaveAttribute('aria-live', 'polite');
  await app.notice('Call logged: level 1').getByRole('button', { name: /^Dismiss/ }).click();
  await expect(app.notice('Call logged: level 1')).toHaveCount(0);
});
