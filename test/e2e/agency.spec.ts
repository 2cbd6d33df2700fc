import { test, expect } from './fixtures';

test('the header names the agency and the data file; the agency profile can be edited', async ({ app, host }) => {
  await expect(app.header).toContainText(host.dataFile);
  await expect(app.page.getByRole('heading', { name: 'Nothing needs you now' })).toBeVisible();

  const agency = await app.agency();
  await agency.name().fill('Department of Example Services');
  await agency.kind().selectOption({ label: 'Exempt State agency' });
  await agency.timeZone().selectOption('America/Los_Angeles');
  await agency.save();
  await expect(app.notice('Agency profile saved')).toBeVisible();
  await expect(app.header).toContainText('Department of Example Services');
  await expect(app.header).toContainText('Exempt State agency');

  // A blank name is refused next to the field.
  await agency.name().fill('   ');
  await agency.save();
  await expect(agency.name()).toHaveAttribute('aria-invalid', 'true');
  await expect(agency.name()).toHaveAccessibleDescription(/Agency name is required/);
  expect((await host.value('agency:get', {})).name).toBe('Department of Example Services');
});

test('contractors: the seeded two are listed and one can be added', async ({ app }) => {
  const agency = await app.agency();
  await expect(agency.contractorRow('AT&T')).toBeVisible();
  await expect(agency.contractorRow('Verizon')).toBeVisible();
  await agency.addContractor('Lumen');
  await expect(agency.contractorRow('Lumen')).toBeVisible();
});

test('Home: "Add a service" opens the form on the Services screen', async ({ app, page }) => {
  await page.getByRole('main').getByRole('button', { name: 'Add a service' }).click();
  await expect(page.getByRole('dialog', { name: 'Add a service' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Services' })).toBeVisible();
  await expect(app.nav.getByRole('link', { name: 'Services' })).toHaveAttribute('aria-current', 'page');
});
