// 5,000 services: the list stays virtual (only the rows in view are in the page) and every
// row is reachable by keyboard and by scrolling.
import { test, expect } from './fixtures';

const COUNT = 5000;
const id = (i: number) => `BULK-${String(i).padStart(5, '0')}`;

test('5,000 services: only visible rows are drawn, the last one is reachable', async ({ app, host, page }) => {
  const [att, vz] = await host.value('contractors:list', {});
  const rows = Array.from({ length: COUNT }, (_, i) => ({
    circuitId: id(i + 1),
    contractorId: (i % 3 === 0 ? vz : att)!.id,
    serviceType: 'converged-voip' as const,
    tier: (['basic', 'standard', 'premier'] as const)[i % 3]!,
    tmrc: `${(i * 7) % 2000}.${String(i % 100).padStart(2, '0')}`,
    site: `Site ${i % 40}`,
  }));
  expect(await host.value('services:importCommit', { rows })).toEqual({ inserted: COUNT });

  const services = await app.services();
  await expect(page.getByText('5,000 CALNET services on file')).toBeVisible();
  await expect(services.row(id(1))).toBeVisible();
  const drawn = await services.rows().count();
  expect(drawn).toBeGreaterThan(5);
  expect(drawn).toBeLessThan(80);
  await expect(services.table).toHaveAttribute('aria-rowcount', String(COUNT + 1));

  // Keyboard: End selects the last row and scrolls it into view.
  await services.list.focus();
  await page.keyboard.press('End');
  await expect(services.row(id(COUNT))).toBeVisible();
  await expect(services.row(id(COUNT))).toHaveClass(/selected/);
  expect(await services.rows().count()).toBeLessThan(80);

  // Scrolling by wheel from the top reaches the middle.
  await page.keyboard.press('Home');
  await expect(services.row(id(1))).toBeVisible();
  await services.list.evaluate((el) => el.scrollTo({ top: el.scrollHeight / 2 }));
  await expect(services.row(id(COUNT / 2))).toBeVisible();

  // Sorting 5,000 rows by TMRC, descending: the selected row moves and stays in view.
  await services.sortBy('TMRC');
  await services.sortBy('TMRC');
  await expect(services.columnHeader('TMRC')).toHaveAttribute('aria-sort', 'descending');
  await expect(services.row(id(1))).toBeVisible();
  await expect(services.row(id(1))).toHaveClass(/selected/);
  await services.list.focus();
  await page.keyboard.press('Home');
  await expect(services.rows().first()).toContainText('$1,999');

  // A filter with no selected row in it starts at the top.
  await services.tierFilter.selectOption({ label: 'Standard' });
  await services.waitLoaded();
  await expect(services.rows().first()).toContainText('Standard');
  await expect(services.rows().first()).toHaveAttribute('aria-rowindex', '2');
});
