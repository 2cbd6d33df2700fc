import { expect, type Locator, type Page } from '@playwright/test';
import { TicketDetailPage } from './TicketDetailPage';
import { control } from './TicketsSetup';

export interface OpenTicketValues {
  service: string;
  contractorTicket?: string;
  kind?: string;
  severity?: string;
  description?: string;
  /** `YYYY-MM-DDTHH:mm`, agency time. */
  openedAt?: string;
  alarmAt?: string;
  measuredMs?: string;
}

/** The Tickets screen: the paged, virtual list with its filters, and the "Open a ticket" form. */
export class TicketsPage {
  readonly heading: Locator;
  readonly list: Locator;
  readonly table: Locator;
  readonly search: Locator;
  readonly statusFilter: Locator;
  readonly kindFilter: Locator;
  readonly openButton: Locator;
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Tickets' });
    this.list = page.getByRole('region', { name: 'Tickets list' });
    this.table = this.list.getByRole('table');
    this.search = page.getByRole('searchbox', { name: 'Search tickets' });
    this.statusFilter = page.getByRole('combobox', { name: 'Filter by status' });
    this.kindFilter = page.getByRole('combobox', { name: 'Filter by kind' });
    this.openButton = page.getByRole('main').getByRole('link', { name: 'Open ticket' });
    this.form = page.getByRole('dialog', { name: 'Open a ticket' });
  }

  async open(): Promise<this> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tickets' }).click();
    await this.waitLoaded();
    return this;
  }

  /** Waits until the rows in view are fetched for the current filters. */
  async waitLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.list).toHaveAttribute('data-loaded', 'true');
  }

  rows(): Locator {
    return this.table.locator('tbody tr:not(.spacer):not(.placeholder)').filter({ has: this.page.getByRole('cell') });
  }

  row(circuitId: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name: circuitId, exact: true }) });
  }

  /** A row by its contractor ticket number (unique in the bulk tests). */
  rowByTicket(contractorTicket: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell', { name: contractorTicket, exact: true }) });
  }

  columnHeader(name: string): Locator {
    return this.table.getByRole('columnheader', { name });
  }

  async sortBy(name: string): Promise<void> {
    await this.columnHeader(name).getByRole('button').click();
    await this.waitLoaded();
  }

  /** Opens a ticket's detail from its row. */
  async openDetail(circuitId: string): Promise<TicketDetailPage> {
    await this.row(circuitId).getByRole('link', { name: circuitId, exact: true }).click();
    const detail = new TicketDetailPage(this.page);
    await detail.waitLoaded();
    return detail;
  }

  field(label: string): Locator {
    return control(this.form, label);
  }

  /** Opens the form, fills it and submits; returns the new ticket's detail page. */
  async openTicket(v: OpenTicketValues): Promise<TicketDetailPage> {
    await this.openButton.click();
    await expect(this.form).toBeVisible();
    await this.fillForm(v);
    await this.form.getByRole('button', { name: 'Open ticket' }).click();
    const detail = new TicketDetailPage(this.page);
    await detail.waitLoaded();
    return detail;
  }

  /**
   * Opens a help-desk incident on a service under a service-level catalog: the form then asks for
   * the severity, the creation and the incident's own times (labels as the catalog names them).
   */
  async openIncident(v: { service: string; number: string; severity: string; createdAt: string; times?: Record<string, string> }): Promise<TicketDetailPage> {
    await this.openButton.click();
    await expect(this.form).toBeVisible();
    await this.form.getByRole('searchbox', { name: 'Find a service' }).fill(v.service);
    const option = this.field('Service').locator('option').filter({ hasText: new RegExp(`^${v.service} ·`) });
    await expect(option).toHaveCount(1);
    await this.field('Service').selectOption((await option.getAttribute('value'))!);
    await this.field('Incident number').fill(v.number);
    await this.field('Severity').selectOption({ label: v.severity });
    await this.field('Created').fill(v.createdAt);
    for (const [label, at] of Object.entries(v.times ?? {})) await this.field(label).fill(at);
    await this.form.getByRole('button', { name: 'Open ticket' }).click();
    const detail = new TicketDetailPage(this.page);
    await detail.waitLoaded();
    return detail;
  }

  async fillForm(v: OpenTicketValues): Promise<void> {
    await this.form.getByRole('searchbox', { name: 'Find a service' }).fill(v.service);
    // Options of a native <select> are not in Playwright's role tree: find the one for the circuit by its text.
    const option = this.field('Service').locator('option').filter({ hasText: new RegExp(`^${v.service} ·`) });
    await expect(option).toHaveCount(1);
    await this.field('Service').selectOption((await option.getAttribute('value'))!);
    if (v.contractorTicket !== undefined) await this.field('Contractor ticket number').fill(v.contractorTicket);
    if (v.kind !== undefined) await this.field('Kind').selectOption({ label: v.kind });
    if (v.severity !== undefined) await this.field('Severity').selectOption({ label: v.severity });
    if (v.measuredMs !== undefined) await this.field('Measured value (ms)').fill(v.measuredMs);
    if (v.openedAt !== undefined) await this.field('Open time').fill(v.openedAt);
    if (v.alarmAt !== undefined) await this.field('Alarm time').fill(v.alarmAt);
    if (v.description !== undefined) await this.field('Description').fill(v.description);
  }
}
