import { test, expect } from './fixtures';
import { EscalationPage } from './pages/EscalationPage';

const ATT_SERVICE = 'AT&T CALNET 3 / FirstNet 9.1 — service-impacting';
const ATT_BILL = 'AT&T CALNET 3 / FirstNet 9.1 — bill or contract';

test('contacts per level are saved, checked next to the field, and still there after a restart', async ({ app, host, page }) => {
  const escalation = await EscalationPage.open(page);
  // AT&T follows its own ladders from the start; its contacts show first.
  await expect(escalation.ladderForm('AT&T').getByRole('combobox', { name: 'Service-impacting ladder' })).toHaveValue('att-calnet3-service-impacting');
  const l2 = escalation.level(ATT_SERVICE, 2);
  await expect(l2.form).toContainText('Due 4 hours after the start (wall-clock)');
  await expect(escalation.level(ATT_SERVICE, 3).form).toContainText('Due 1 business day after the start');
  await expect(l2.state()).toHaveText('No contact yet');

  await l2.fill({ name: 'Pat Program', phone: '916-555-0102', email: 'pat at example' });
  await expect(l2.state()).toHaveText('Unsaved changes');
  await l2.save();
  await expect(l2.error('E-mail')).toHaveText('E-mail must look like name@example.gov');
  await expect(l2.field('E-mail')).toHaveAttribute('aria-invalid', 'true');
  await expect(l2.field('E-mail')).toBeFocused();
  expect(await host.value('ladders:contacts', {})).toEqual([]);

  await l2.fill({ email: 'pat.program@example.gov' });
  await expect(l2.error('E-mail')).toHaveCount(0);
  await l2.save();
  await expect(app.notice('Level 2 contact saved')).toBeVisible();
  await expect(l2.state()).toHaveText('Saved');

  // A name is required; the message sits next to Name.
  const l3 = escalation.level(ATT_SERVICE, 3);
  await l3.fill({ phone: '916-555-0103' });
  await l3.save();
  await expect(l3.error('Name')).toHaveText('Name is required');

  const url = await host.restart();
  await app.open(url);
  const again = await EscalationPage.open(page);
  const l2again = again.level(ATT_SERVICE, 2);
  await expect(l2again.field('Name')).toHaveValue('Pat Program');
  await expect(l2again.field('Phone')).toHaveValue('916-555-0102');
  await expect(l2again.field('E-mail')).toHaveValue('pat.program@example.gov');
  await expect(l2again.state()).toHaveText('Saved');
  await expect(again.level(ATT_SERVICE, 3).field('Phone')).toHaveValue('');
});

test('choosing ladders for Verizon saves them and opens its contacts', async ({ app, host, page }) => {
  const escalation = await EscalationPage.open(page);
  const verizon = escalation.ladderForm('Verizon');
  await expect(verizon).toContainText('No ladder chosen');
  await escalation.showContactsFor('Verizon');
  await expect(escalation.contacts).toContainText('Verizon follows no ladder yet');

  await escalation.chooseLadders('Verizon', { service: ATT_SERVICE, bill: ATT_BILL });
  await expect(app.notice('Ladders saved for Verizon')).toBeVisible();
  await expect(verizon.locator('.save-state')).toHaveText('Saved');
  await expect(verizon.getByRole('button', { name: 'Save ladders' })).toBeDisabled();
  expect((await host.value('ladders:assignments', {})).find((a) => a.contractorId === 2)).toEqual({
    contractorId: 2, serviceLadderId: 'att-calnet3-service-impacting', billLadderId: 'att-calnet3-bill-contract',
  });

  // Its contacts now list both ladders' levels; the bill ladder counts business days from the start.
  await expect(escalation.level(ATT_BILL, 3).form).toContainText('Due 2 business days after the start');
  const l1 = escalation.level(ATT_BILL, 1);
  await l1.fill({ name: 'Vera Account', email: 'vera@example.gov' });
  await l1.save();
  await expect(l1.state()).toHaveText('Saved');
  expect(await host.value('ladders:contacts', { contractorId: 2 })).toEqual([
    { contractorId: 2, ladderId: 'att-calnet3-bill-contract', level: 1, name: 'Vera Account', phone: '', email: 'vera@example.gov' },
  ]);

  // Back to none, with the keyboard only.
  const service = verizon.getByRole('combobox', { name: 'Service-impacting ladder' });
  await service.selectOption({ label: 'None' });
  await expect(verizon.locator('.save-state')).toHaveText('Unsaved changes');
  await verizon.getByRole('button', { name: 'Save ladders' }).focus();
  await page.keyboard.press('Enter');
  await expect(verizon.locator('.save-state')).toHaveText('Saved');
  expect((await host.value('ladders:assignments', {})).find((a) => a.contractorId === 2)?.serviceLadderId).toBeNull();
});

test('the shipped ladders say when each level is due, from the start, and the severity schedules', async ({ app, page }) => {
  await app.waitReady();
  const escalation = await EscalationPage.open(page);
  await expect(page.getByText("Each level's time runs from the ladder's start (your first contact at level 1)")).toBeVisible();
  const service = escalation.ladder(ATT_SERVICE);
  await expect(service.getByRole('row', { name: /^2 Contractor program manager/ })).toContainText('Due 4 hours after the start (wall-clock)');
  await expect(service.getByRole('row', { name: /^3 Contractor executive/ })).toContainText('CALNET CMO');
  await expect(service).toContainText('800-321-0500');
  await expect(escalation.ladder('Customer Care Center — Severity 2')).toContainText('updates at 1, 4 and 8 hours');
  await expect(escalation.ladder('Customer Care Center — Severity 3')).toContainText('Due 48 hours after the start (wall-clock)');
  await expect(escalation.ladder('Customer Care Center — Severity 3')).toContainText('2 days are 48 hours');
});

test('the screen scrolls inside its own area: the window stays put and the last ladder is reachable', async ({ app, page }) => {
  const escalation = await EscalationPage.open(page);
  // The screen is taller than the window (three panels and six shipped ladders)...
  const last = escalation.ladder('Customer Care Center — Severity 3');
  await expect(last).not.toBeInViewport();
  // ...yet the window itself has nothing to scroll: only the main area does.
  expect(await app.windowOverflow()).toBe(0);
  await page.getByRole('main').hover();
  await page.mouse.wheel(0, 5000);
  await expect(last).toBeInViewport();
  expect(await app.windowScrollY()).toBe(0);
  // The header and the navigation stayed in place.
  await expect(app.header).toBeInViewport();
  await expect(app.nav.getByRole('link', { name: 'Escalation' })).toBeInViewport();
});
