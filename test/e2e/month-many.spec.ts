// The Month screen on the bench's agency-year (5,000 services, 60,000 tickets of the year,
// 150,000 stop clocks, 2,000 orders, usage): a month holds tens of thousands of results. The
// list stays virtual (only the rows in view are in the page), every row is reachable from the
// keyboard, and filters and sort answer on the whole month.
import { spawnSync } from 'node:child_process';
import { test, expect, REPO_ROOT } from './fixtures';
import { MonthPage } from './pages/MonthPage';

/** The bench's generator, run by tsx in its own process (it reads the catalog's JSON the way the app does). */
const GENERATE = `
import Database from 'better-sqlite3';
import { generateAgencyYear } from './bench/generate.ts';
const db = new Database(process.argv[1]);
db.pragma('busy_timeout = 10000');
generateAgencyYear(db);
db.close();
`;

test.use({ testClock: '2026-12-15T18:00:00Z' });

test('an agency-year month: tens of thousands of results, virtual, sortable, filterable and reachable by keyboard', async ({ app: _app, host, page }) => {
  test.setTimeout(240_000);
  const gen = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', GENERATE, host.dataFile], { cwd: REPO_ROOT, encoding: 'utf8' });
  expect(gen.status, gen.stderr).toBe(0);
  // Straight to the month (the token is kept for the tab): the first start on a year of data is slow.
  await page.goto(`${new URL(host.url).origin}/#/month?m=2026-06`);
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  const month = new MonthPage(page);
  await expect(month.report).toHaveAttribute('data-loaded', 'true', { timeout: 60_000 });

  const shown = await page.locator('.month-results-head').innerText();
  const total = Number(/([\d,]+) with a verdict/.exec(shown)?.[1]?.replace(/,/g, '') ?? 0);
  expect(total).toBeGreaterThan(5_000);
  await expect(month.list.getByRole('table')).toHaveAttribute('aria-rowcount', String(total + 1));
  expect(await month.rows().count()).toBeLessThan(80);

  // End: the last row, thousands down, is drawn and selected with its explanation.
  await month.list.focus();
  await page.keyboard.press('End');
  const last = month.list.locator(`tr[aria-rowindex="${total + 1}"]`);
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await expect(month.detail).toHaveAttribute('data-loaded', 'true');
  expect(await month.rows().count()).toBeLessThan(80);

  // Missed only, largest credit first: the money on top.
  await month.verdictFilter.selectOption({ label: 'Missed only' });
  await expect(month.rows().first().locator('[data-status]')).toHaveText('Missed');
  const owed = await page.locator('.month-results-head').innerText();
  expect(owed).toMatch(/ of [\d,]+ match, owed \$[\d,]+\.\d\d/);
  const credits = await month.rows().locator('td.mc-credit').allInnerTexts();
  const dollars = credits.slice(0, 10).map((c) => Number(c.replace(/[$,]/g, '')) || 0);
  expect([...dollars].sort((a, b) => b - a)).toEqual(dollars);
});
