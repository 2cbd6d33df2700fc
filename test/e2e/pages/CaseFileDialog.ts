import { expect, type Locator, type Page } from '@playwright/test';
import { ConfirmDialog } from './ServicesPage';

/** The "Import a case file" dialog: contractor, file or pasted JSON, check, preview, import. */
export class CaseFileDialog {
  readonly dialog: Locator;
  readonly contractor: Locator;
  readonly fileInput: Locator;
  readonly paste: Locator;
  readonly summary: Locator;
  readonly preview: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import a case file' });
    this.contractor = this.dialog.getByRole('combobox', { name: /Contractor of the case/ });
    this.fileInput = this.dialog.getByLabel('Case file', { exact: true });
    this.paste = this.dialog.getByRole('textbox', { name: /Case file JSON/ });
    this.summary = this.dialog.getByRole('status');
    this.preview = this.dialog.getByRole('region', { name: 'Case file preview' }).getByRole('table');
  }

  static async open(page: Page): Promise<CaseFileDialog> {
    await page.getByRole('button', { name: 'Import case file' }).first().click();
    const dialog = new CaseFileDialog(page);
    await expect(dialog.dialog).toBeVisible();
    return dialog;
  }

  async choose(name: string, json: string): Promise<void> {
    await this.fileInput.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(json, 'utf8') });
  }

  async check(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^Check (case file|again)$/ }).click();
    await expect(this.summary).toBeVisible();
  }

  /** The preview row of a record of the case, by its JSON pointer ("/tickets/0"). */
  row(path: string): Locator {
    return this.preview.locator(`tr[data-path="${path}"]`);
  }

  importButton(): Locator {
    return this.dialog.getByRole('button', { name: 'Import', exact: true });
  }

  async startImport(): Promise<ConfirmDialog> {
    await this.importButton().click();
    const confirm = new ConfirmDialog(this.page, 'Import this case file?');
    await expect(confirm.dialog).toBeVisible();
    return confirm;
  }
}
