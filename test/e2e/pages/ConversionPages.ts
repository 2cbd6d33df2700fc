import { expect, type Locator, type Page } from '@playwright/test';
import { ImportDialog } from './ImportDialog';

/** The Conversions list (#/conversions): the projects, or the empty state, and "New project". */
export class ConversionsPage {
  readonly heading: Locator;
  readonly empty: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Conversions' });
    this.empty = page.getByRole('region', { name: 'No conversion project yet' });
    this.table = page.getByRole('table', { name: 'Conversion projects' });
  }

  static async open(page: Page): Promise<ConversionsPage> {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Conversions' }).click();
    const list = new ConversionsPage(page);
    await expect(list.heading).toBeVisible();
    await expect(page.locator('.screen.conversions')).toHaveAttribute('data-loaded', 'true');
    return list;
  }

  /** New project from the shipped template (its dates and milestones); lands on the project's set-up. */
  async createFromTemplate(): Promise<ProjectPage> {
    await this.page.getByRole('main').getByRole('button', { name: 'New project' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'New conversion project' });
    await expect(dialog.getByRole('radio', { name: /CALNET 2 to CALNET 3/ })).toBeChecked();
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await expect(dialog).toBeHidden();
    const project = new ProjectPage(this.page);
    await project.waitLoaded();
    return project;
  }

  async openProject(name: string): Promise<ProjectPage> {
    await this.table.getByRole('link', { name }).click();
    const project = new ProjectPage(this.page);
    await project.waitLoaded();
    return project;
  }
}

/** One project: header, its three views (board, items, set-up), and their dialogs. */
export class ProjectPage {
  readonly screen: Locator;
  readonly header: Locator;
  readonly views: Locator;
  readonly items: Locator;
  readonly bulkResults: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.screen = page.locator('.screen.conversion-project');
    this.header = page.locator('.project-header');
    this.views = page.getByRole('navigation', { name: 'Project views' });
    this.items = page.getByRole('table', { name: 'Conversion items' });
    this.bulkResults = page.locator('.bulk-results');
    this.dialog = page.getByRole('dialog');
  }

  async waitLoaded(): Promise<void> {
    await expect(this.screen).toHaveAttribute('data-loaded', 'true');
  }

  async view(name: 'Board' | 'Items' | 'Dates, roles and ATOs'): Promise<void> {
    await this.views.getByRole('link', { name: new RegExp(`^${name}`) }).click();
    await expect(this.views.getByRole('link', { name: new RegExp(`^${name}`) })).toHaveAttribute('aria-current', 'page');
    await this.waitLoaded();
  }

  /** Chooses who holds each role and saves. */
  async setRoles(manager: string, coordinator: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Conversion roles' });
    await form.getByRole('combobox', { name: 'Customer Conversion Manager' }).selectOption({ label: manager });
    await form.getByRole('combobox', { name: 'Customer Conversion Coordinator' }).selectOption({ label: coordinator });
    await form.getByRole('button', { name: 'Save roles' }).click();
    await expect(form.getByRole('button', { name: 'Save roles' })).toBeDisabled();
  }

  async openImport(): Promise<ImportDialog> {
    await this.header.getByRole('button', { name: 'Import CSV' }).click();
    const dialog = new ImportDialog(this.page, 'Import the old inventory from CSV');
    await expect(dialog.dialog).toBeVisible();
    return dialog;
  }

  row(oldCircuitId: string): Locator {
    return this.items.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: oldCircuitId, exact: true }) });
  }

  async tick(...oldCircuitIds: string[]): Promise<void> {
    for (const c of oldCircuitIds) await this.items.getByRole('checkbox', { name: `Tick ${c}` }).check();
  }

  /** Runs a bulk action on the ticked items: opens its form, lets `fill` change it, submits; returns the outcome panel. */
  async bulk(button: string, fill?: (dialog: Locator) => Promise<void>): Promise<Locator> {
    await this.page.getByRole('toolbar', { name: /^Bulk actions/ }).getByRole('button', { name: button }).click();
    await expect(this.dialog).toBeVisible();
    if (fill) await fill(this.dialog);
    await this.dialog.locator('button[type="submit"]').click();
    await expect(this.dialog).toBeHidden();
    await expect(this.bulkResults).toBeVisible();
    return this.bulkResults;
  }

  outcome(oldCircuitId: string): Locator {
    return this.bulkResults.getByRole('listitem').filter({ hasText: oldCircuitId });
  }

  async openItem(oldCircuitId: string): Promise<ItemPage> {
    await this.row(oldCircuitId).getByRole('link', { name: oldCircuitId }).click();
    const item = new ItemPage(this.page);
    await item.waitLoaded(oldCircuitId);
    return item;
  }
}

/** One item's page: header with decision and reason, its steps, Form 20 and ATO, details, parallel billing. */
export class ItemPage {
  readonly screen: Locator;
  readonly heading: Locator;
  readonly reason: Locator;
  readonly steps: Locator;
  readonly paperwork: Locator;
  readonly details: Locator;
  readonly parallelBilling: Locator;
  readonly history: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.screen = page.locator('.screen.conversion-item');
    this.heading = page.getByRole('heading', { level: 1 });
    this.reason = page.getByTestId('decision-reason');
    this.steps = page.getByRole('region', { name: 'Steps' });
    this.paperwork = page.getByRole('region', { name: 'Form 20 and ATO' });
    this.details = page.getByRole('region', { name: 'Details' });
    this.parallelBilling = page.getByRole('region', { name: /^Parallel billing/ });
    this.history = page.getByRole('region', { name: 'History' });
    this.dialog = page.getByRole('dialog');
  }

  async waitLoaded(oldCircuitId: string): Promise<void> {
    await expect(this.heading).toContainText(oldCircuitId);
    await expect(this.screen).toHaveAttribute('data-loaded', 'true');
  }

  /** A step's row ("Order", "Convert", "Disconnect the old service"). */
  step(label: string): Locator {
    return this.steps.getByRole('listitem', { name: new RegExp(`^${label}:`) });
  }

  /** Edits the item's target through its form. */
  async setTarget(contractor: string, service: string): Promise<void> {
    await this.page.getByRole('main').getByRole('button', { name: 'Edit…' }).click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByRole('combobox', { name: 'Target contractor' }).selectOption({ label: contractor });
    await this.dialog.getByRole('textbox', { name: 'Target service' }).fill(service);
    await this.dialog.getByRole('button', { name: 'Save' }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** Opens a step's form from its row ("Authorize…"), lets `fill` change it, submits it. */
  async take(label: string, fill?: (dialog: Locator) => Promise<void>): Promise<void> {
    await this.step(label).getByRole('button').click();
    await expect(this.dialog).toBeVisible();
    if (fill) await fill(this.dialog);
    await this.dialog.locator('button[type="submit"]').click();
    await expect(this.dialog).toBeHidden();
  }

  async recordForm20(on: string): Promise<void> {
    await this.paperwork.getByRole('button', { name: 'Record Form 20…' }).click();
    await this.dialog.getByRole('combobox', { name: 'Form 20 status' }).selectOption({ label: 'Completed' });
    await this.dialog.getByLabel('Date').fill(on);
    await this.dialog.getByRole('button', { name: 'Record Form 20' }).click();
    await expect(this.dialog).toBeHidden();
  }

  async recordAto(contractor: string, on: string): Promise<void> {
    await this.paperwork.getByRole('button', { name: `Record ATO for ${contractor}…` }).click();
    await this.dialog.getByLabel('On file since').fill(on);
    await this.dialog.getByRole('button', { name: 'Save ATO' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
