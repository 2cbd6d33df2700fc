// 100,000 tickets: the list asks the host for the pages in view only (never all rows), stays
// virtual, and every row is reachable by keyboard, by scrolling, by sorting and by search.
import { test, expect } from './fixtures';
import { TicketsPage } from './pages/TicketsPage';
import { bulkTickets } from './pages/TicketsSetup';

const N = 100_000;

test('100,000 tickets: pages are fetched as the list scrolls; sorting and search happen in SQL', async ({ app, host, page }) => {
  test.setTimeout(120_000);
  await bulkTickets(host, N, 50);
  const requests: Array<{ limit: number; offset: number }> = [];
  page.on('request', (r) => {
    if (decodeURIComponent(r.url()).endsWith('/api/tickets:list')) requests.push(r.postDataJSON() as { limit: number; offset: number });
  });

  const tickets = await new TicketsPage(page).open();
  await expect(page.getByText('50 tickets not closed')).toBeVisible();
  await tickets.statusFilter.selectOption({ label: 'All statuses' });
  await tickets.waitLoaded();
  await expect(page.getByText('100,000 tickets match the filters')).toBeVisible();
  await expect(tickets.table).toHaveAttribute('aria-rowcount', String(N + 1));
  // Newest first; only the rows in view are in the page.
  await expect(tickets.rows().first()).toContainText('ATT-100000');
  expect(await tickets.rows().count()).toBeLessThan(80);

  // End: the oldest ticket, 100,000 rows down, is fetched and selected.
  await tickets.list.focus();
  await page.keyboard.press('End');
  await expect(tickets.rowByTicket('ATT-000001')).toBeVisible();
  await expect(tickets.rowByTicket('ATT-000001')).toHaveAttribute('aria-selected', 'true');
  await tickets.waitLoaded();

  // Scrolling to the middle fetches the middle.
  await tickets.list.evaluate((el) => el.scrollTo({ top: el.scrollHeight / 2 }));
  await expect(tickets.rowByTicket('ATT-050000')).toBeVisible();
  await tickets.waitLoaded();
  expect(await tickets.rows().count()).toBeLessThan(80);

  // Never all rows: every request is one page.
  expect(requests.length).toBeGreaterThan(1);
  expect(requests.every((r) => r.limit <= 100)).toBe(true);
  expect(requests.length).toBeLessThan(20);

  // Sorting by ticket number, ascending: the list starts over at the top.
  await tickets.sortBy('Ticket #');
  await expect(tickets.columnHeader('Ticket #')).toHaveAttribute('aria-sort', 'ascending');
  await expect(tickets.rows().first()).toContainText('ATT-000001');
  await expect(tickets.rows().first()).toHaveAttribute('aria-rowindex', '2');

  // Filters: kind, then text.
  await tickets.kindFilter.selectOption({ label: 'CAT 1' });
  await tickets.waitLoaded();
  await expect(page.getByText('10,000 tickets match the filters')).toBeVisible();
  await tickets.search.fill('ATT-099990');
  await expect(page.getByText('1 ticket matches the filters')).toBeVisible();
  await tickets.waitLoaded();
  await expect(tickets.rows()).toHaveCount(1);

  // Enter on the selected row opens it.
  await tickets.list.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/tickets\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('BULK-');
  await expect(page.getByText('Contractor ticket #ATT-099990')).toBeVisible();
  void app;
});
