import { expect, type Locator, type Page } from '@playwright/test';

/** A label as shown, with or without the required mark (the mark is hidden from the accessible name, not from the label's text). */
const label = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);

export interface OrderValues {
  service?: string;
  reference?: string;
  description?: string;
  /** datetime-local values, agency time: "2026-09-01T09:00". */
  ordered?: string;
  /** A date of the agency's zone: "2026-09-20". */
  negotiatedDue?: string;
  completed?: string;
}

export interface StopClockValues {
  condition?: string;
  start?: string;
  end?: string;
  note?: string;
}

/** The Orders screen: the list, an order's details and its stop clocks. */
export class OrdersPage {
  readonly heading: Locator;
  readonly screen: Locator;
  readonly list: Locator;
  readonly emptyState: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Orders' });
    this.screen = page.locator('.screen.orders');
    this.list = page.getByRole('region', { name: 'Orders list' });
    this.emptyState = page.getByRole('region', { name: 'No orders yet' });
  }

  static async open(page: Page): Promise<OrdersPage> {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Orders' }).click();
    const orders = new OrdersPage(page);
    await orders.waitLoaded();
    return orders;
  }

  async waitLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.screen).toHaveAttribute('data-loaded', 'true');
    await expect(this.page.locator('[aria-busy="true"]')).toHaveCount(0);
  }

  row(reference: string): Locator {
    return this.list.getByRole('row').filter({ has: this.page.getByRole('cell', { name: reference, exact: true }) });
  }

  /** The cell of a row under a column header, by the header's position. */
  async cell(reference: string, column: string): Promise<Locator> {
    // The table appears with the list's refetch after a write (the first order replaces the empty
    // state): wait for the row before reading the headers, which allInnerTexts does not wait for.
    await expect(this.row(reference)).toBeVisible();
    const headers = await this.list.getByRole('columnheader').allInnerTexts();
    const i = headers.findIndex((h) => h.trim().toLowerCase() === column.toLowerCase());
    if (i < 0) throw new Error(`no column ${column} in ${headers.join(', ')}`);
    return this.row(reference).getByRole('cell').nth(i);
  }

  async openNew(): Promise<OrderForm> {
    await this.page.getByRole('button', { name: 'New order' }).first().click();
    const form = new OrderForm(this.page, 'New order');
    await expect(form.dialog).toBeVisible();
    return form;
  }

  async openEdit(reference: string): Promise<OrderForm> {
    await this.page.getByRole('button', { name: `Edit order ${reference}`, exact: true }).click();
    const form = new OrderForm(this.page, `Edit order ${reference}`);
    await expect(form.dialog).toBeVisible();
    return form;
  }

  async details(reference: string): Promise<OrderDetail> {
    await this.page.getByRole('button', { name: `Details of order ${reference}`, exact: true }).click();
    const detail = new OrderDetail(this.page, reference);
    await expect(detail.region).toBeVisible();
    return detail;
  }
}

/** The New / Edit order dialog. */
export class OrderForm {
  readonly dialog: Locator;

  constructor(readonly page: Page, title: string) {
    this.dialog = page.getByRole('dialog', { name: title });
  }

  /** Date fields have no ARIA role of their own: found by their label. */
  field(name: 'Service' | 'Order reference' | 'Description' | 'Ordered' | 'Negotiated due date' | 'Completed'): Locator {
    if (name === 'Service') return this.dialog.getByRole('combobox', { name: 'Service' });
    if (name === 'Order reference' || name === 'Description') return this.dialog.getByRole('textbox', { name, exact: true });
    return this.dialog.getByLabel(label(name));
  }

  error(name: Parameters<OrderForm['field']>[0]): Locator {
    return this.dialog.locator('.field').filter({ has: this.page.getByLabel(label(name)) }).locator('.field-error');
  }

  async fill(v: OrderValues): Promise<void> {
    if (v.service !== undefined) await this.field('Service').selectOption({ label: v.service });
    if (v.reference !== undefined) await this.field('Order reference').fill(v.reference);
    if (v.description !== undefined) await this.field('Description').fill(v.description);
    if (v.ordered !== undefined) await this.field('Ordered').fill(v.ordered);
    if (v.negotiatedDue !== undefined) await this.field('Negotiated due date').fill(v.negotiatedDue);
    if (v.completed !== undefined) await this.field('Completed').fill(v.completed);
  }

  /** Enter in the reference field submits, as a keyboard user would. */
  async submit(): Promise<void> {
    await this.field('Order reference').press('Enter');
  }
}

/** The selected order: its due date breakdown, its Provisioning result, stop clocks and the stop-clock form. */
export class OrderDetail {
  readonly region: Locator;
  readonly stopClocks: Locator;
  readonly form: Locator;
  /** The order's "SLA and credit" (Provisioning, 29.4.8.10). */
  readonly sla: Locator;

  constructor(readonly page: Page, reference: string) {
    this.region = page.getByRole('region', { name: new RegExp(`^Order ${reference.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`) });
    this.stopClocks = this.region.getByRole('table', { name: 'Stop clocks' });
    this.form = this.region.getByRole('form', { name: 'Record a stop clock' });
    this.sla = this.region.getByRole('region', { name: 'SLA and credit' });
  }

  /** The Provisioning result's item (verdict, measure, credit, explain lines). */
  provisioning(): Locator {
    return this.sla.getByRole('list', { name: 'SLA results' }).locator(':scope > li').filter({ hasText: 'Provisioning' });
  }

  /** A line of the due-date breakdown, by its term ("Due date (SLA)"). */
  dueLine(term: string): Locator {
    return this.region.getByRole('term').filter({ hasText: term }).locator('xpath=following-sibling::dd[1]');
  }

  field(name: 'Condition' | 'Start' | 'End' | 'Note'): Locator {
    if (name === 'Condition') return this.form.getByRole('combobox', { name: 'Condition' });
    if (name === 'Note') return this.form.getByRole('textbox', { name: 'Note' });
    return this.form.getByLabel(label(name));
  }

  error(name: 'Condition' | 'Start' | 'End' | 'Note'): Locator {
    return this.form.locator('.field').filter({ has: this.page.getByLabel(label(name)) }).locator('.field-error');
  }

  async record(v: StopClockValues): Promise<void> {
    if (v.condition !== undefined) await this.field('Condition').selectOption({ label: v.condition });
    if (v.start !== undefined) await this.field('Start').fill(v.start);
    if (v.end !== undefined) await this.field('End').fill(v.end);
    if (v.note !== undefined) await this.field('Note').fill(v.note);
    await this.field('Note').press('Enter');
  }

  stopClock(condition: string): Locator {
    return this.stopClocks.getByRole('row').filter({ hasText: condition });
  }
}
