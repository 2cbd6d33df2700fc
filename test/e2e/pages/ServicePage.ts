import { expect, type Locator, type Page } from '@playwright/test';
import { ConfirmDialog } from './ServicesPage';

export interface UsageValues {
  /** `YYYY-MM-DDTHH:mm`, agency time. */
  activated?: string;
  backToStandby?: string;
  stillOn?: boolean;
  note?: string;
}

export interface HistoryValues {
  /** The option's label, e.g. "Availability (29.4.8.1)"; left as is when omitted. */
  sla?: string;
  /** `YYYY-MM`. */
  month?: string;
  result?: 'Met the objective' | 'Missed the objective';
  note?: string;
}

/** One service's page (#/services/ID): header, SLA months, credits, tickets, orders, usage, history. */
export class ServicePage {
  readonly screen: Locator;
  readonly heading: Locator;
  readonly retiredBadge: Locator;
  readonly tickets: Locator;
  readonly orders: Locator;
  readonly slaPanel: Locator;
  readonly monthsTable: Locator;
  readonly credits: Locator;
  readonly usage: Locator;
  readonly history: Locator;

  constructor(readonly page: Page) {
    this.screen = page.locator('.screen.service-detail');
    this.heading = page.getByRole('heading', { level: 1 });
    this.retiredBadge = page.getByTestId('retired-badge');
    this.tickets = page.getByRole('region', { name: /^Tickets/ });
    this.orders = page.getByRole('region', { name: /^Orders/ });
    this.slaPanel = page.getByRole('region', { name: /by month$/ });
    this.monthsTable = this.slaPanel.getByRole('table');
    this.credits = page.getByRole('region', { name: 'Credits earned' });
    this.usage = page.getByRole('region', { name: /^Survivability usage/ });
    this.history = page.getByRole('region', { name: 'History before ATR Desk' });
  }

  /** Waits for the service and its SLA months (the engine's answer) to be on screen. */
  async waitLoaded(): Promise<void> {
    await expect(this.screen).toHaveAttribute('data-loaded', 'true');
  }

  /** The month table's row for a month label such as "Oct 2026". */
  month(label: string): Locator {
    return this.monthsTable.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) });
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('main').getByRole('button', { name });
  }

  async openDelete(circuitId: string): Promise<ConfirmDialog> {
    await this.button('Delete…').click();
    const dialog = new ConfirmDialog(this.page, new RegExp(`^(Delete ${circuitId}\\?|${circuitId} cannot be deleted)$`));
    await expect(dialog.dialog).toBeVisible();
    return dialog;
  }

  /** The "Retire … ?" dialog, opened by the header's button or by "Retire instead…". */
  retireDialog(circuitId: string): RetireDialog {
    return new RetireDialog(this.page, circuitId);
  }

  async openRetire(circuitId: string): Promise<RetireDialog> {
    await this.button('Retire…').click();
    const d = this.retireDialog(circuitId);
    await expect(d.dialog).toBeVisible();
    return d;
  }

  usageRows(): Locator {
    return this.usage.getByRole('table').locator('tbody tr');
  }

  async openRecordUsage(): Promise<EntryDialog> {
    await this.usage.getByRole('button', { name: 'Record usage' }).click();
    const d = new EntryDialog(this.page, 'Record usage');
    await expect(d.dialog).toBeVisible();
    return d;
  }

  historyItems(): Locator {
    return this.history.getByRole('listitem');
  }

  async openRecordMonth(): Promise<EntryDialog> {
    await this.history.getByRole('button', { name: 'Record a month' }).click();
    const d = new EntryDialog(this.page, 'Record a month before ATR Desk');
    await expect(d.dialog).toBeVisible();
    return d;
  }
}

export class RetireDialog {
  readonly dialog: Locator;
  readonly date: Locator;

  constructor(readonly page: Page, circuitId: string) {
    this.dialog = page.getByRole('alertdialog', { name: `Retire ${circuitId}?` });
    this.date = this.dialog.getByLabel(/^Disconnected on/);
  }

  async confirm(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Retire service' }).click();
    await expect(this.dialog).toBeHidden();
  }
}

/** A label as drawn: required ones end with " *". */
function labelText(label: string): RegExp {
  return new RegExp(`^${label}( \\*)?$`);
}

/** The usage and history forms: fields by label, the message next to each, submit. */
export class EntryDialog {
  readonly dialog: Locator;

  constructor(readonly page: Page, title: string) {
    this.dialog = page.getByRole('dialog', { name: title });
  }

  field(label: string): Locator {
    return this.dialog.getByLabel(labelText(label));
  }

  /** The message shown next to a field: inside the same field group as the control. */
  error(label: string): Locator {
    // `has` is searched inside each field group, so its locator starts from the page.
    return this.dialog.locator('.field').filter({ has: this.page.getByLabel(labelText(label)) }).locator('.field-error');
  }

  async fillUsage(v: UsageValues): Promise<void> {
    if (v.activated !== undefined) await this.field('Activated').fill(v.activated);
    if (v.stillOn !== undefined) await this.dialog.getByRole('checkbox', { name: /Still on survivability/ }).setChecked(v.stillOn);
    if (v.backToStandby !== undefined) await this.field('Back to standby').fill(v.backToStandby);
    if (v.note !== undefined) await this.field('Note').fill(v.note);
  }

  async fillHistory(v: HistoryValues): Promise<void> {
    if (v.sla !== undefined) await this.field('SLA').selectOption({ label: v.sla });
    if (v.month !== undefined) await this.field('Month').fill(v.month);
    if (v.result !== undefined) await this.dialog.getByRole('radio', { name: v.result }).check();
    if (v.note !== undefined) await this.field('Note').fill(v.note);
  }

  async submit(label: string | RegExp): Promise<void> {
    await this.dialog.getByRole('button', { name: label }).click();
  }
}
