import { expect, type Locator, type Page } from '@playwright/test';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The Reconcile screen: a contractor's ticket report against ours, and its invoice credits. */
export class ReconcilePage {
  readonly heading: Locator;
  readonly contractor: Locator;
  readonly run: Locator;
  readonly atStake: Locator;
  readonly invalidStopClocks: Locator;
  readonly theirsWeLack: Locator;
  readonly agreeing: Locator;
  readonly dispute: Locator;
  readonly invoice: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Reconcile' });
    this.contractor = page.getByRole('combobox', { name: 'Contractor' });
    this.run = page.locator('.recon-run');
    this.atStake = page.getByTestId('recon-at-stake');
    this.invalidStopClocks = page.getByRole('table', { name: 'Stop clocks the contract does not allow' });
    this.theirsWeLack = page.getByRole('region', { name: /^In .*’s report, not in ours \(\d+\)$/ });
    this.agreeing = page.locator('details.recon-agreeing');
    this.dispute = page.getByRole('region', { name: 'Dispute' });
    this.invoice = page.getByRole('region', { name: /^Invoice .* against the claims$/ });
  }

  static async open(page: Page): Promise<ReconcilePage> {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reconcile' }).click();
    const r = new ReconcilePage(page);
    await expect(r.heading).toBeVisible();
    return r;
  }

  tab(name: 'Ticket reports' | 'Invoice credits'): Locator {
    return this.page.getByRole('tab', { name });
  }

  /** An empty state of the tab ("No ticket report from AT&T yet"). */
  empty(title: string | RegExp): Locator {
    return this.page.getByRole('region', { name: title });
  }

  async waitLoaded(): Promise<void> {
    await expect(this.run).toHaveAttribute('data-loaded', 'true');
  }

  /** A matched ticket whose records differ, by their ticket number. */
  ticket(number: string): Locator {
    return this.page.locator(`article.recon-ticket[data-ticket="${number}"]`);
  }

  /** The effect row of an SLA on a matched ticket's verdicts-and-credits table. */
  effect(number: string, sla: string | RegExp): Locator {
    return this.ticket(number).getByRole('table', { name: /^Verdicts and credits/ }).getByRole('row').filter({ hasText: sla });
  }

  async startImport(kind: 'report' | 'invoice'): Promise<ReconcileImport> {
    await this.page.getByRole('button', { name: kind === 'report' ? 'Import ticket report…' : 'Import invoice credits…' }).first().click();
    const dialog = new ReconcileImport(this.page);
    await expect(dialog.dialog).toBeVisible();
    return dialog;
  }

  async waitInvoice(): Promise<void> {
    await expect(this.invoice).toHaveAttribute('data-loaded', 'true');
  }
}

/** The import dialog: the file, its column mapping, the preview, the confirmation. */
export class ReconcileImport {
  readonly dialog: Locator;
  readonly summary: Locator;
  readonly saved: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^Import .*’s (ticket report|invoice credits)$/ });
    this.summary = this.dialog.getByRole('status').filter({ hasText: /ticket|credit line/ });
    this.saved = this.dialog.locator('.recon-saved');
  }

  async choose(file: string): Promise<void> {
    await this.dialog.getByLabel(/^(Report|Invoice) file$/).setInputFiles(file);
    await expect(this.dialog.locator('.import-file')).toContainText(file.split('/').pop()!);
  }

  /** A field of the mapping by its label (a required one's label ends in a hidden " *"). */
  field(label: string): Locator {
    return this.dialog.getByLabel(new RegExp(`^${escape(label)}( \\*)?$`));
  }

  /** The error shown next to a field. */
  fieldError(label: string): Locator {
    return this.dialog.locator('.field').filter({ has: this.page.getByLabel(new RegExp(`^${escape(label)}( \\*)?$`)) }).locator('.field-error');
  }

  async map(columns: Record<string, string>): Promise<void> {
    for (const [label, header] of Object.entries(columns)) await this.field(label).selectOption(header);
  }

  async preview(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Preview', exact: true }).click();
  }

  /** Import, confirm, and wait for the dialog to go. */
  async importConfirmed(button: 'Import report' | 'Import invoice'): Promise<void> {
    await this.dialog.getByRole('button', { name: button }).click();
    const confirm = this.page.getByRole('alertdialog', { name: /^Import / });
    await confirm.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(this.dialog).toHaveCount(0);
  }
}
