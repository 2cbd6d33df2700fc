import { expect, type Locator, type Page } from '@playwright/test';

export interface NoticeValues {
  /** datetime-local, agency time: "2026-11-10T09:30". */
  at?: string;
  method?: 'Phone' | 'E-mail' | 'Contractor portal' | 'Other';
  note?: string;
}

/** The contractor notices of a CAT 2 / CAT 3 ticket: the list, the form, delete with confirmation. */
export class NoticesPanel {
  readonly region: Locator;
  readonly list: Locator;
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Contractor notices' });
    this.list = this.region.getByRole('list', { name: 'Notices' });
    this.form = this.region.getByRole('form', { name: 'Record a notice' });
  }

  /** The time field has no ARIA role of its own: found by its label (with or without the required mark). */
  at(): Locator {
    return this.form.getByLabel(/^Notified at( \*)?$/);
  }

  method(): Locator {
    return this.form.getByRole('combobox', { name: 'Method' });
  }

  note(): Locator {
    return this.form.getByRole('textbox', { name: 'Note' });
  }

  /** Fills the form and submits with Enter in the note, as a keyboard user would. */
  async record(v: NoticeValues): Promise<void> {
    if (v.at !== undefined) await this.at().fill(v.at);
    if (v.method !== undefined) await this.method().selectOption({ label: v.method });
    if (v.note !== undefined) await this.note().fill(v.note);
    await this.note().press('Enter');
  }

  items(): Locator {
    return this.list.getByRole('listitem');
  }

  /** Deletes the notice whose item shows `text`, confirming in the dialog. */
  async delete(text: string | RegExp): Promise<void> {
    await this.items().filter({ hasText: text }).getByRole('button', { name: /^Delete the notice of/ }).click();
    const dialog = this.page.getByRole('alertdialog', { name: 'Delete this notice?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Delete notice' }).click();
    await expect(dialog).toHaveCount(0);
  }
}
