import { expect, type Locator, type Page } from '@playwright/test';
import { control } from './TicketsSetup';

/** One ticket (#/tickets/123): header with countdowns, actions, timeline, stop clocks, incident, history. */
export class TicketDetailPage {
  readonly title: Locator;
  readonly status: Locator;
  readonly countdowns: Locator;
  readonly timeline: Locator;
  readonly stopClocks: Locator;
  readonly actions: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByRole('heading', { level: 1 });
    this.status = page.getByTestId('ticket-status');
    this.countdowns = page.getByRole('list', { name: 'Countdowns' });
    this.timeline = page.getByRole('list', { name: 'Timeline' });
    this.stopClocks = page.getByRole('list', { name: 'Stop clocks' });
    this.actions = page.getByRole('group', { name: 'Record on this ticket' });
    this.dialog = page.getByRole('dialog').or(page.getByRole('alertdialog'));
  }

  async waitLoaded(): Promise<void> {
    await expect(this.page.locator('.screen.ticket-detail')).toHaveAttribute('data-loaded', 'true');
  }

  /** A countdown's time text by its full label ("Time to Repair (TTR)", "Excessive Outage"). */
  countdown(label: string | RegExp): Locator {
    return this.countdowns.getByRole('timer', { name: label });
  }

  timelineItems(): Locator {
    return this.timeline.getByRole('listitem');
  }

  /** Opens the form of one event kind by its button ("Restored", "Close", "Add note"…). */
  async record(action: string): Promise<Locator> {
    await this.actions.getByRole('button', { name: `${action}…`, exact: true }).click();
    await expect(this.dialog).toBeVisible();
    return this.dialog;
  }

  /** Records an event with its form's defaults (now) plus the given fields, and waits for the form to close. */
  async recordEvent(action: string, fields: Record<string, string> = {}): Promise<void> {
    const dialog = await this.record(action);
    for (const [label, value] of Object.entries(fields)) await control(dialog, label).fill(value);
    await dialog.getByRole('button', { name: 'Record' }).click();
    await expect(this.dialog).toHaveCount(0);
    await this.waitLoaded();
  }

  async openStopClockForm(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Start a stop clock…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Start a stop clock' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Picks a condition by its title in the picker (refused ones included). */
  async chooseCondition(dialog: Locator, title: string): Promise<void> {
    await control(dialog, 'Condition').selectOption({ label: title });
  }

  /** The titles offered in one group of the condition picker ("Never a stop clock"). */
  conditionGroup(dialog: Locator, group: string): Locator {
    return control(dialog, 'Condition').locator(`optgroup[label="${group}"] option`);
  }

  field(dialog: Locator, label: string): Locator {
    return control(dialog, label);
  }

  stopClock(title: string): Locator {
    return this.stopClocks.getByRole('listitem').filter({ hasText: title });
  }

  async edit(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Edit ticket' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Edit ticket on/ });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  history(): Locator {
    return this.page.getByRole('list', { name: 'History' });
  }

  async openHistory(): Promise<void> {
    await this.page.getByText('History', { exact: true }).click();
    await expect(this.history()).toBeVisible();
  }
}
