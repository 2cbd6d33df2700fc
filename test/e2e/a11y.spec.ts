// Accessibility (issue 10 item 9): State agencies must buy accessible software (California
// Government Code 7405, Section 508, which adopts WCAG 2.0 AA; we check WCAG 2.1 A and AA).
// axe-core looks at every screen of the demo agency, and at the dialogs open over them (forms,
// edits, confirmations, the import preview, a restore), and at the read-only banner; no
// violation is allowed. A failure lists each rule with the elements it found and why.
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from './fixtures';
import { BackupsPage } from './pages/BackupsPage';
import { ClaimPacketPage } from './pages/ClaimPacketPage';
import { ClaimPage, ClaimsPage } from './pages/ClaimsPage';
import { ConversionsPage } from './pages/ConversionPages';
import { EscalationPage } from './pages/EscalationPage';
import { HelpDeskPage } from './pages/HelpDeskPage';
import { HomePage } from './pages/HomePage';
import { IncidentsPage } from './pages/IncidentsPage';
import { MonthPage } from './pages/MonthPage';
import { NoticesPanel } from './pages/NoticesPanel';
import { OrdersPage } from './pages/OrdersPage';
import { ReconcilePage } from './pages/ReconcilePage';
import { SlaPanel } from './pages/SlaPanel';
import { TicketsPage } from './pages/TicketsPage';

// Tuesday 2026-11-17, 10:00 in Sacramento: the demo month is October 2026.
test.use({ hostArgs: ['--demo'], testClock: '2026-11-17T18:00:00Z' });
// Each scan reads every element's colours: a few seconds a screen on a busy machine. Each test
// has its own host and data file, so the file's tests share both workers instead of holding one.
test.describe.configure({ mode: 'parallel', timeout: 180_000 });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One good row and one whose tier is wrong: the preview shows both kinds. */
const IMPORT_CSV = ['circuit_id,contractor,service_type,tier,tmrc', 'A11Y-001,AT&T,converged-voip,premier,100.00', 'A11Y-002,AT&T,converged-voip,gold,99.00'].join('\n');

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

  // Corrections on the record: correcting and retracting a timeline line.
  await detail.timeline.getByRole('button', { name: /^Correct: Closed/ }).click();
  await expect(detail.dialog).toBeVisible();
  await axe.check('Correct a timeline line dialog');
  await closeDialog(page);
  await detail.timeline.getByRole('button', { name: /^Retract: Closed/ }).click();
  await expect(detail.dialog).toBeVisible();
  await axe.check('Retract a timeline line dialog');
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
  await detail.openStopClockForm();
  await axe.check('Start a stop clock dialog');
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
  const card = page.getByRole('main').getByRole('article').first();
  await card.getByRole('button', { name: /^Edit / }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await axe.check('Edit incident dialog');
  await closeDialog(page);
  await card.getByRole('button', { name: /^Unlink ticket \S+ .*from / }).first().click();
  await expect(page.getByRole('alertdialog', { name: /^Unlink ticket \S+ .*from .*\?$/ })).toBeVisible();
  await axe.check('Unlink ticket confirmation');
  await closeDialog(page);

  const orders = await OrdersPage.open(page);
  const details = page.getByRole('button', { name: /^Details of order / }).first();
  const reference = ((await details.getAttribute('aria-label')) ?? '').replace('Details of order ', '');
  await orders.details(reference);
  await axe.check(`Orders, ${reference} selected`);
  await orders.openNew();
  await axe.check('New order dialog');
  await closeDialog(page);
  await orders.openEdit(reference);
  await axe.check(`Edit order ${reference} dialog`);
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

test('the help desk: a scorecard with missed incidents and their timelines, the figures, the billing check, an incident\'s page and form', async ({ app: _app, page }) => {
  const axe = collector(page);
  const desk = await HelpDeskPage.open(page);
  await desk.chooseMonth('2026-11');
  await desk.scorecard();
  await expect(page.getByRole('list', { name: /^Timeline of incident / }).first()).toBeVisible();
  await page.getByRole('button', { name: /^How this was worked out, \d+ lines?, for Initial notification, incident / }).click();
  await axe.check('Help desk, November scorecard');
  await desk.tab('Figures');
  await axe.check('Help desk, figures');
  await desk.tab('Billing check');
  await desk.chooseMonth('2026-10');
  await expect(page.getByTestId('billing-difference')).toHaveText('$42.00 more than expected');
  await axe.check('Help desk, billing check');
  await desk.tab('Scorecard');
  await desk.chooseMonth('2026-11');
  await (await desk.scorecard()).getByRole('link', { name: /^Severity 1 incident / }).click();
  const sla = new SlaPanel(page);
  await sla.waitLoaded();
  await expect(page.getByRole('region', { name: 'Notifications received' })).toBeVisible();
  await axe.check('A help-desk incident\'s page');
  await page.getByRole('button', { name: /^Edit/ }).first().click();
  await expect(page.getByRole('dialog', { name: /^Edit incident on / })).toBeVisible();
  await axe.check('Edit incident dialog');
  await closeDialog(page);
  axe.assertNone();
});

test('claims: the list, the Month screen’s claim, a claim’s page and every dialog on it, the ladder', async ({ app: _app, host, page }) => {
  const axe = collector(page);
  // The demo's own claims (electron/services/demo/claims.ts): partly credited, disputed, awaiting an answer.
  const list = await ClaimsPage.open(page);
  await expect(list.table).toContainText('Partly credited');
  await expect(list.table).toContainText('Disputed');
  await axe.check('Claims, the demo’s three');

  const month = await MonthPage.open(page);
  await month.contractor.selectOption({ label: 'AT&T' });
  await month.waitLoaded();
  const strip = page.getByTestId('month-claim');
  await expect(strip.getByRole('button', { name: 'Make a claim' })).toBeVisible();
  await axe.check('Month, AT&T, nothing claimed yet');
  await strip.getByRole('button', { name: 'Make a claim' }).click();

  const claim = new ClaimPage(page);
  await claim.waitLoaded();
  const line = claim.lines.locator('tbody.claim-line').first();
  await line.getByRole('button', { name: /^How this was worked out/ }).click();
  await axe.check('A draft claim, a line explained');
  await line.getByRole('button', { name: /^Exclude/ }).click();
  await claim.dialog.getByRole('button', { name: 'Exclude line' }).click();
  await expect(claim.dialog.locator('.field-error')).toBeVisible();
  await axe.check('Exclude a line dialog, reason missing');
  await closeDialog(page);
  await line.getByRole('button', { name: /^Note/ }).click();
  await axe.check('Line note dialog');
  await closeDialog(page);
  await claim.action('Delete draft…').click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await axe.check('Delete draft confirmation');
  await closeDialog(page);

  await claim.action('Submit…').click();
  await axe.check('Submit dialog');
  await claim.field('Sent to').fill('AT&T CALNET billing');
  await claim.saveDialog('Submit claim');
  await expect(claim.status).toHaveText('Submitted');
  for (const [button, title] of [['Acknowledge…', 'Acknowledge dialog'], ['Record credit…', 'Record credit dialog'], ['Deny…', 'Deny dialog']] as const) {
    await claim.action(button).click();
    await axe.check(title);
    await closeDialog(page);
  }
  await claim.action('Dispute…').click();
  await claim.field('Reason').fill('Every line is documented');
  await claim.saveDialog('Record dispute');
  // Disputed: the bill-or-contract ladder, and a ticket behind a line changed since submission.
  const { rows } = await host.value('tickets:list', { text: 'ATT-810104', status: 'all' });
  const ticket = rows.find((t) => t.contractorTicket === 'ATT-810104')!;
  const start = Date.parse(ticket.startAt);
  await host.value('stopClocks:start', { ticketId: ticket.id, code: 'POWER', startAt: new Date(start).toISOString(), endAt: new Date(start + 90 * 60_000).toISOString() });
  await expect(claim.changedBanner).toBeVisible();
  await expect(claim.followUp).toBeVisible();
  await claim.followUp.getByRole('button', { name: 'Log call with an answer…' }).click();
  await axe.check('A disputed claim: changed lines, the ladder, the Log call popover');

  await ClaimsPage.open(page);
  await axe.check('Claims, with ageing');
  axe.assertNone();
});

test('services, a survivability service’s page and its dialogs, agency', async ({ app, page }) => {
  const axe = collector(page);
  const services = await app.services();
  await axe.check('Services');
  await services.openAdd();
  await axe.check('Add a service dialog');
  await closeDialog(page);

  // The import: the empty dialog, then a preview with a row in error, then its confirmation.
  const importing = await services.openImport();
  await axe.check('Import services dialog');
  await importing.choose('inventory.csv', IMPORT_CSV);
  await expect(importing.summary).toContainText('1 valid, 1 with problems');
  await axe.check('Import preview (a row with problems)');
  await importing.startImport();
  await axe.check('Import confirmation');
  await page.keyboard.press('Escape');
  await importing.cancel();

  // A site survivability service: its page has the usage record.
  await services.search.fill('OAK-01-SSNF');
  await expect(services.rows().first()).toContainText('OAK-01-SSNF');
  const circuit = (await services.rows().first().getByRole('link').first().innerText()).trim();
  await services.openEdit(circuit);
  await axe.check(`Edit ${circuit} dialog`);
  await closeDialog(page);
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
  await voip.history.getByRole('button', { name: /^Edit / }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await axe.check('Edit a month before ATR Desk dialog');
  await closeDialog(page);
  await voip.history.getByRole('button', { name: /^Delete / }).first().click();
  await expect(page.getByRole('alertdialog', { name: 'Delete this recorded month?' })).toBeVisible();
  await axe.check('Delete a recorded month confirmation');
  await closeDialog(page);
  // Deleting a service with tickets: the question, then the refusal with its way out.
  const deleting = await voip.openDelete('SAC-HQ-VOIP-1005');
  await axe.check('Delete service confirmation');
  await deleting.confirm('Delete service');
  await expect(page.getByRole('alertdialog', { name: 'SAC-HQ-VOIP-1005 cannot be deleted' })).toBeVisible();
  await axe.check('Delete service refused');
  await closeDialog(page);
  await voip.openRetire('SAC-HQ-VOIP-1005');
  await axe.check('Retire service dialog');
  await closeDialog(page);
  axe.assertNone();
});

test('conversions: projects, board, items with a bulk action, an item, its dialogs, set-up, import preview, schedule', async ({ app: _app, page }) => {
  const axe = collector(page);
  const list = await ConversionsPage.open(page);
  await axe.check('Conversion projects');
  await page.getByRole('main').getByRole('button', { name: 'New project' }).click();
  await expect(page.getByRole('dialog', { name: 'New conversion project' })).toBeVisible();
  await axe.check('New conversion project dialog (template)');
  await page.getByRole('dialog').getByRole('radio', { name: 'A blank project' }).check();
  await page.getByRole('dialog').getByRole('button', { name: 'Add milestone' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByRole('dialog').locator('.field-error').first()).toBeVisible();
  await axe.check('New blank project with errors beside the fields');
  await closeDialog(page);

  const project = await list.openProject('CALNET 2 to CALNET 3 (demo)');
  await axe.check('Conversion board');
  const importing = await project.openImport();
  await importing.choose('inventory.csv', 'old_circuit_id,incumbent_contractor,incumbent_service\nA11Y-C2-1,AT&T,Centrex line\nA11Y-C2-2,Sprint,Centrex line');
  await expect(importing.line(3)).toBeVisible();
  await axe.check('Import the old inventory, preview with a problem');
  await closeDialog(page);

  await project.view('Items');
  await project.tick('C2-FRE-0401', 'C2-FRE-0402', 'C2-LA-0302');
  await axe.check('Items, three ticked, bulk actions');
  await project.bulk('Order…');
  await axe.check('Items with the bulk outcome (done and blocked)');
  await page.getByRole('toolbar', { name: /^Bulk actions/ }).getByRole('button', { name: 'Record Form 20…' }).click();
  await axe.check('Bulk Form 20 dialog');
  await closeDialog(page);

  const item = await project.openItem('C2-LA-0301');
  await axe.check('Item C2-LA-0301 (a blocked order)');
  await page.getByRole('main').getByRole('button', { name: 'Edit…' }).click();
  await axe.check('Edit item dialog');
  await closeDialog(page);
  await item.paperwork.getByRole('button', { name: 'Record Form 20…' }).click();
  await axe.check('Form 20 dialog');
  await closeDialog(page);
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'CALNET 2 to CALNET 3 (demo)' }).click();
  await project.waitLoaded();
  const converted = await project.openItem('C2-OAK-0202');
  await converted.step('Convert').getByRole('button').click();
  await page.getByRole('dialog').getByRole('radio', { name: 'A new service, entered here' }).check();
  await axe.check('Convert dialog, a new service');
  await closeDialog(page);

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'CALNET 2 to CALNET 3 (demo)' }).click();
  await project.waitLoaded();
  await project.view('Dates, roles and ATOs');
  await axe.check('Set-up: dates, milestones, roles, ATOs');
  await page.getByRole('button', { name: 'Add a contact…' }).click();
  await axe.check('Add a contact dialog');
  await closeDialog(page);
  await page.getByRole('row', { name: /Verizon/ }).getByRole('button', { name: 'Record…' }).click();
  await axe.check('ATO dialog');
  await closeDialog(page);

  await page.getByRole('link', { name: 'Printable schedule' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-schedule-ready', '1');
  await axe.check('Printable conversion schedule');
  axe.assertNone();
});

test('reconcile: the empty tabs, the import dialog (mapping errors, preview, confirmation), a month reconciled, the dispute dialog, an invoice matched, the packet’s dispute section', async ({ app: _app, host, page }) => {
  const axe = collector(page);
  const samples = path.join(path.dirname(host.dataFile), `${path.basename(host.dataFile, '.sqlite')}-samples`);
  const file = (prefix: string) => path.join(samples, fs.readdirSync(samples).find((f) => f.startsWith(prefix))!);
  const contractors = await host.value('contractors:list', {});
  const att = contractors.find((c) => c.name === 'AT&T')!;
  const verizon = contractors.find((c) => c.name === 'Verizon')!;
  const claim = await host.value('claims:create', { contractorId: att.id, month: '2026-10' });
  await host.value('claims:submit', { id: claim.claim.id, on: '2026-11-17', method: 'E-mail', to: 'AT&T CALNET billing', who: 'A11y' });

  const recon = await ReconcilePage.open(page);
  await expect(recon.empty('No ticket report from AT&T yet')).toBeVisible();
  await axe.check('Reconcile, no report yet');
  const importing = await recon.startImport('report');
  await axe.check('Import a ticket report dialog');
  await importing.choose(file('ATT-trouble-ticket-history-'));
  await importing.preview();
  await expect(importing.fieldError('Circuit ID')).toBeVisible();
  await axe.check('Column mapping, required columns missing');
  await importing.map({ 'Contractor ticket number': 'Trouble Ticket', 'Circuit ID': 'Svc ID', Opened: 'Created Date', Restored: 'Cleared Date', 'Stop clock code': 'Stop Code', 'Stop clock start': 'Stop Start', 'Stop clock end': 'Stop End' });
  await importing.field('Date format').fill('MM/dd/yyyy hh:mm a');
  await importing.preview();
  await expect(importing.summary).toContainText('October 2026');
  await axe.check('Report preview');
  await importing.dialog.getByRole('button', { name: 'Import report' }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await axe.check('Import report confirmation');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Import', exact: true }).click();
  await expect(importing.dialog).toHaveCount(0);
  await recon.waitLoaded();
  await recon.agreeing.locator('summary').click();
  await axe.check('October reconciled, the matched tickets open');
  await recon.dispute.getByRole('button', { name: /^Dispute claim \d+ with these differences…$/ }).click();
  await expect(page.getByRole('dialog', { name: /^Dispute claim/ })).toBeVisible();
  await axe.check('Dispute dialog');
  await page.getByRole('dialog', { name: /^Dispute claim/ }).getByRole('button', { name: 'Dispute claim' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await recon.contractor.selectOption({ label: 'Verizon' });
  await recon.tab('Invoice credits').click();
  await expect(recon.empty('No invoice from Verizon yet')).toBeVisible();
  await axe.check('Invoice credits, none yet');
  const text = fs.readFileSync(file('Verizon-invoice-'), 'utf8');
  const mapping = { columns: { invoiceNumber: 'Invoice No', invoiceDate: 'Bill Date', circuitId: 'Circuit', amount: 'Amount', description: 'Charge Description' }, dateFormat: 'M/d/yyyy' };
  await host.value('reconcile:importInvoice', { contractorId: verizon.id, fileName: 'verizon.csv', text, mapping });
  await recon.waitInvoice();
  await axe.check('An invoice matched to the claims');

  await ClaimPacketPage.open(page, claim.claim.id);
  await expect(page.getByRole('region', { name: /^Dispute of / })).toBeVisible();
  await axe.check('Claim packet with its dispute section');
  axe.assertNone();
});

// A plain data file (not the demo): the host takes its daily copy at start, so there is a
// backup to restore; then the same file opened read-only for the banner.
test.describe('backups and the read-only banner', () => {
  test.use({ hostArgs: [] });

  test('the Backups screen, its restore dialogs, and the read-only banner', async ({ app, host, page }) => {
    const axe = collector(page);
    // A new agency's Claims screen: none yet (the demo has its own).
    const claims = await ClaimsPage.open(page);
    await expect(claims.empty).toBeVisible();
    await axe.check('Claims, none yet');
    await expect.poll(async () => (await host.value('backups:list', {})).length, { timeout: 15_000 }).toBe(1);
    const day = (await host.value('backups:list', {}))[0]!.day;
    const backups = await BackupsPage.open(page);
    await expect(backups.rows()).toHaveCount(1);
    await axe.check('Backups');
    await backups.startRestore(day);
    await axe.check('Restore confirmation');
    await backups.confirm.getByRole('button', { name: 'Restore this backup' }).click();
    await expect(backups.result).toBeVisible();
    await axe.check('Backup restored');
    await closeDialog(page);

    await app.open(await host.restart(['--read-only']));
    await expect(page.getByRole('alert').filter({ hasText: 'Read-only' })).toBeVisible();
    await axe.check('Home with the read-only banner');
    await BackupsPage.open(page);
    await backups.startRestore(day);
    await backups.confirm.getByRole('button', { name: 'Restore this backup' }).click();
    await expect(backups.confirm.getByRole('alert')).toContainText('open read-only');
    await axe.check('Restore refused (read-only), with the banner');
    await closeDialog(page);
    axe.assertNone();
  });
});
