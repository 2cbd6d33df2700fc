import { expect, type Locator, type Page } from '@playwright/test';

/** The Month screen: contractor and month, the total owed, the summary per SLA, the results, the pending. */
export class MonthPage {
  readonly heading: Locator;
  readonly report: Locator;
  readonly total: Locator;
  readonly contractor: Locator;
  readonly month: Locator;
  readonly bySla: Locator;
  readonly list: Locator;
  readonly search: Locator;
  readonly slaFilter: Locator;
  readonly verdictFilter: Locator;
  readonly detail: Locator;
  readonly pending: Locator;
  /** Tickets per contractor, twelve months to the chosen one (a chart and its table of figures). */
  readonly trend: Locator;
  readonly trendChart: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Month' });
    this.report = page.locator('.month-report');
    this.total = page.getByTestId('month-total');
    this.contractor = page.getByRole('combobox', { name: 'Contractor' });
    this.month = page.getByLabel('Month', { exact: true });
    this.bySla = page.getByRole('table', { name: 'Results per SLA' });
    this.list = page.getByRole('region', { name: 'Month results' });
    this.search = page.getByRole('searchbox', { name: 'Search results' });
    this.slaFilter = page.getByRole('combobox', { name: 'SLA', exact: true });
    this.verdictFilter = page.getByRole('combobox', { name: 'Verdict', exact: true });
    this.detail = page.locator('.result-detail');
    this.pending = page.getByRole('region', { name: 'Still open — nothing owed is forgotten' });
    this.trend = page.getByRole('region', { name: 'Tickets per contractor' });
    this.trendChart = this.trend.getByRole('img', { name: /^Tickets per contractor by month/ });
  }

  static async open(page: Page): Promise<MonthPage> {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Month' }).click();
    const month = new MonthPage(page);
    await month.waitLoaded();
    return month;
  }

  async waitLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.report).toHaveAttribute('data-loaded', 'true');
  }

  rows(): Locator {
    return this.list.locator('tbody tr[data-key]');
  }

  /** The rows showing all of the texts (an SLA title, a ticket, a circuit…). */
  row(...texts: string[]): Locator {
    let r = this.rows();
    for (const t of texts) r = r.filter({ hasText: t });
    return r;
  }

  /** The per-SLA summary line of one SLA, by its title. */
  summary(title: string): Locator {
    return this.bySla.getByRole('row').filter({ has: this.page.getByRole('button', { name: title, exact: true }) });
  }

  /** Every pending item of the open groups. */
  pendingItems(): Locator {
    return this.pending.getByRole('listitem');
  }

  /** The pending items of one SLA's group, by the SLA's title. */
  pendingOf(title: string): Locator {
    return this.pending.getByRole('list', { name: `Pending: ${title}` }).getByRole('listitem');
  }

  explainLines(): Locator {
    return this.detail.getByRole('list', { name: /^How .* was worked out$/ }).getByRole('listitem');
  }
}
