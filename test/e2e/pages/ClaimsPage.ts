import { expect, type Locator, type Page } from '@playwright/test';

/** The Claims list: the ageing table per contractor and every claim. */
export class ClaimsPage {
  readonly heading: Locator;
  readonly ageing: Locator;
  readonly table: Locator;
  readonly contractorFilter: Locator;
  readonly statusFilter: Locator;
  readonly empty: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Claims' });
    this.ageing = page.getByRole('table', { name: 'Still owed by age' });
    this.table = page.getByRole('table', { name: 'Every claim' });
    const filters = page.getByRole('search', { name: 'Filter claims' });
    this.contractorFilter = filters.getByRole('combobox', { name: 'Contractor' });
    this.statusFilter = filters.getByRole('combobox', { name: 'Status' });
    this.empty = page.getByRole('region', { name: 'No claims yet' });
  }

  static async open(page: Page): Promise<ClaimsPage> {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Claims' }).click();
    const claims = new ClaimsPage(page);
    await claims.waitLoaded();
    return claims;
  }

  async waitLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.page.locator('.screen.claims')).toHaveAttribute('data-loaded', 'true');
  }

  /** The ageing row of a contractor: its cells in order (claimed, credited, still owed, 0–30, 31–60, 61–90, 90+). */
  ageingRow(contractor: string): Locator {
    return this.ageing.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: contractor, exact: true }) });
  }

  claimRow(id: number): Locator {
    return this.table.locator(`tr[data-claim="${id}"]`);
  }
}

/** One claim's page: header, totals, actions, lines, timeline, follow-up. */
export class ClaimPage {
  readonly title: Locator;
  readonly status: Locator;
  readonly claimed: Locator;
  readonly credited: Locator;
  readonly owed: Locator;
  readonly sha256: Locator;
  readonly lines: Locator;
  readonly timeline: Locator;
  readonly changedBanner: Locator;
  readonly followUp: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByRole('heading', { level: 1, name: /^Claim \d+:/ });
    this.status = page.locator('.claim-header').getByTestId('claim-status');
    this.claimed = page.getByTestId('claim-claimed');
    this.credited = page.getByTestId('claim-credited');
    this.owed = page.getByTestId('claim-owed');
    this.sha256 = page.getByTestId('claim-sha256');
    this.lines = page.getByRole('table', { name: 'Claim lines' });
    this.timeline = page.getByRole('region', { name: 'Timeline' });
    this.changedBanner = page.getByTestId('changed-banner');
    this.followUp = page.getByRole('region', { name: 'Call next' });
    this.dialog = page.getByRole('dialog');
  }

  async waitLoaded(): Promise<void> {
    await expect(this.title).toBeVisible();
    await expect(this.page.locator('.screen.claim-detail')).toHaveAttribute('data-loaded', 'true');
  }

  /** The id in the address (#/claims/12). */
  async id(): Promise<number> {
    const m = /#\/claims\/(\d+)/.exec(this.page.url());
    if (!m) throw new Error(`not on a claim's page: ${this.page.url()}`);
    return Number(m[1]);
  }

  /** A line's rows (its tbody), by the SLA title and the reference it shows. */
  line(sla: string, reference: string): Locator {
    return this.lines.locator('tbody.claim-line').filter({ has: this.page.getByRole('cell', { name: sla }) }).filter({ hasText: reference });
  }

  action(name: string | RegExp): Locator {
    return this.page.getByRole('region', { name: 'Claim actions' }).getByRole('button', { name });
  }

  /** A field of the open dialog by its label (a required field's label ends in a hidden " *"). */
  field(label: string): Locator {
    return this.dialog.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`));
  }

  async saveDialog(button: string | RegExp): Promise<void> {
    await this.dialog.getByRole('button', { name: button }).click();
    await expect(this.dialog).toHaveCount(0);
    await this.waitLoaded();
  }
}
