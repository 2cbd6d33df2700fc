import { type Locator, type Page } from '@playwright/test';

export class AgencyPage {
  readonly heading: Locator;
  readonly profile: Locator;
  readonly contractors: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Agency' });
    this.profile = page.getByRole('form', { name: 'Agency profile' });
    this.contractors = page.getByRole('region', { name: 'Contractors' });
  }

  name(): Locator {
    return this.profile.getByRole('textbox', { name: 'Agency name' });
  }

  kind(): Locator {
    return this.profile.getByRole('combobox', { name: 'Kind' });
  }

  timeZone(): Locator {
    return this.profile.getByRole('combobox', { name: 'Time zone' });
  }

  async save(): Promise<void> {
    await this.profile.getByRole('button', { name: 'Save profile' }).click();
  }

  contractorRow(name: string): Locator {
    return this.contractors.getByRole('row').filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }

  async addContractor(name: string): Promise<void> {
    const input = this.page.getByRole('textbox', { name: 'New contractor', exact: true });
    await input.fill(name);
    await input.press('Enter');
  }
}
