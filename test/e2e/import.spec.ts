import { test, expect } from './fixtures';

const CSV = [
  'Circuit_ID,Contractor,Service_Type,Tier,TMRC,ADUC,Install_Fee,Site,Address',
  'IMP-001,AT&T,converged-voip,premier,1200.00,0,250.00,HQ,1500 Capitol Ave',
  'IMP-002,Verizon,Converged VoIP Voice Mail,standard,45.50,1.10,0,HQ,1500 Capitol Ave',
  'IMP-003,AT&T,converged-voip,gold,99.00,0,0,Annex,10 N St',
  'IMP-004,Verizon,site-survivability,basic,310,0,0,Depot,5 Depot Rd',
].join('\n');

test('a CSV with one bad row: the problem is shown and only the good rows go in, after confirmation', async ({ app, host }) => {
  const services = await app.services();
  await expect(services.emptyState).toBeVisible();
  const dialog = await services.openImport();
  await expect(dialog.dialog).toContainText('circuit_id');
  await expect(dialog.dialog).toContainText('install_fee');

  await dialog.choose('inventory.csv', CSV);
  await expect(dialog.summary).toContainText('3 valid, 1 with problems');
  const bad = dialog.line(4);
  await expect(bad).toContainText('IMP-003');
  await expect(bad).toContainText('Tier must be Basic, Standard or Premier');
  await expect(bad).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.line(2)).not.toHaveAttribute('aria-invalid', 'true');

  let confirm = await dialog.startImport();
  await expect(confirm.dialog).toContainText('1 row with problems will be skipped');
  // Asking is not importing.
  expect((await host.value('services:list', {})).total).toBe(0);
  await confirm.cancel('Cancel');
  expect((await host.value('services:list', {})).total).toBe(0);

  confirm = await dialog.startImport();
  await confirm.confirm('Import');
  await expect(dialog.dialog).toBeHidden();
  await expect(app.notice('Imported 3 services')).toBeVisible();
  await services.waitLoaded();
  expect(await services.circuitIds()).toEqual(['IMP-001', 'IMP-002', 'IMP-004']);
  await expect(services.row('IMP-002')).toContainText('Converged VoIP Voice Mail');
});

test('Cancel in the import dialog writes nothing', async ({ app, host }) => {
  const services = await app.services();
  const dialog = await services.openImport();
  await dialog.choose('inventory.csv', CSV);
  await expect(dialog.importButton()).toHaveText('Import 3 valid rows');
  await dialog.cancel();
  await expect(services.emptyState).toBeVisible();
  expect((await host.value('services:list', {})).total).toBe(0);
});

test('a file without the required columns is refused as a whole', async ({ app }) => {
  const services = await app.services();
  const dialog = await services.openImport();
  await dialog.choose('wrong.csv', 'name,price\nfoo,1\n');
  await expect(dialog.dialog.getByRole('alert')).toContainText(/Missing columns?: circuit_id/);
  await expect(dialog.importButton()).toBeDisabled();
});

test('a CSV file can be dropped on the dialog', async ({ app, page }) => {
  const services = await app.services();
  const dialog = await services.openImport();
  const data = await page.evaluateHandle((csv) => {
    const dt = new DataTransfer();
    dt.items.add(new File([csv], 'dropped.csv', { type: 'text/csv' }));
    return dt;
  }, CSV);
  const zone = dialog.dialog.getByText('Drop a CSV file here').locator('xpath=ancestor::div[contains(@class,"drop-zone")]');
  await zone.dispatchEvent('dragover', { dataTransfer: data });
  await zone.dispatchEvent('drop', { dataTransfer: data });
  await expect(dialog.summary).toContainText('3 valid, 1 with problems');
  await expect(dialog.dialog).toContainText('dropped.csv');
});
