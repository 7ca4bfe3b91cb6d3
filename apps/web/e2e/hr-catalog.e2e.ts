import { demoEmail, gql } from './support/api';
import { checkPage, expect, HR, signInAs, test } from './support/fixtures';

const formatted = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).replace('Sept', 'Sep');

test.describe('HR certification catalog', () => {
  test.describe.configure({ timeout: 180_000 });

  test('a certification whose rules preview correctly', async ({ page, request }) => {
    const name = `Cloud Practitioner ${Date.now()}`;
    await signInAs(page, HR);
    await page.getByRole('link', { name: 'Certification catalog' }).click();
    await page.getByRole('button', { name: 'New certification' }).click();
    const editor = page.getByRole('region', { name: 'New certification' });
    await editor.getByLabel('Name').fill(name);
    await editor.getByLabel('Issuer').fill('Amazon Web Services');
    await editor.getByLabel('Valid for').fill('2');
    await editor.getByLabel('Renewal opens before expiry').fill('60');
    await editor.getByLabel('Grace period (days)').fill('14');
    const preview = editor.getByRole('table', { name: 'Dates of the sample' });
    const first = preview.getByRole('row', { name: /^First certification/ });
    await expect(first).toBeVisible();

    // An impossible rule reads as a sentence, not a field code.
    await editor.getByRole('textbox', { name: 'Counted' }).click();
    await page.getByRole('option', { name: 'On a fixed date every cycle' }).click();
    const problem = editor.getByRole('alert').filter({ hasText: 'These rules cannot be used yet' });
    await expect(problem).toBeVisible();
    expect(await problem.textContent()).not.toMatch(/anchorMonth|FIXED_CYCLE/);
    await editor.getByRole('textbox', { name: 'Counted' }).click();
    await page.getByRole('option', { name: 'From the day it is completed' }).click();
    await expect(first).toBeVisible();
    await checkPage(page, 'hr-catalog-editor');
    const expires = (await first.getByRole('cell').nth(2).textContent()) ?? '';
    const graceEnds = (await first.getByRole('cell').nth(3).textContent()) ?? '';
    await editor.getByRole('button', { name: 'Save certification' }).click();
    await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('2 years, from completion');

    // The preview's dates are the ones recording gives.
    const { certifications } = await gql<{ certifications: Array<{ id: string; name: string }> }>(request, HR.email, '{ certifications { id name } }');
    const { employee } = await gql<{ employee: { id: string } }>(request, demoEmail('eli.turner'), '{ employee: me { id } }');
    const today = new Date().toISOString().slice(0, 10);
    const recorded = await gql<{ recordCertification: { expiresOn: string; graceEndsOn: string } }>(
      request,
      HR.email,
      'mutation($i: RecordCertificationInput!) { recordCertification(input: $i) { ... on CertificationRecord { expiresOn graceEndsOn } } }',
      { i: { certificationId: certifications.find((c) => c.name === name)?.id, employeeId: employee.id, earnedOn: today } },
    );
    expect(formatted(recorded.recordCertification.expiresOn)).toBe(expires);
    expect(formatted(recorded.recordCertification.graceEndsOn)).toBe(graceEnds);
    await checkPage(page, 'hr-catalog');
  });
});
