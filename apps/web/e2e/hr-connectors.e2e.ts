import { demoEmail, gql } from './support/api';
import { checkPage, expect, HR, signInAs, test } from './support/fixtures';

test.describe('HR connectors', () => {
  test.describe.configure({ timeout: 180_000 });
  test('a SCIM connector shows its token once', async ({ page }) => {
    const name = `Entra ID ${Date.now()}`;
    await signInAs(page, HR);
    await page.getByRole('link', { name: 'Connectors' }).click();
    await page.getByLabel('Name').fill(name);
    await page.getByRole('button', { name: 'Add connector' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'shown only once' });
    await expect(notice.getByTestId('push-token')).toHaveText(/^spc_[\w-]{20,}$/);
    await checkPage(page, 'hr-connectors');
    await notice.getByRole('button', { name: 'I have stored it' }).click();
    await expect(page.getByTestId('push-token')).toHaveCount(0);
    await page.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByTestId('push-token')).toHaveCount(0); // never shown again
    await expect(page.getByRole('button', { name: /^Issue a new token/ })).toBeVisible();
  });

  test('a CSV import with one bad line is shown before it is applied', async ({ page, request }) => {
    const name = `HR file ${Date.now()}`;
    const id = String(Date.now()).slice(-6);
    await signInAs(page, HR);
    await page.getByRole('link', { name: 'Connectors' }).click();
    await page.getByLabel('Name').fill(name);
    await page.getByRole('textbox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: /^CSV upload/ }).click();
    await page.getByRole('button', { name: 'Add connector' }).click();
    await page.getByRole('link', { name }).click();

    const csv = [
      'External ID,First name,Last name,Email,Department',
      `X${id}-1,Nora,Quinn,nora.quinn.${id}@example.com,Support`,
      `X${id}-2,Omar,Reyes,not-an-email,Support`,
      `X${id}-3,Pia,Sands,pia.sands.${id}@example.com,Support`,
    ].join('\n');
    await page.locator('input[type="file"]').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(page.getByRole('textbox', { name: 'Column "Email"' })).toHaveValue('Work email');
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect(page.getByTestId('csv-summary')).toHaveText('3 lines read: 2 valid, 1 with problems.');
    const problems = page.getByRole('region', { name: 'Lines with problems' });
    await expect(problems.getByRole('row')).toHaveCount(2);
    await expect(problems.getByRole('row').nth(1)).toContainText('3');
    await expect(problems.getByRole('row').nth(1)).toContainText('Work email');
    const changes = page.getByRole('region', { name: 'What the valid lines would change' });
    await expect(changes.getByRole('row').filter({ hasText: `X${id}-1` })).toContainText('New person');
    await expect(changes.getByRole('row').filter({ hasText: `X${id}-2` })).toHaveCount(0);
    await checkPage(page, 'hr-connector-csv-preview');

    // Nothing is applied by the preview.
    const before = await gql<{ employees: { totalCount: number } }>(request, HR.email, `{ employees(search: "nora.quinn.${id}") { totalCount } }`);
    expect(before.employees.totalCount).toBe(0);

    await page.getByRole('button', { name: 'Apply the 2 valid lines' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Applied' })).toContainText('2 new');
    const runs = page.getByRole('region', { name: 'Sync runs' });
    await expect(runs.getByRole('row').filter({ hasText: 'Succeeded' }).first()).toBeVisible();
    await checkPage(page, 'hr-connector');
    const after = await gql<{ employees: { totalCount: number } }>(request, HR.email, `{ employees(search: "nora.quinn.${id}") { totalCount } }`);
    expect(after.employees.totalCount).toBe(1);
    expect(demoEmail('x')).toContain('@');
  });
});
