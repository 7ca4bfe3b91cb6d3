import { gql } from './support/api';
import { checkPage, expect, HR, signInAs, test } from './support/fixtures';

test.describe('HR job roles and skill paths', () => {
  test.describe.configure({ timeout: 180_000 });

  test('a new role, its path with behaviours, resources and a required certification', async ({ page, request }) => {
    const role = `Reliability engineer ${Date.now()}`;
    await signInAs(page, HR);
    await page.getByRole('link', { name: 'Job roles and paths' }).click();
    await page.getByRole('textbox', { name: 'New job role' }).fill(`   ${role}  `);
    await page.getByRole('button', { name: 'Create role' }).click();
    await expect(page.getByRole('heading', { level: 1, name: role })).toBeVisible(); // trimmed
    await page.getByRole('button', { name: 'Create its path' }).click();
    for (const level of ['Baseline', 'Proficient', 'Advanced']) await expect(page.getByRole('heading', { level: 2, name: level })).toBeVisible();

    const baseline = page.getByRole('region', { name: 'Baseline' });
    const addBehaviour = async (activity: string, output: string) => {
      const form = baseline.getByRole('group', { name: 'New Baseline behaviour' });
      await form.getByLabel('Activity').fill(activity);
      await form.getByLabel('Expected output').fill(output);
      await form.getByRole('button', { name: 'Add behaviour' }).click();
      await expect(baseline.getByRole('cell', { name: activity, exact: true })).toBeVisible();
    };
    await addBehaviour('Follows the incident runbook', 'A resolved ticket with the runbook steps');
    await addBehaviour('Writes a post-incident note', 'A note in the incident record');
    const behaviours = baseline.getByRole('table', { name: 'Baseline behaviours' }).getByRole('row');
    await baseline.getByRole('button', { name: 'Move “Writes a post-incident note” up' }).click();
    await expect(behaviours.nth(1)).toContainText('Writes a post-incident note');
    await baseline.getByRole('button', { name: 'Edit “Follows the incident runbook”' }).click();
    await baseline.getByRole('textbox', { name: 'Expected output', exact: true }).first().fill('A resolved ticket that cites the runbook');
    await baseline.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(behaviours.nth(2)).toContainText('A resolved ticket that cites the runbook');

    const resource = baseline.getByRole('group', { name: 'New Baseline resource' });
    await resource.getByLabel('Title').fill('Runbook basics');
    await resource.getByLabel('Link').fill('https://learn.example.com/runbooks');
    await resource.getByRole('button', { name: 'Add resource' }).click();
    await expect(baseline.getByRole('list', { name: 'Baseline resources' }).getByRole('listitem')).toContainText(['Runbook basicsStart here']);

    const cert = baseline.getByRole('group', { name: 'New Baseline certification' });
    await cert.getByRole('textbox', { name: 'Certification' }).click();
    await page.getByRole('option', { name: 'ITIL 4 Foundation' }).click();
    await cert.getByRole('button', { name: 'Add certification' }).click();
    await expect(baseline.getByText('ITIL 4 Foundation: required')).toBeVisible();
    await checkPage(page, 'hr-role-path');

    const { jobRoles } = await gql<{ jobRoles: Array<{ id: string; name: string }> }>(request, HR.email, '{ jobRoles { id name } }');
    const id = jobRoles.find((r) => r.name === role)?.id;
    const saved = await gql<{ skillPathForJobRole: { levels: Array<{ level: string; behaviours: Array<{ activity: string; expectedOutput: string }>; resources: Array<{ title: string; startHere: boolean }> }> }; certificationRequirements: Array<{ level: string; required: boolean; certification: { name: string } }> }>(
      request,
      HR.email,
      `{ skillPathForJobRole(jobRoleId: "${id}") { levels { level behaviours { activity expectedOutput } resources { title startHere } } } certificationRequirements(jobRoleId: "${id}") { level required certification { name } } }`,
    );
    expect(saved.skillPathForJobRole.levels[0]).toEqual({
      level: 'BASELINE',
      behaviours: [
        { activity: 'Writes a post-incident note', expectedOutput: 'A note in the incident record' },
        { activity: 'Follows the incident runbook', expectedOutput: 'A resolved ticket that cites the runbook' },
      ],
      resources: [{ title: 'Runbook basics', startHere: true }],
    });
    expect(saved.certificationRequirements).toEqual([{ level: 'BASELINE', required: true, certification: { name: 'ITIL 4 Foundation' } }]);

    // Renamed (a taken name is refused in words), then retired.
    await page.getByRole('link', { name: 'All job roles' }).click();
    await page.getByRole('button', { name: `Rename ${role}` }).click();
    await page.getByLabel(`New name for ${role}`).fill(jobRoles.find((r) => r.name !== role)?.name.toUpperCase() ?? 'X');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText(/already/i);
    await page.getByLabel(`New name for ${role}`).fill(`${role} II`);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: `Retire ${role} II` }).click();
    await expect(page.getByRole('row', { name: new RegExp(`${role} II`) })).toContainText('Retired');
    await checkPage(page, 'hr-roles');
  });
});
