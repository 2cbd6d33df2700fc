import { expect, type Locator, type Page } from '@playwright/test';
import { ConfirmDialog } from './ServicesPage';

/** A CSV import dialog (services, a conversion's old inventory): file, preview, confirmation. */
export class ImportDialog {
  readonly dialog: Locator;
  readonly fileInput: Locator;
  readonly summary: Locator;
  readonly preview: Locator;

  constructor(
    readonly page: Page,
    title = 'Import services from CSV',
  ) {
    this.dialog = page.getByRole('dialog', { name: title });
    this.fileInput = this.dialog.getByLabel('CSV file');
    this.summary = this.dialog.getByRole('status');
    this.preview = this.dialog.getByRole('region', { name: 'Import preview' }).getByRole('table');
  }

  async choose(name: string, csv: string): Promise<void> {
    await this.fileInput.setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await expect(this.summary).toBeVisible();
  }

  /** The preview row of a line of the file. */
  line(n: number): Locator {
    return this.preview.getByRole('row').filter({ has: this.page.getByRole('cell', { name: String(n), exact: true }) }).first();
  }

  importButton(): Locator {
    return this.dialog.getByRole('button', { name: /^Import \d[\d,]* valid rows?$/ });
  }

  async startImport(): Promise<ConfirmDialog> {
    await this.importButton().click();
    const confirm = new ConfirmDialog(this.page, /^Import \d[\d,]* (services?|items?)\?$/);
    await expect(confirm.dialog).toBeVisible();
    return confirm;
  }

  async cancel(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Cancel', exact: true }).last().click();
    await expect(this.dialog).toBeHidden();
  }
}
