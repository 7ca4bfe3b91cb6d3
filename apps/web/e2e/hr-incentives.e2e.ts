import { readFileSync } from 'node:fs';
import { demoEmail, gql } from './support/api';
import { checkPage, expect, HR, signInAs, test } from './support/fixtures';

test.describe('HR incentives', () => {
  test.describe.configure({ timeout: 180_000 });

  test('an incentive rule that awards when a certification is recorded', async ({ page, request }) => {
    const stamp = Date.now();
    const certName = `Kubernetes Admin ${stamp}`;
    const rule = `Kubernetes bonus ${stamp}`;
    await gql(request, HR.email, 'mutation($i: CreateCertificationInput!) { createCertification(input: $i) { __typename } }', { i: { name: certName, issuer: 'CNCF' } });

    await signInAs(page, HR);
    await page.getByRole('link', { name: 'Incentives' }).click();
    await page.getByRole('button', { name: 'New rule' }).click();
    const editor = page.getByRole('region', { name: 'New incentive rule' });
    await editor.getByLabel('Name').fill(rule);
    await editor.getByRole('textbox', { name: 'When this certification is earned' }).fill('Kubernetes Admin');
    await page.getByRole('option', { name: certName }).click();
    await editor.getByLabel('Base amount').fill('500');
    await editor.getByText('Once (one-off)').click();
    await checkPage(page, 'hr-incentive-rule-editor');
    await editor.getByRole('button', { name: 'Save rule' }).click();
    await expect(page.getByRole('row', { name: new RegExp(rule) })).toContainText('Bonus: 500 EUR once');

    const { employee } = await gql<{ employee: { id: string } }>(request, demoEmail('eli.turner'), '{ employee: me { id } }');
    const { certifications } = await gql<{ certifications: Array<{ id: string; name: string }> }>(request, HR.email, '{ certifications { id name } }');
    await gql(request, HR.email, 'mutation($i: RecordCertificationInput!) { recordCertification(input: $i) { __typename } }', {
      i: { certificationId: certifications.find((c) => c.name === certName)?.id, employeeId: employee.id, earnedOn: new Date().toISOString().slice(0, 10) },
    });
    await page.getByRole('button', { name: 'Check for newly met conditions' }).click();
    const award = page.getByRole('row', { name: new RegExp(`Eli Turner.*${rule}`) });
    await expect(award).toContainText('Bonus of 500 EUR, paid once');
    await checkPage(page, 'hr-incentives');
    await award.getByRole('button', { name: 'Approve' }).click();
    await expect(award).toHaveCount(0);

    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download payroll (CSV)' }).click();
    const csv = readFileSync(await (await downloadPromise).path(), 'utf8');
    expect(csv.split('\n').find((l) => l.includes(rule))).toMatch(/500.*ONE_OFF/);

    await page.getByRole('button', { name: `Deactivate ${rule}` }).click();
    await expect(page.getByRole('row', { name: new RegExp(rule) })).toContainText('Inactive');
  });
});
