import { expect, type Locator, type Page } from '@playwright/test';

/** The ticket's "SLA and credit" panel: one item per SLA that applies, the total owed, the explain lines. */
export class SlaPanel {
  readonly region: Locator;
  readonly results: Locator;
  readonly notApplicable: Locator;
  readonly owed: Locator;

  constructor(readonly page: Page) {
    // "Service levels" under a catalog without money (the help desk).
    this.region = page.getByRole('region', { name: /^(SLA and credit|Service levels)$/ });
    this.results = this.region.getByRole('list', { name: 'SLA results' });
    this.notApplicable = this.region.getByRole('list', { name: 'SLAs that do not apply' });
    this.owed = this.region.getByTestId('sla-owed');
  }

  async waitLoaded(): Promise<void> {
    await expect(this.region).toHaveAttribute('data-loaded', 'true');
  }

  /** One SLA's item by its title ("Time to Repair (TTR)"). */
  result(title: string): Locator {
    return this.results.locator(':scope > li').filter({ has: this.page.getByText(title, { exact: true }) });
  }

  verdict(title: string): Locator {
    return this.result(title).locator('[data-status]');
  }

  /** The credit cell: the amount and its terms. */
  credit(title: string): Locator {
    return this.result(title).locator('.sla-credit');
  }

  measure(title: string): Locator {
    return this.result(title).locator('.sla-measure');
  }

  explainButton(title: string): Locator {
    return this.region.getByRole('button', { name: new RegExp(`^How this was worked out, \\d+ lines?, for ${escape(title)}$`) });
  }

  explainLines(title: string): Locator {
    return this.region.getByRole('list', { name: `How ${title} was worked out` });
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
