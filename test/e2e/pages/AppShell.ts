import { expect, type Locator, type Page } from '@playwright/test';
import { AgencyPage } from './AgencyPage';
import { ServicesPage } from './ServicesPage';

/** The window: navigation, header, notices. */
export class AppShell {
  readonly nav: Locator;
  readonly header: Locator;
  readonly notices: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Main' });
    this.header = page.getByRole('banner');
    this.notices = page.getByRole('region', { name: 'Notices' });
  }

  /** Opens the app at the host's address and waits for its ready signal. */
  async open(url: string): Promise<this> {
    await this.page.goto(url);
    await this.waitReady();
    return this;
  }

  async waitReady(): Promise<void> {
    await expect(this.page.locator('body')).toHaveAttribute('data-ready', 'true');
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitReady();
  }

  async services(): Promise<ServicesPage> {
    await this.nav.getByRole('link', { name: 'Services' }).click();
    const services = new ServicesPage(this.page);
    await services.waitLoaded();
    return services;
  }

  async agency(): Promise<AgencyPage> {
    await this.nav.getByRole('link', { name: 'Agency' }).click();
    const agency = new AgencyPage(this.page);
    await expect(agency.heading).toBeVisible();
    return agency;
  }

  /**
   * How far the window itself can scroll, in pixels. The screens scroll inside the main area;
   * anything above 0 means the sidebar and header scroll away with the page.
   */
  windowOverflow(): Promise<number> {
    return this.page.evaluate(() => Math.max(0, document.documentElement.scrollHeight - window.innerHeight, document.documentElement.scrollWidth - window.innerWidth));
  }

  windowScrollY(): Promise<number> {
    return this.page.evaluate(() => window.scrollY);
  }

  notice(text: string | RegExp): Locator {
    return this.notices.getByRole('listitem').filter({ hasText: text });
  }
}
