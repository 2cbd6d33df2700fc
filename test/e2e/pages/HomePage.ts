import { expect, type Locator, type Page } from '@playwright/test';

/** Home, "needs me now": the board of open tickets with their live countdowns. */
export class HomePage {
  readonly heading: Locator;
  readonly board: Locator;
  readonly emptyState: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Needs me now' });
    this.board = page.getByRole('list', { name: 'Open tickets, nearest deadline first' });
    this.emptyState = page.getByRole('region', { name: 'Nothing needs you now' });
    this.summary = page.getByRole('list', { name: 'Summary' });
  }

  async open(): Promise<this> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await this.waitLoaded();
    return this;
  }

  async waitLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.page.locator('.screen.home')).toHaveAttribute('data-loaded', 'true');
  }

  entries(): Locator {
    return this.board.getByRole('article');
  }

  /** The board entry of a ticket, by its circuit ID. */
  entry(circuitId: string): Locator {
    return this.board.getByRole('article', { name: circuitId, exact: true });
  }

  /** A countdown's time text, by its full label ("Time to Repair (TTR)", "Level 2 due: …"). */
  countdown(circuitId: string, label: string | RegExp): Locator {
    return this.entry(circuitId).getByRole('timer', { name: label });
  }

  logCall(circuitId: string): Locator {
    return this.entry(circuitId).getByRole('button', { name: 'Log call', exact: true });
  }

  /** Opens the "with an answer" popover, types the answer and saves. */
  async logCallWithAnswer(circuitId: string, answer: string): Promise<void> {
    const entry = this.entry(circuitId);
    await entry.getByRole('button', { name: 'Log call with an answer…' }).click();
    const pop = entry.getByRole('dialog', { name: /Log call to/ });
    await pop.getByLabel('Answer (optional)').fill(answer);
    await pop.getByLabel('Answer (optional)').press('Enter');
    await expect(pop).toHaveCount(0);
  }

  /** A summary chip, a toggle that filters the board: 'overdue', 'due soon', 'on track'… */
  chip(group: string): Locator {
    return this.summary.getByRole('button', { name: new RegExp(`^\\d+ ${group}$`) });
  }

  /** Clears the summary's filter ("Show all" beside the chips). */
  showAll(): Locator {
    return this.page.locator('.screen.home').getByRole('button', { name: 'Show all' }).first();
  }

  /** The board's circuits, in order. */
  circuits(): Locator {
    return this.entries().getByRole('heading', { level: 2 });
  }

  nextContact(circuitId: string): Locator {
    return this.entry(circuitId).locator('.next-contact');
  }
}
