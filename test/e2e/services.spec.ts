import { test, expect } from './fixtures';

const CIRCUIT = {
  circuitId: 'SAC-VOIP-0001',
  contractor: 'AT&T',
  serviceType: 'Converged VoIP',
  tier: 'Premier',
  tmrc: '1,250.50',
  aduc: '3.25',
  site: 'HQ',
  address: '1500 Capitol Ave, Sacramento CA',
};

test('a service added through the form is still there after the app restarts', async ({ app, host, page }) => {
  const services = await app.services();
  await expect(services.emptyState).toBeVisible();

  await services.add(CIRCUIT);
  await expect(app.notice('Service SAC-VOIP-0001 added')).toBeVisible();
  const row = services.row('SAC-VOIP-0001');
  await expect(row).toBeVisible();
  await expect(row).toContainText('AT&T');
  await expect(row).toContainText('Premier');
  await expect(row).toContainText('$1,250.50');
  await expect(row).toContainText('$3.25');

  const url = await host.restart();
  await app.open(url);
  const again = await app.services();
  await expect(again.row('SAC-VOIP-0001')).toBeVisible();
  await expect(again.row('SAC-VOIP-0001')).toContainText('$1,250.50');
  await expect(page).toHaveURL(/#\/services$/);
  // The token was taken out of the address bar.
  expect(page.url()).not.toContain('token=');
});

for (const [tmrc, message] of [
  ['12.345', /TMRC must be a dollar amount of 0 or more with at most two decimals/],
  ['-5', /TMRC cannot be negative/],
] as const) {
  test(`a bad TMRC (${tmrc}) is shown next to the field and nothing is saved`, async ({ app, host }) => {
    const services = await app.services();
    const form = await services.openAdd();
    await form.fill({ ...CIRCUIT, tmrc });
    await form.submit();

    const field = form.field('TMRC');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(form.error('TMRC')).toHaveText(message);
    await expect(field).toHaveAccessibleDescription(message);
    await expect(field).toBeFocused();
    // Only that field is marked; the draft is kept as typed.
    await expect(form.dialog.locator('[aria-invalid="true"]')).toHaveCount(1);
    await expect(form.field('Circuit ID')).toHaveValue('SAC-VOIP-0001');
    await expect(form.field('Contractor')).toHaveValue(/\d+/);
    await expect(field).toHaveValue(tmrc);

    // Typing in the field clears its error.
    await field.fill('12.34');
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
    await field.fill(tmrc);

    await form.dialog.press('Escape');
    await expect(form.dialog).toBeHidden();
    await expect(services.emptyState).toBeVisible();
    await app.reload();
    await expect(services.emptyState).toBeVisible();
    expect((await host.value('services:list', {})).total).toBe(0);
  });
}

test('several problems at once are each shown next to their field', async ({ app }) => {
  const services = await app.services();
  const form = await services.openAdd();
  await form.fill({ circuitId: 'X-1', tmrc: 'lots' });
  await form.submit();
  await expect(form.error('Contractor')).toHaveText(/Contractor is required/);
  await expect(form.error('Tier')).toHaveText(/Tier must be Basic, Standard or Premier/);
  await expect(form.error('TMRC')).toHaveText(/TMRC must be a dollar amount/);
  await expect(form.field('Contractor')).toBeFocused();
  await expect(form.error('Circuit ID')).toHaveCount(0);
});

test('delete asks for confirmation naming the circuit', async ({ app, host }) => {
  const contractors = await host.value('contractors:list', {});
  const att = contractors.find((c) => c.name === 'AT&T')!;
  for (const circuitId of ['DEL-1', 'KEEP-2']) {
    await host.value('services:create', { circuitId, contractorId: att.id, serviceType: 'converged-voip', tier: 'basic', tmrc: '100' });
  }
  const services = await app.services();
  await expect(services.rows()).toHaveCount(2);

  let confirm = await services.openDelete('DEL-1');
  await expect(confirm.dialog).toContainText('DEL-1');
  await confirm.cancel();
  await expect(services.row('DEL-1')).toBeVisible();

  confirm = await services.openDelete('DEL-1');
  await confirm.dialog.press('Escape');
  await expect(confirm.dialog).toBeHidden();
  await expect(services.row('DEL-1')).toBeVisible();

  confirm = await services.openDelete('DEL-1');
  await confirm.confirm('Delete service');
  await expect(confirm.dialog).toBeHidden();
  await expect(services.row('DEL-1')).toHaveCount(0);
  await expect(services.row('KEEP-2')).toBeVisible();
  await expect(app.notice('Service DEL-1 deleted')).toBeVisible();
  expect((await host.value('services:list', {})).rows.map((s) => s.circuitId)).toEqual(['KEEP-2']);
});

test('edit a service; sort by clicking headers; filter by text, contractor and tier', async ({ app, host }) => {
  const [att, vz] = await host.value('contractors:list', {});
  const seed = [
    { circuitId: 'B-200', contractorId: att!.id, serviceType: 'converged-voip', tier: 'basic', tmrc: '300', site: 'Annex' },
    { circuitId: 'A-100', contractorId: vz!.id, serviceType: 'site-survivability', tier: 'premier', tmrc: '50', site: 'HQ' },
    { circuitId: 'C-300', contractorId: att!.id, serviceType: 'converged-voip-voicemail', tier: 'standard', tmrc: '1000', site: 'Depot' },
  ] as const;
  for (const s of seed) await host.value('services:create', s);

  const services = await app.services();
  await expect(services.columnHeader('Circuit ID')).toHaveAttribute('aria-sort', 'ascending');
  expect(await services.circuitIds()).toEqual(['A-100', 'B-200', 'C-300']);

  await services.sortBy('TMRC');
  await expect(services.columnHeader('TMRC')).toHaveAttribute('aria-sort', 'ascending');
  await expect(services.columnHeader('Circuit ID')).toHaveAttribute('aria-sort', 'none');
  expect(await services.circuitIds()).toEqual(['A-100', 'B-200', 'C-300']);
  await services.sortBy('TMRC');
  await expect(services.columnHeader('TMRC')).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(() => services.circuitIds()).toEqual(['C-300', 'B-200', 'A-100']);

  await services.search.fill('depot');
  await expect.poll(() => services.circuitIds()).toEqual(['C-300']);
  await services.search.fill('');
  await services.contractorFilter.selectOption({ label: 'AT&T' });
  await expect.poll(() => services.circuitIds()).toEqual(['C-300', 'B-200']);
  await services.tierFilter.selectOption({ label: 'Basic' });
  await expect.poll(() => services.circuitIds()).toEqual(['B-200']);
  await app.page.getByRole('button', { name: 'Clear filters' }).click();
  await expect.poll(() => services.circuitIds()).toHaveLength(3);

  const form = await services.openEdit('B-200');
  await expect(form.field('TMRC')).toHaveValue('300.00');
  await form.fill({ tmrc: '325.75', site: 'Annex West' });
  await form.dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.dialog).toBeHidden();
  await expect(services.row('B-200')).toContainText('$325.75');
  await expect(services.row('B-200')).toContainText('Annex West');
});

test('a contractor added from inside the service form is chosen for the service', async ({ app }) => {
  const services = await app.services();
  const form = await services.openAdd();
  // Escape in the inline field closes only the inline field, not the form.
  await form.dialog.getByRole('button', { name: 'New…' }).click();
  await form.dialog.getByRole('textbox', { name: 'New contractor name' }).press('Escape');
  await expect(form.dialog.getByRole('textbox', { name: 'New contractor name' })).toBeHidden();
  await expect(form.dialog).toBeVisible();
  await form.addContractorInline('Lumen');
  await expect(form.field('Contractor')).toHaveValue(/\d+/);
  await expect(form.field('Contractor').locator('option:checked')).toHaveText('Lumen');
  await form.fill({ circuitId: 'LUM-1', tier: 'Standard', tmrc: '80' });
  await form.submit();
  await expect(form.dialog).toBeHidden();
  await expect(services.row('LUM-1')).toContainText('Lumen');
});

test('keyboard: Escape closes the form without saving; arrows and Enter open a service', async ({ app, host, page }) => {
  const [att] = await host.value('contractors:list', {});
  for (const circuitId of ['K-1', 'K-2']) {
    await host.value('services:create', { circuitId, contractorId: att!.id, serviceType: 'converged-voip', tier: 'basic', tmrc: '10' });
  }
  const services = await app.services();
  const form = await services.openAdd();
  await form.fill({ circuitId: 'NOT-SAVED' });
  await page.keyboard.press('Escape');
  await expect(form.dialog).toBeHidden();
  await expect(services.row('NOT-SAVED')).toHaveCount(0);

  await services.list.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(services.row('K-2')).toHaveClass(/selected/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /K-2/ })).toBeVisible();
  await expect(page).toHaveURL(/#\/services\/\d+$/);
  // Back to the list: the selection is where it was.
  await page.goBack();
  await services.waitLoaded();
  await expect(services.row('K-2')).toHaveClass(/selected/);
});
