import { expect, type Locator, type Page } from '@playwright/test';

/** The Help desk screen: the contract's month, its scorecard, figures and billing check tabs. */
export class HelpDeskPage {
  readonly heading: Locator;
  readonly month: Locator;
  readonly targets: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Help desk' });
    this.month = page.getByLabel('Month', { exact: true });
    this.targets = page.getByRole('table', { name: 'Service targets' });
  }

  static async open(page: Page): Promise<HelpDeskPage> {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Help desk' }).click();
    const p = new HelpDeskPage(page);
    await expect(p.heading).toBeVisible();
    await expect(page.locator('.screen.helpdesk')).toHaveAttribute('data-loaded', 'true');
    return p;
  }

  async tab(name: 'Scorecard' | 'Figures' | 'Billing check'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
    await expect(this.page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
  }

  async chooseMonth(month: string): Promise<void> {
    await this.month.fill(month);
  }

  /** The scorecard, loaded. */
  async scorecard(): Promise<Locator> {
    const card = this.page.locator('.scorecard');
    await expect(card).toHaveAttribute('data-loaded', 'true');
    return card;
  }

  /** A target's row of the scorecard by its title ("Abandoned calls"). */
  target(title: string): Locator {
    return this.targets.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: title, exact: true }) });
  }

  /** The month's figures form (the "<Month YYYY> report"). */
  monthForm(): Locator {
    return this.page.getByRole('form', { name: /report$/ });
  }
}
