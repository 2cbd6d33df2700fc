// Accessibility (issue 10 item 9): State agencies must buy accessible software (California
// Government Code 7405, Section 508, which adopts WCAG 2.0 AA; we check WCAG 2.1 A and AA).
// axe-core looks at every screen of the demo agency, and at the main dialogs open over them;
// no violation is allowed. A failure lists each rule with the elements it found and why.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from './fixtures';
import { EscalationPage } from './pages/EscalationPage';
import { HomePage } from './pages/HomePage';
import { IncidentsPage } from './pages/IncidentsPage';
import { MonthPage } from './pages/MonthPage';
import { NoticesPanel } from './pages/NoticesPanel';
import { OrdersPage } from './pages/OrdersPage';
import { SlaPanel } from './pages/SlaPanel';
import { TicketsPage } from './pages/TicketsPage';

// Tuesday 2026-11-17, 10:00 in Sacramento: the demo month is October 2026.
test.use({ hostArgs: ['--demo'], testClock: '2026-11-17T18:00:00Z' });
// Each scan reads every element's colours: a few seconds a screen on a busy machine.
test.describe.configure({ timeout: 180_000 });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Scans the page as it is now; returns one readable line per element in violation. */
async function scan(page: Page, where: string): Promise<string[]> {
  // Nothing half-drawn: no fade or slide in progress when the colours are read.
  await page.mouse.move(0, 0);
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${where} · ${v.id} (${v.impact ?? 'n/a'}) · ${n.target.join(' ')}\n    ${n.failureSummary?.replace(/\n/g, '\n    ') ?? v.help}`),
  );
}

/** Runs every scan, then fails once with the whole list (so one run shows everything to fix). */
function collector(page: Page) {
  const found: string[] = [];
  return {
    async check(where: string) {
      found.push(...(await scan(page, where)));
    },
    assertNone() {
      expect(found, `accessibility violations:\n${found.join('\n')}`).toEqual([]);
    },
  };
}

async function closeDialog(page: Page) {
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog').or(page.getByRole('alertdialog'))).toHaveCount(0);
}

test('home, tickets, a ticket’s detail with its SLA panel, and the ticket dialogs', async ({ app: _app, page }) => {
  const axe = collector(page);
  const home = new HomePage(page);
  await home.waitLoaded();
  await axe.check('Home');

  const tickets = await new TicketsPage(page).open();
  await expect(tickets.rows().first()).toBeVisible();
  await axe.check('Tickets');

  await tickets.openButton.click();
  await expect(tickets.form).toBeVisible();
  await axe.check('Open a ticket dialog');
  await closeDialog(page);

  // A closed overnight outage: the SLA and credit panel with an explanation opened.
  await tickets.statusFilter.selectOption({ label: 'Closed' });
  await tickets.search.fill('ATT-810105');
  await expect(tickets.rows()).toHaveCount(1);
  const detail = await tickets.openDetail('FRE-02-VOIP-1020');
  const sla = new SlaPanel(page);
  await sla.waitLoaded();
  await sla.explainButton('Excessive Outage').click();
  await expect(sla.explainLines('Excessive Outage')).toBeVisible();
  await sla.explainButton('Time to Repair (TTR)').click();
  await expect(sla.explainLines('Time to Repair (TTR)')).toBeVisible();
  await detail.openHistory();
  await axe.check('Ticket detail (closed, SLA panel, explanations, history)');

  await detail.record('Add note');
  await axe.check('Add note dialog');
  await closeDialog(page);
  await detail.record('Reopen');
  await axe.check('Reopen dialog');
  await closeDialog(page);

  await detail.openStopClockForm();
  await axe.check('Start a stop clock dialog');
  await closeDialog(page);

  // A CAT 2 ticket: the contractor notices and their form.
  // The list keeps its filters: until the search changes, nothing matches and no list region is drawn.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tickets' }).click();
  await expect(tickets.heading).toBeVisible();
  await tickets.statusFilter.selectOption({ label: 'Closed' });
  await tickets.search.fill('ATT-810108');
  await expect(tickets.rows()).toHaveCount(1);
  await tickets.openDetail('OAK-01-VOIP-1010');
  const notices = new NoticesPanel(page);
  await expect(notices.form).toBeVisible();
  await notices.note().fill('Called the NOC');
  await axe.check('CAT 2 ticket with its notices');

  axe.assertNone();
});

test('an open ticket: its countdowns and the state dialogs', async ({ app: _app, page }) => {
  const axe = collector(page);
  const tickets = await new TicketsPage(page).open();
  await tickets.statusFilter.selectOption({ label: 'Open' });
  await tickets.waitLoaded();
  const link = tickets.rows().first().getByRole('link').first();
  const circuit = (await link.innerText()).trim();
  const detail = await tickets.openDetail(circuit);
  await axe.check(`Open ticket ${circuit}`);
  await detail.record('Restored');
  await axe.check('Restored dialog');
  await closeDialog(page);
  axe.assertNone();
});

test('incidents, orders, month and escalation', async ({ app: _app, page }) => {
  const axe = collector(page);
  const incidents = await IncidentsPage.open(page);
  await axe.check('Incidents');
  await incidents.openNew();
  await axe.check('New incident dialog');
  await closeDialog(page);

  const orders = await OrdersPage.open(page);
  const details = page.getByRole('button', { name: /^Details of order / }).first();
  const reference = ((await details.getAttribute('aria-label')) ?? '').replace('Details of order ', '');
  await orders.details(reference);
  await axe.check(`Orders, ${reference} selected`);
  await orders.openNew();
  await axe.check('New order dialog');
  await closeDialog(page);

  const month = await MonthPage.open(page);
  await month.rows().first().click();
  await expect(month.explainLines().first()).toBeVisible();
  await axe.check('Month, a result selected');
  await expect(month.trendChart).toBeVisible();
  await month.trend.getByText('Figures as a table').click();
  await axe.check('Month, tickets per contractor with its table open');

  await EscalationPage.open(page);
  await axe.check('Escalation');
  axe.assertNone();
});

test('services, a survivability service’s page and its dialogs, agency', async ({ app, page }) => {
  const axe = collector(page);
  const services = await app.services();
  await axe.check('Services');
  await services.openAdd();
  await axe.check('Add a service dialog');
  await closeDialog(page);

  // A site survivability service: its page has the usage record.
  await services.search.fill('OAK-01-SSNF');
  await expect(services.rows().first()).toContainText('OAK-01-SSNF');
  const circuit = (await services.rows().first().getByRole('link').first().innerText()).trim();
  const service = await services.openService(circuit);
  await expect(service.usage).toBeVisible();
  await axe.check(`Service ${circuit}`);
  await service.openRecordUsage();
  await axe.check('Record usage dialog');
  await closeDialog(page);

  await app.agency();
  await axe.check('Agency');
  axe.assertNone();
});

test('a Converged VoIP service’s page, each monthly SLA tab, and its dialogs', async ({ app, page }) => {
  const axe = collector(page);
  const services = await app.services();
  await services.search.fill('SAC-HQ-VOIP-1005');
  await expect(services.rows()).toHaveCount(1);
  const voip = await services.openService('SAC-HQ-VOIP-1005');
  const tabs = page.getByRole('tablist', { name: 'Monthly SLA' }).getByRole('tab');
  const count = await tabs.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 0; i < count; i++) {
    await tabs.nth(i).click();
    await expect(tabs.nth(i)).toHaveAttribute('aria-selected', 'true');
    await axe.check(`Service SAC-HQ-VOIP-1005, tab ${(await tabs.nth(i).innerText()).trim()}`);
  }
  await voip.openRecordMonth();
  await axe.check('Record a month before ATR Desk dialog');
  await closeDialog(page);
  await voip.openRetire('SAC-HQ-VOIP-1005');
  await axe.check('Retire service dialog');
  await closeDialog(page);
  axe.assertNone();
});
