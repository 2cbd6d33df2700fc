// The conversion tracker (issue 12) in Chromium, as a coordinator uses it, on Tuesday 2026-11-17
// (10:00 in Sacramento; the agency's date is 2026-11-17).
//
// 1. A non-exempt State agency: a project from the CALNET 2 → CALNET 3 template, the two roles, an
//    inventory of 3 services imported from CSV (a 4th row with an unknown contractor is shown with
//    its problem and left out), one automatic Transition and one Migration (target changed to
//    Verizon). The Migration's order is blocked for its Form 20; the Form 20 is recorded, the
//    Manager authorizes, the Coordinator orders and converts to a new Verizon circuit: the new
//    service's page starts with the old one's ticket. The old service left active shows the
//    parallel-billing flag: converted 2026-11-10, today 2026-11-17, so 7 days; its TMRC $300.00
//    over November's 30 days is $300.00 × 7 / 30 = $70.00 paid twice. Recording its disconnect
//    retires it: its page says "Retired, replaced by VZ-OAK-3001".
// 2. A Non-State Entity: bulk authorize (the undecided item is blocked: it must opt in), bulk order
//    (both blocked: no ATO on file for AT&T or Verizon), then the ATO for AT&T recorded on the
//    item's page unblocks its order.
// 3. The demo agency's board, items, an item and the printable schedule, for the README.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, REPO_ROOT } from './fixtures';
import { ConversionsPage, ItemPage, ProjectPage } from './pages/ConversionPages';
import { ServicePage } from './pages/ServicePage';

test.use({ testClock: '2026-11-17T18:00:00Z' });

const INVENTORY = [
  'old_circuit_id,incumbent_contractor,incumbent_service,site,scheduled_on',
  'C2-SAC-0001,AT&T,Converged VoIP,SAC-HQ,2026-11-20',
  'C2-SAC-0002,AT&T,Converged VoIP,SAC-HQ,2026-11-10',
  'C2-OAK-0003,AT&T,Centrex line,OAK-01,',
  'C2-OAK-0004,Sprint,Centrex line,OAK-01,',
].join('\n');

test('import, a Transition and a Migration, its Form 20 block, authorize, order, convert, history carried over, parallel billing, disconnect', async ({ app: _app, host, page }) => {
  // The old CALNET 2 services are already in ATR Desk, one with a ticket (its history).
  const service = (circuitId: string, tmrc: string) =>
    host.value('services:create', { circuitId, contractorId: 1, serviceType: 'converged-voip', tier: 'premier', tmrc, site: 'SAC-HQ' });
  await service('C2-SAC-0001', '250.00');
  const old = await service('C2-SAC-0002', '300.00');
  await service('C2-OAK-0003', '120.00');
  await host.value('tickets:create', { serviceId: old.id, contractorTicket: 'ATT-500001', kind: 'repair', openedAt: '2026-10-05T16:00:00Z' });
  await host.value('contacts:create', { name: 'Alex Rivera', role: 'Deputy Director' });
  await host.value('contacts:create', { name: 'Sam Chen', role: 'Telecom analyst' });

  const list = await ConversionsPage.open(page);
  await expect(list.empty).toBeVisible();
  const project = await list.createFromTemplate();
  await expect(project.header).toContainText('CALNET 2 ends');
  await expect(project.header).toContainText('Jan 29, 2014');
  await project.setRoles('Alex Rivera, Deputy Director', 'Sam Chen, Telecom analyst');
  await expect(project.header).toContainText('Alex Rivera');

  // The inventory: 3 rows ready, the 4th names a contractor the agency does not have; nothing written until confirmed.
  const importing = await project.openImport();
  await importing.choose('inventory.csv', INVENTORY);
  await expect(importing.summary).toContainText('3 valid, 1 with problems');
  await expect(importing.line(5)).toContainText('Incumbent contractor "Sprint" is not in this agency\'s list of contractors');
  expect((await host.value('conversion:project', { projectId: 1 })).items).toHaveLength(0);
  const confirm = await importing.startImport();
  await confirm.confirm('Import');
  await expect(importing.dialog).toBeHidden();

  await project.view('Items');
  await expect(project.items.getByRole('row')).toHaveCount(4);
  // No target for a non-exempt State agency's service: it transitions automatically.
  await expect(project.row('C2-SAC-0001')).toContainText('Transition');
  await expect(project.row('C2-SAC-0001')).toContainText('Same contractor and service');

  // The Migration: another contractor.
  const item = await project.openItem('C2-SAC-0002');
  await item.setTarget('Verizon', 'Converged VoIP');
  await expect(item.heading).toContainText('Migration');
  await expect(item.reason).toContainText('Migration: a different contractor (Verizon instead of AT&T) is an order for new service');
  await expect(item.step('Order')).toContainText('Not authorized yet');

  // The Manager authorizes; the order is then blocked by the Form 20 rule, in words.
  await item.take('Authorize', async (d) => {
    await expect(d.getByRole('combobox', { name: 'Who' })).toHaveValue(/\d+/);
    await expect(d.getByRole('combobox', { name: 'Who' }).locator('option:checked')).toHaveText('Alex Rivera');
    await d.getByLabel('Date').fill('2026-11-03');
  });
  await expect(item.step('Authorize')).toContainText('Authorized Nov 3, 2026');
  await expect(item.step('Order')).toContainText('Blocked');
  await expect(item.step('Order')).toContainText(
    'A Migration is an order for new service: its Form 20 must be completed before it is ordered (ATR 13-06). The Form 20 is not started.',
  );

  await item.recordForm20('2026-11-04');
  await expect(item.paperwork).toContainText('Completed Nov 4, 2026');
  await item.take('Order', async (d) => {
    await expect(d.getByRole('combobox', { name: 'Who' }).locator('option:checked')).toHaveText('Sam Chen');
    await d.getByLabel('Date').fill('2026-11-05');
    await d.getByRole('textbox', { name: 'Order reference' }).fill('VZ-ORD-77');
  });
  await expect(item.step('Order')).toContainText('Ordered Nov 5, 2026, order VZ-ORD-77');

  // Converted to a new Verizon circuit; the old service is left active.
  await item.take('Convert', async (d) => {
    await d.getByLabel('Date').fill('2026-11-10');
    await d.getByRole('radio', { name: 'A new service, entered here' }).check();
    await d.getByRole('textbox', { name: 'New Circuit ID' }).fill('VZ-OAK-3001');
    await d.getByRole('textbox', { name: 'TMRC' }).fill('280.00');
  });
  await expect(item.step('Convert')).toContainText('Converted Nov 10, 2026, now VZ-OAK-3001');
  await expect(item.parallelBilling).toContainText('Parallel billing: 7 days, $70.00 paid twice');
  await expect(item.parallelBilling).toContainText('Ask the incumbent to disconnect it.');

  // The new service's history starts with the old one's ticket.
  await item.details.getByRole('link', { name: 'VZ-OAK-3001' }).click();
  const fresh = new ServicePage(page);
  await fresh.waitLoaded();
  await expect(fresh.heading).toContainText('VZ-OAK-3001');
  await expect(page.getByTestId('service-lineage')).toContainText('Replaces C2-SAC-0002 (still in service)');
  await expect(fresh.tickets).toContainText('#ATT-500001');
  await expect(fresh.tickets).toContainText('before the conversion');

  // Back on the item: the prompt records the disconnect; the old service is retired, replaced by the new one.
  await page.goBack();
  await item.waitLoaded('C2-SAC-0002');
  await item.parallelBilling.getByRole('button', { name: 'Record the disconnect…' }).click();
  await expect(item.dialog).toBeVisible();
  await item.dialog.getByRole('button', { name: 'Disconnect' }).click();
  await expect(item.dialog).toBeHidden();
  await expect(item.parallelBilling).toContainText('stayed active 7 days after its replacement was accepted (2026-11-10) until 2026-11-17');
  await expect(item.parallelBilling.getByRole('button')).toHaveCount(0);
  await item.details.getByRole('link', { name: 'C2-SAC-0002' }).click();
  const retired = new ServicePage(page);
  await retired.waitLoaded();
  await expect(retired.retiredBadge).toHaveText('Retired Nov 17, 2026');
  await expect(page.getByTestId('service-lineage')).toContainText('Retired, replaced by VZ-OAK-3001');
});

test('a Non-State Entity: bulk steps answer per item, the order is blocked until the ATO is on file', async ({ app, host, page }) => {
  await host.value('agency:update', { name: 'City of Example', kind: 'non-state-entity', timeZone: 'America/Los_Angeles' });
  const manager = await host.value('contacts:create', { name: 'Alex Rivera' });
  const coordinator = await host.value('contacts:create', { name: 'Sam Chen' });
  const { project } = await host.value('conversion:createProject', { from: 'template', templateId: 'calnet2-to-calnet3', name: 'City conversion' });
  await host.value('conversion:setRoles', { projectId: project.id, managerContactId: manager.id, coordinatorContactId: coordinator.id });
  const item = (oldCircuitId: string, target: { targetContractorId: number; targetService: string } | null) =>
    host.value('conversion:createItem', { projectId: project.id, oldCircuitId, incumbentContractorId: 1, incumbentService: 'Centrex line', ...(target ?? {}) });
  await item('N-0001', { targetContractorId: 1, targetService: 'Centrex line' });
  const migration = await item('N-0002', { targetContractorId: 2, targetService: 'Converged VoIP' });
  await host.value('conversion:recordForm20', { itemId: migration.item.id, status: 'completed', on: '2026-11-02' });
  await item('N-0003', null);

  await app.reload();
  const list = await ConversionsPage.open(page);
  const p: ProjectPage = await list.openProject('City conversion');
  await p.view('Items');
  await expect(p.row('N-0001')).toContainText('Transition');
  await expect(p.row('N-0002')).toContainText('Migration');
  await expect(p.row('N-0003')).toContainText('Undecided');
  // A Non-State Entity's table shows the ATO on file for the target contractor.
  await expect(p.row('N-0001')).toContainText('None on file');

  await p.tick('N-0001', 'N-0002', 'N-0003');
  const authorized = await p.bulk('Authorize…');
  await expect(authorized).toContainText('2 done, 1 blocked');
  await expect(p.outcome('N-0001')).toContainText('Done');
  await expect(p.outcome('N-0003')).toContainText('Blocked');
  await expect(p.outcome('N-0003')).toContainText('A Non-State Entity (local government) converts its services at its option (ATR 13-06)');

  const ordered = await p.bulk('Order…');
  await expect(ordered).toContainText('0 done, 3 blocked');
  await expect(p.outcome('N-0001')).toContainText('A Non-State Entity must have an Authorization to Order (ATO) on file for AT&T before it orders from that contractor (ATR 13-06).');
  await expect(p.outcome('N-0002')).toContainText('on file for Verizon');

  const n1: ItemPage = await p.openItem('N-0001');
  await expect(n1.step('Order')).toContainText('A Non-State Entity must have an Authorization to Order (ATO) on file for AT&T');
  await expect(n1.paperwork).toContainText('None on file');
  await n1.recordAto('AT&T', '2026-11-16');
  await expect(n1.paperwork).toContainText('On file Nov 16, 2026');
  await expect(n1.step('Order').getByRole('button', { name: 'Order…' })).toBeVisible();
});

test.describe('the demo agency', () => {
  test.use({ hostArgs: ['--demo'] });
  /** The board for the README: written when missing or when UPDATE_SCREENSHOTS=1; every run attaches the screens. */
  const DOC_SHOT = path.join(REPO_ROOT, 'docs/screenshots/conversion-board.png');

  test('the board, the items, an item and the printable schedule with page numbers', async ({ app: _app, page }, testInfo) => {
    // The chart drawn at once (no animation), as for a user who asks for less motion.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const list = await ConversionsPage.open(page);
    const project = await list.openProject('CALNET 2 to CALNET 3 (demo)');
    // 12 items: 4 converted and 1 disconnected are done.
    await expect(page.getByRole('heading', { name: '5 of 12 items done' })).toBeVisible();
    // C2-OAK-0201: converted 6 days ago, its $1,200.00 Centrex still billed: $1,200.00 × 6 / 30 = $240.00.
    await expect(page.getByRole('region', { name: /^Parallel billing/ })).toContainText('$240.00 of TMRC paid twice');
    await expect(page.locator('.timeline-chart .recharts-line').first()).toBeVisible();
    await page.setViewportSize({ width: 1280, height: 1640 });
    await page.mouse.move(0, 0);
    const board = await page.screenshot();
    await testInfo.attach('board', { body: board, contentType: 'image/png' });
    if (process.env.UPDATE_SCREENSHOTS === '1' || !fs.existsSync(DOC_SHOT)) fs.writeFileSync(DOC_SHOT, board);

    await project.view('Items');
    await testInfo.attach('items', { body: await page.screenshot(), contentType: 'image/png' });
    const item = await project.openItem('C2-LA-0301');
    await expect(item.step('Order')).toContainText('its Form 20 must be completed before it is ordered');
    await testInfo.attach('item', { body: await page.screenshot(), contentType: 'image/png' });

    await page.goto(page.url().replace(/#.*$/, '#/conversions/1/schedule'));
    await expect(page.locator('body')).toHaveAttribute('data-schedule-ready', '1');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atr-schedule-'));
    try {
      const file = path.join(dir, 'schedule.pdf');
      await testInfo.attach('schedule.pdf', { body: await page.pdf({ path: file }), contentType: 'application/pdf' });
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:\s+792 x 612 pts \(letter\)/);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      const numbered = [...text.matchAll(/Page (\d+) of (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
      expect(numbered).toEqual(Array.from({ length: pages }, (_, i) => [i + 1, pages]));
      for (const c of ['C2-SAC-0101', 'C2-OAK-0201', 'C2-LA-0301', 'C2-FRE-0403']) expect(text).toContain(c);
      // The flag of C2-OAK-0201 (its cell wraps, so the words are read one by one).
      expect(text).toContain('Parallel billing:');
      expect(text).toContain('$240.00');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
