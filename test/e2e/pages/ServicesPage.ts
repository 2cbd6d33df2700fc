import { expect, type Locator, type Page } from '@playwright/test';
import { ImportDialog } from './ImportDialog';
import { ServicePage } from './ServicePage';

export interface ServiceValues {
  circuitId?: string;
  contractor?: string;
  serviceType?: string;
  tier?: string;
  tmrc?: string;
  aduc?: string;
  installFee?: string;
  seats?: string;
  site?: string;
  address?: string;
}

/** The Services screen: list, filters, and the buttons that open its dialogs. */
export class ServicesPage {
  readonly heading: Locator;
  readonly screen: Locator;
  readonly table: Locator;
  readonly list: Locator;
  readonly emptyState: Locator;
  readonly search: Locator;
  readonly contractorFilter: Locator;
  readonly tierFilter: Locator;
  readonly typeFilter: Locator;
  readonly showRetired: Locator;
  readonly subtitle: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Services' });
    this.screen = page.locator('.screen.services');
    this.list = page.getByRole('region', { name: /Services list/ });
    this.table = this.list.getByRole('table');
    this.emptyState = page.getByRole('region', { name: 'No services yet' });
    this.search = page.getByRole('searchbox', { name: 'Search services' });
    this.contractorFilter = page.getByRole('combobox', { name: 'Filter by contractor' });
    this.tierFilter = page.getByRole('combobox', { name: 'Filter by tier' });
    this.typeFilter = page.getByRole('combobox', { name: 'Filter by service type' });
    this.showRetired = page.getByRole('checkbox', { name: 'Show retired' });
    this.subtitle = page.locator('.screen.services .screen-sub');
  }

  /** Opens a service's page from the link on its circuit ID. */
  async openService(circuitId: string): Promise<ServicePage> {
    await this.row(circuitId).getByRole('link', { name: circuitId, exact: true }).click();
    const service = new ServicePage(this.page);
    await service.waitLoaded();
    return service;
  }

  /** Waits until the list (or the empty state) shows the answer for the current filters. */
  async waitLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.screen).toHaveAttribute('data-loaded', 'true');
    await expect(this.page.locator('[aria-busy="true"]')).toHaveCount(0);
  }

  /** Body rows (spacers excluded). */
  rows(): Locator {
    return this.table.locator('tbody tr:not(.spacer)').filter({ has: this.page.getByRole('cell') });
  }

  /** A row by the link on its circuit ID (a retired row's cell also holds its "Retired" badge). */
  row(circuitId: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name: circuitId, exact: true }) });
  }

  columnHeader(name: string): Locator {
    return this.table.getByRole('columnheader', { name });
  }

  async sortBy(name: string): Promise<void> {
    await this.columnHeader(name).getByRole('button').click();
    await this.waitLoaded();
  }

  /** Circuit IDs in the order shown. */
  async circuitIds(): Promise<string[]> {
    return this.table.locator('tbody td.col-circuit a').allInnerTexts();
  }

  async openAdd(): Promise<ServiceForm> {
    await this.page.getByRole('button', { name: /^Add (a )?service$/ }).first().click();
    const form = new ServiceForm(this.page, 'Add a service');
    await expect(form.dialog).toBeVisible();
    return form;
  }

  async openEdit(circuitId: string): Promise<ServiceForm> {
    await this.page.getByRole('button', { name: `Edit ${circuitId}`, exact: true }).click();
    const form = new ServiceForm(this.page, `Edit ${circuitId}`);
    await expect(form.dialog).toBeVisible();
    return form;
  }

  async openImport(): Promise<ImportDialog> {
    await this.page.getByRole('button', { name: 'Import CSV' }).first().click();
    const dialog = new ImportDialog(this.page);
    await expect(dialog.dialog).toBeVisible();
    return dialog;
  }

  async openDelete(circuitId: string): Promise<ConfirmDialog> {
    await this.page.getByRole('button', { name: `Delete ${circuitId}`, exact: true }).click();
    const confirm = new ConfirmDialog(this.page, `Delete ${circuitId}?`);
    await expect(confirm.dialog).toBeVisible();
    return confirm;
  }

  async add(values: ServiceValues): Promise<void> {
    const form = await this.openAdd();
    await form.fill(values);
    await form.submit();
    await expect(form.dialog).toBeHidden();
    await this.waitLoaded();
  }
}

const COMBOS = ['Contractor', 'Service type', 'Tier'];
const roleOf = (label: string) => (COMBOS.includes(label) ? 'combobox' : 'textbox');

/** The Add / Edit service dialog. */
export class ServiceForm {
  readonly dialog: Locator;

  constructor(readonly page: Page, title: string) {
    this.dialog = page.getByRole('dialog', { name: title });
  }

  field(label: string): Locator {
    return this.dialog.getByRole(roleOf(label), { name: label, exact: true });
  }

  /** The message shown next to a field: inside the same field group as the control. */
  error(label: string): Locator {
    return this.dialog
      .locator('.field')
      .filter({ has: this.page.getByRole(roleOf(label), { name: label, exact: true }) })
      .locator('.field-error');
  }

  async fill(v: ServiceValues): Promise<void> {
    if (v.circuitId !== undefined) await this.field('Circuit ID').fill(v.circuitId);
    if (v.contractor !== undefined) await this.field('Contractor').selectOption({ label: v.contractor });
    if (v.serviceType !== undefined) await this.field('Service type').selectOption({ label: v.serviceType });
    if (v.tier !== undefined) await this.field('Tier').selectOption({ label: v.tier });
    if (v.tmrc !== undefined) await this.field('TMRC').fill(v.tmrc);
    if (v.aduc !== undefined) await this.field('ADUC').fill(v.aduc);
    if (v.installFee !== undefined) await this.field('Installation fee').fill(v.installFee);
    if (v.seats !== undefined) await this.field('Seats').fill(v.seats);
    if (v.site !== undefined) await this.field('Site').fill(v.site);
    if (v.address !== undefined) await this.field('Address').fill(v.address);
  }

  /** Presses Enter in the Circuit ID field: the form submits as a keyboard user would. */
  async submit(): Promise<void> {
    await this.field('Circuit ID').press('Enter');
  }

  async addContractorInline(name: string): Promise<void> {
    await this.dialog.getByRole('button', { name: 'New…' }).click();
    const input = this.dialog.getByRole('textbox', { name: 'New contractor name' });
    await input.fill(name);
    await input.press('Enter');
    await expect(input).toBeHidden();
  }
}

/** A confirmation (alertdialog) with a safe and a committing button. */
export class ConfirmDialog {
  readonly dialog: Locator;

  constructor(readonly page: Page, title: string | RegExp) {
    this.dialog = page.getByRole('alertdialog', { name: title });
  }

  async confirm(label: string | RegExp): Promise<void> {
    await this.dialog.getByRole('button', { name: label }).click();
  }

  async cancel(label: string | RegExp = 'Cancel'): Promise<void> {
    await this.dialog.getByRole('button', { name: label, exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }
}
