import { expect, type Locator, type Page } from '@playwright/test';

/** The Backups screen: the copies of the data file and the restore dialog. */
export class BackupsPage {
  readonly heading: Locator;
  readonly screen: Locator;
  readonly table: Locator;
  readonly emptyState: Locator;
  /** The confirmation (an alertdialog) or, after a restore, its result. */
  readonly confirm: Locator;
  readonly result: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Backups' });
    this.screen = page.locator('.screen.backups');
    this.table = page.getByRole('region', { name: 'Copies of this data file' }).getByRole('table');
    this.emptyState = page.getByRole('region', { name: 'No backups yet' });
    this.confirm = page.getByRole('alertdialog', { name: /^Restore the backup of / });
    this.result = page.getByRole('dialog', { name: 'Backup restored' });
  }

  static async open(page: Page): Promise<BackupsPage> {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Backups' }).click();
    const backups = new BackupsPage(page);
    await backups.waitLoaded();
    return backups;
  }

  async waitLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.screen).toHaveAttribute('data-loaded', 'true');
  }

  /** Body rows, newest first as shown. */
  rows(): Locator {
    return this.table.locator('tbody tr');
  }

  /** The row of the copy taken on a day (YYYY-MM-DD). */
  row(day: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${day}`) }) });
  }

  /** Each row's cells as text: day (with "Latest"), tickets, services, size, check, file. */
  async cells(): Promise<string[][]> {
    return this.rows().evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].slice(0, 6).map((c) => (c.textContent ?? '').trim())));
  }

  async startRestore(day: string): Promise<void> {
    await this.page.getByRole('button', { name: `Restore the backup of ${day}`, exact: true }).click();
    await expect(this.confirm).toBeVisible();
  }
}
