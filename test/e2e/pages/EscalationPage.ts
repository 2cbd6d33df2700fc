import { expect, type Locator, type Page } from '@playwright/test';

export interface ContactValues {
  name?: string;
  phone?: string;
  email?: string;
}

/** The Escalation screen: contractor ladders, contacts per level, the shipped ladders. */
export class EscalationPage {
  readonly heading: Locator;
  readonly screen: Locator;
  readonly assignments: Locator;
  readonly contacts: Locator;
  readonly shipped: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Escalation' });
    this.screen = page.locator('.screen.escalation');
    this.assignments = page.getByRole('region', { name: 'Contractor ladders' });
    this.contacts = page.getByRole('region', { name: 'Your contacts at each level' });
    this.shipped = page.getByRole('region', { name: 'Shipped ladders' });
  }

  /** Opens the screen from the navigation and waits for its data. */
  static async open(page: Page): Promise<EscalationPage> {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Escalation' }).click();
    const screen = new EscalationPage(page);
    await screen.waitLoaded();
    return screen;
  }

  async waitLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.screen).toHaveAttribute('data-loaded', 'true');
    await expect(this.page.locator('[aria-busy="true"]')).toHaveCount(0);
  }

  /** The card where a contractor's two ladders are chosen. */
  ladderForm(contractor: string): Locator {
    return this.assignments.getByRole('form', { name: `Ladders for ${contractor}` });
  }

  async chooseLadders(contractor: string, ladders: { service?: string; bill?: string }): Promise<void> {
    const form = this.ladderForm(contractor);
    if (ladders.service !== undefined) await form.getByRole('combobox', { name: 'Service-impacting ladder' }).selectOption({ label: ladders.service });
    if (ladders.bill !== undefined) await form.getByRole('combobox', { name: 'Bill or contract ladder' }).selectOption({ label: ladders.bill });
    await form.getByRole('button', { name: 'Save ladders' }).click();
  }

  async showContactsFor(contractor: string): Promise<void> {
    await this.contacts.getByRole('combobox', { name: 'Contractor' }).selectOption({ label: contractor });
  }

  /** The contact form of one level of one of the shown ladders. */
  level(ladderTitle: string, level: number): ContactForm {
    return new ContactForm(this.page, this.contacts.getByRole('region', { name: `${ladderTitle} contacts` }).getByRole('form', { name: `Level ${level} contact` }));
  }

  /** A shipped ladder's card. */
  ladder(title: string): Locator {
    return this.shipped.getByRole('article', { name: title });
  }
}

export class ContactForm {
  constructor(readonly page: Page, readonly form: Locator) {}

  field(label: 'Name' | 'Phone' | 'E-mail'): Locator {
    return this.form.getByRole('textbox', { name: label, exact: true });
  }

  /** The message shown next to a field. */
  error(label: 'Name' | 'Phone' | 'E-mail'): Locator {
    return this.form.locator('.field').filter({ has: this.page.getByRole('textbox', { name: label, exact: true }) }).locator('.field-error');
  }

  async fill(v: ContactValues): Promise<void> {
    if (v.name !== undefined) await this.field('Name').fill(v.name);
    if (v.phone !== undefined) await this.field('Phone').fill(v.phone);
    if (v.email !== undefined) await this.field('E-mail').fill(v.email);
  }

  /** Enter in the E-mail field saves, as a keyboard user would. */
  async save(): Promise<void> {
    await this.field('E-mail').press('Enter');
  }

  state(): Locator {
    return this.form.locator('.save-state');
  }
}
