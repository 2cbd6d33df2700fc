import { expect, type Locator, type Page } from '@playwright/test';
import { ConfirmDialog } from './ServicesPage';

/** The Incidents screen: incident cards, the new-incident dialog, unlinking. */
export class IncidentsPage {
  readonly heading: Locator;
  readonly screen: Locator;
  readonly emptyState: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Incidents' });
    this.screen = page.locator('.screen.incidents');
    this.emptyState = page.getByRole('region', { name: 'No incidents yet' });
  }

  static async open(page: Page): Promise<IncidentsPage> {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Incidents' }).click();
    const incidents = new IncidentsPage(page);
    await incidents.waitLoaded();
    return incidents;
  }

  async waitLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.screen).toHaveAttribute('data-loaded', 'true');
    await expect(this.page.locator('[aria-busy="true"]')).toHaveCount(0);
  }

  card(name: string): IncidentCard {
    return new IncidentCard(this.page, this.page.getByRole('article', { name, exact: true }), name);
  }

  async openNew(): Promise<NewIncidentDialog> {
    await this.page.getByRole('button', { name: 'New incident' }).first().click();
    const dialog = new NewIncidentDialog(this.page);
    await expect(dialog.dialog).toBeVisible();
    return dialog;
  }
}

export class IncidentCard {
  readonly suggestion: Locator;
  readonly tickets: Locator;

  constructor(readonly page: Page, readonly card: Locator, readonly name: string) {
    this.suggestion = card.locator('.suggestion');
    this.tickets = card.getByRole('table', { name: `Tickets of ${name}` });
  }

  category(): Locator {
    return this.card.getByLabel(/^Category: /);
  }

  async classify(label = 'Classify as CAT 1'): Promise<void> {
    await this.card.getByRole('button', { name: label }).click();
  }

  /** A linked ticket's link, by what it shows: the contractor's number, or "no contractor number (#12)". */
  ticketLink(shown: string): Locator {
    return this.tickets.getByRole('link', { name: shown, exact: true });
  }

  /** The row of a linked ticket, by what its first cell shows. */
  ticketRow(shown: string): Locator {
    return this.tickets.getByRole('row').filter({ has: this.page.getByRole('link', { name: shown, exact: true }) });
  }

  /** Starts unlinking, by the ticket's phrase: "ticket ATT-700347 (SAC-VOIP-0001)". */
  async startUnlink(phrase: string): Promise<ConfirmDialog> {
    await this.card.getByRole('button', { name: `Unlink ${phrase} from ${this.name}` }).click();
    const confirm = new ConfirmDialog(this.page, `Unlink ${phrase} from ${this.name}?`);
    await expect(confirm.dialog).toBeVisible();
    return confirm;
  }
}

export class NewIncidentDialog {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'New incident' });
  }

  field(label: 'Reference' | 'Description'): Locator {
    return this.dialog.getByRole('textbox', { name: label, exact: true });
  }

  category(): Locator {
    return this.dialog.getByRole('combobox', { name: 'Category' });
  }

  /** A ticket to link, by the start of its label: the contractor's number or "no contractor number (#12)". */
  ticket(shown: string): Locator {
    return this.dialog.getByRole('checkbox', { name: new RegExp(`^${shown.replace(/[()#]/g, '\\$&')} `) });
  }

  async create(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^Create/ }).click();
    await expect(this.dialog).toBeHidden();
  }
}
