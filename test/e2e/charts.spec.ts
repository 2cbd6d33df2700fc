// The chart components on a test-only page (charts-preview/preview.tsx, bundled here with
// esbuild): the credits chart, which no screen shows yet (the claims screens will), and the
// print mode of all three (fixed size, no animation, no table). SHOT_DIR=dir writes the pictures
// in colour and in grey.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { test, expect } from '@playwright/test';

let pageUrl = '';

test.beforeAll(async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'atr-charts-'));
  await build({
    entryPoints: [fileURLToPath(new URL('./charts-preview/preview.tsx', import.meta.url))],
    bundle: true,
    outfile: path.join(out, 'preview.js'),
    format: 'iife', // a module script is refused from file://
    jsx: 'automatic',
    loader: { '.svg': 'file', '.woff2': 'file', '.png': 'file' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  fs.writeFileSync(
    path.join(out, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Charts</title><link rel="stylesheet" href="preview.css"></head><body><div id="root"></div><script src="preview.js"></script></body></html>',
  );
  pageUrl = `file://${path.join(out, 'index.html')}`;
});

test('the credits chart: claimed, credited and still owed per month, named for screen readers, with its table', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pageUrl);
  const screen = page.getByTestId('credits-screen');
  // Claimed: $431.00 + $1,855.00 + $170.45 + $0.10 + $0.20 + $3,231.94 = $5,688.69;
  // credited: $431.00 + $1,000.10 + $0.10 = $1,431.20; still owed $5,688.69 − $1,431.20 = $4,257.49.
  const chart = screen.getByRole('img', { name: 'Credits by month, Nov 2025 to Oct 2026: claimed $5,688.69, credited $1,431.20, still owed $4,257.49.' });
  await expect(chart).toBeVisible();
  // Two bars a month (claimed solid, credited hatched) and the owed line with a marker a month, named at its end.
  await expect(chart.locator('.recharts-bar')).toHaveCount(2);
  await expect(chart.locator('path[fill^="url(#credits-"]').first()).toBeVisible();
  await expect(chart.locator('.recharts-line-dots > g')).toHaveCount(12);
  await expect(chart.locator('text', { hasText: /^Still owed$/ })).toBeVisible();
  await screen.getByText('Figures as a table').click();
  const table = screen.getByRole('table', { name: 'Credits by month' });
  const row = (label: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
  // August: $1,855.00 + $170.45 claimed, $1,000.10 credited: $1,025.35 owed.
  await expect(row('Aug 2026').getByRole('cell')).toHaveText(['$2,025.45', '$1,000.10', '$1,025.35']);
  // September, cents summed exactly: $0.10 + $0.20 = $0.30 claimed, $0.10 credited, $0.20 owed.
  await expect(row('Sep 2026').getByRole('cell')).toHaveText(['$0.30', '$0.10', '$0.20']);
  // A month without a claim is there, with zeros.
  await expect(row('Jul 2026').getByRole('cell')).toHaveText(['$0.00', '$0.00', '$0.00']);
  expect(errors).toEqual([]);
  if (process.env.SHOT_DIR) {
    await screen.screenshot({ path: `${process.env.SHOT_DIR}/credits.png` });
    await page.evaluate(() => { document.documentElement.style.filter = 'grayscale(1)'; });
    await screen.screenshot({ path: `${process.env.SHOT_DIR}/credits-gray.png` });
  }
});

test('print mode: a fixed size, no tooltip and no table, each chart still named', async ({ page }) => {
  await page.goto(pageUrl);
  const printed = page.getByTestId('printed');
  await expect(printed.locator('[role="img"]')).toHaveCount(3);
  for (const name of [/^Credits by month/, /^Availability by month, Aug 2026 to Oct 2026, objective ≥ 99.5%: 1 met, 1 missed; lowest 99.49% in Sep 2026\.$/, /^Tickets per contractor by month, Aug 2026 to Oct 2026: AT&T 1 ticket, Lumen 1 ticket, Verizon 1 ticket\.$/]) {
    const img = printed.getByRole('img', { name });
    await expect(img).toBeVisible();
    // The size asked for, not the container's: 640 × 220.
    const svg = img.locator('svg.recharts-surface');
    await expect(svg).toHaveAttribute('width', '640');
    await expect(svg).toHaveAttribute('height', '220');
  }
  await expect(printed.locator('details')).toHaveCount(0);
  await expect(printed.locator('.recharts-tooltip-wrapper')).toHaveCount(0);
  if (process.env.SHOT_DIR) {
    await printed.screenshot({ path: `${process.env.SHOT_DIR}/printed.png` });
    await page.evaluate(() => { document.documentElement.style.filter = 'grayscale(1)'; });
    await printed.screenshot({ path: `${process.env.SHOT_DIR}/printed-gray.png` });
  }
});
