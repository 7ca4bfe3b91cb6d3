import { day, gql } from './support/api';
import { checkPage, expect, HR, signInAs, test } from './support/fixtures';

/** "D MMM YYYY", as the console's date fields read and take dates. */
const typed = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).replace('Sept', 'Sep');

test.describe('HR puts people on a role’s path and takes them off', () => {
  test.describe.configure({ timeout: 180_000 });

  test('the level summary is edited; people are assigned (a past target date is refused in words) and an assignment is ended', async ({ page, request }) => {
    const role = `Field engineer ${Date.now()}`;
    const made = await gql<{ createJobRole: { id: string } }>(request, HR.email, 'mutation($i: CreateJobRoleInput!) { createJobRole(input: $i) { ... on JobRole { id } } }', { i: { name: role } });
    const roleId = made.createJobRole.id;
    await gql(request, HR.email, 'mutation($i: CreateSkillPathInput!) { createSkillPath(input: $i) { __typename } }', { i: { jobRoleId: roleId, name: `${role} path` } });

    await signInAs(page, HR);
    await page.goto(`/hr/roles/${roleId}`);
    const people = page.getByRole('region', { name: 'People on this path' });
    await expect(people.getByText('Nobody is on this path yet.')).toBeVisible();

    const baseline = page.getByRole('region', { name: 'Baseline' });
    await baseline.getByRole('button', { name: 'Edit the Baseline summary' }).click();
    await baseline.getByRole('group', { name: 'Baseline summary' }).getByLabel('Summary').fill('  Fixes the common faults on site, with a checklist.  ');
    await baseline.getByRole('button', { name: 'Save summary' }).click();
    await expect(baseline.getByText('Fixes the common faults on site, with a checklist.', { exact: true })).toBeVisible();

    const pick = async (search: string, option: RegExp) => {
      // By keyboard: type, wait for the search to answer with only that person, then pick it.
      const box = people.getByRole('textbox', { name: 'People' });
      await box.scrollIntoViewIfNeeded();
      await box.fill(search);
      await expect(page.getByRole('option')).toHaveText([option]);
      await box.press('ArrowDown');
      await box.press('Enter');
      await expect(people.getByText(option)).toBeVisible();
    };
    await pick('Becker', /^Tom Becker/);
    await pick('Schmidt', /^Lena Schmidt/);
    await people.getByRole('textbox', { name: 'Aiming for' }).click();
    await page.getByRole('option', { name: 'Advanced' }).click();
    const by = people.getByRole('textbox', { name: 'By (optional)' });
    await by.fill(typed(day(-3)));
    await by.press('Enter');
    await people.getByRole('button', { name: 'Assign 2 people' }).click();
    await expect(people.getByRole('alert').first()).toContainText(`Tom Becker: The target date ${typed(day(-3))} is in the past. Pick today (${typed(day(0))}) or a later date.`);
    await expect(people.getByText('Nobody is on this path yet.')).toBeVisible(); // nothing was written
    await checkPage(page, 'hr-role-path-assign-refused');

    await by.fill(typed(day(90)));
    await by.press('Enter');
    await people.getByRole('button', { name: 'Assign 2 people' }).click();
    const table = people.getByRole('table', { name: 'People on this path' });
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(table.getByRole('row', { name: /Tom Becker/ })).toContainText(`Not yet baselineAdvanced${typed(day(90))}`);
    await expect(people.getByRole('alert')).toHaveCount(0);
    await checkPage(page, 'hr-role-path-people');

    await table.getByRole('button', { name: 'End Lena Schmidt’s assignment' }).click();
    const dialog = page.getByRole('dialog', { name: `Take Lena Schmidt off ${role} path?` });
    await expect(dialog.getByRole('button', { name: 'End assignment' })).toBeDisabled();
    await dialog.getByLabel('Why').fill('Moved to the sales enablement team');
    await checkPage(page, 'hr-role-path-end');
    await dialog.getByRole('button', { name: 'End assignment' }).click();
    await expect(dialog).toBeHidden();
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table).not.toContainText('Lena Schmidt');

    const { skillPathForJobRole: path } = await gql<{ skillPathForJobRole: { id: string; levels: Array<{ summary: string }> } }>(request, HR.email, `{ skillPathForJobRole(jobRoleId: "${roleId}") { id levels { summary } } }`);
    expect(path.levels[0].summary).toBe('Fixes the common faults on site, with a checklist.');
    const history = await gql<{ pathAssignments: { nodes: Array<{ active: boolean; endReason: string | null; targetLevel: string; targetDate: string; employee: { displayName: string } }> } }>(
      request,
      HR.email,
      `{ pathAssignments(pathId: "${path.id}", includeEnded: true) { nodes { active endReason targetLevel targetDate employee { displayName } } } }`,
    );
    expect(history.pathAssignments.nodes.map((n) => [n.employee.displayName, n.active, n.endReason, n.targetLevel, n.targetDate]).sort()).toEqual([
      ['Lena Schmidt', false, 'Moved to the sales enablement team', 'ADVANCED', day(90)],
      ['Tom Becker', true, null, 'ADVANCED', day(90)],
    ]);
  });
});
