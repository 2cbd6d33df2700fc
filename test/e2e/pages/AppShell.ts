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

  /**
   * The accessible names of the buttons and links of the main area that are in the window but
   * covered by something else at their centre (what a click there would hit instead).
   */
  coveredControls(): Promise<string[]> {
    return this.page.evaluate(() => {
      const main = document.querySelector('main');
      if (!main) return [];
      const covered: string[] = [];
      for (const el of Array.from(main.querySelectorAll<HTMLElement>('button, a[href]'))) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) continue;
        const hit = document.elementFromPoint(x, y);
        // Clipped by the main area's own scrolling is not covered: it is simply scrolled away.
        const m = main.getBoundingClientRect();
        if (y < m.top || y >= m.bottom) continue;
        if (!hit || !(el === hit || el.contains(hit))) covered.push(el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName);
      }
      return covered;
    });
  }

  notice(text: string | RegExp): Locator {
    return this.notices.getByRole('listitem').filter({ hasText: text });
  }
}
