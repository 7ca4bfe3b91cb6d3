import { checkPage, expect, HR, signInAs, test } from './support/fixtures';

test.describe('HR audit log and playbook templates', () => {
  test.describe.configure({ timeout: 180_000 });

  test('the audit log filters by actor, action, object and date', async ({ page }) => {
    const name = `Audit check ${Date.now()}`;
    await signInAs(page, HR);
    // Something to find: a template written now.
    await page.getByRole('link', { name: 'Playbook templates' }).click();
    await page.getByRole('button', { name: 'New template' }).click();
    await page.getByRole('region', { name: 'New playbook template' }).getByRole('textbox', { name: 'Name' }).fill(name);
    await page.getByRole('button', { name: 'Save template' }).click();
    await expect(page.getByRole('article', { name })).toBeVisible();

    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('textbox', { name: 'Who' }).fill('Hana');
    await page.getByRole('option', { name: 'Hana Hughes' }).click();
    await page.getByRole('textbox', { name: 'Action' }).fill('Create playbook');
    await page.getByRole('option', { name: 'Create playbook template' }).click();
    await page.getByRole('textbox', { name: 'Object type' }).fill('Playbook');
    await page.getByRole('option', { name: 'Playbook template', exact: true }).click();
    await page.getByRole('button', { name: 'Dates' }).click();
    const today = new Date();
    const dayButton = page.getByRole('button', { name: today.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }) }).first();
    await dayButton.click();
    await dayButton.click();
    await expect(page.getByRole('button', { name: 'Dates' })).not.toHaveText('');
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows.nth(1)).toContainText('Create playbook template');
    await expect(rows.nth(1)).toContainText('Hana Hughes');
    for (const row of await rows.all()) if ((await row.textContent())?.includes('Create')) await expect(row).toContainText('Create playbook template');
    await rows.nth(1).getByRole('button', { name: 'Show' }).click();
    await expect(page.getByText(name).first()).toBeVisible();
    await checkPage(page, 'hr-audit');

    await page.getByRole('textbox', { name: 'Who' }).fill('Ravi');
    await page.getByRole('option', { name: 'Ravi Shah' }).click();
    await expect(page.getByRole('table').getByRole('caption')).toHaveText('No entry matches.');
  });

  test('a playbook template with before and after steps is written, reordered, edited and retired', async ({ page }) => {
    const name = `Incident lead ${Date.now()}`;
    await signInAs(page, HR);
    await page.getByRole('link', { name: 'Playbook templates' }).click();
    await page.getByRole('button', { name: 'New template' }).click();
    const editor = page.getByRole('region', { name: 'New playbook template' });
    await editor.getByRole('textbox', { name: 'Name' }).fill(name);
    await editor.getByRole('button', { name: 'Add a step' }).click();
    const third = editor.getByRole('group', { name: 'Step 3' });
    await third.getByRole('textbox', { name: 'Step' }).fill('Debrief the first lead');
    await third.getByRole('textbox', { name: 'Days from the training' }).fill('30');
    await editor.getByRole('button', { name: 'Move step 3 up' }).click();
    await checkPage(page, 'hr-playbook-template-editor');
    await editor.getByRole('button', { name: 'Save template' }).click();

    const card = page.getByRole('article', { name });
    const steps = card.getByRole('row');
    await expect(steps.nth(1)).toContainText('Agree the goal');
    await expect(steps.nth(1)).toContainText('7 days before');
    await expect(steps.nth(2)).toContainText('Debrief the first lead');
    await expect(steps.nth(2)).toContainText('30 days after');
    await expect(steps.nth(3)).toContainText('14 days after');
    await checkPage(page, 'hr-playbook-templates');

    await card.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('region', { name: `Edit “${name}”` });
    await edit.getByRole('button', { name: 'Remove step 1' }).click();
    await edit.getByRole('button', { name: 'Save template' }).click();
    await expect(steps).toHaveCount(3);
    await card.getByRole('button', { name: 'Retire' }).click();
    await expect(card.getByText('Retired')).toBeVisible();
    await card.getByRole('button', { name: 'Bring back' }).click();
    await expect(card.getByText('Retired')).toHaveCount(0);
  });
});

test.describe('HR practice budget defaults', () => {
  test.describe.configure({ timeout: 180_000 });

  test('a default per program is set and changed', async ({ page }) => {
    const program = `Escalation drills ${Date.now()}`;
    await signInAs(page, HR);
    await page.getByRole('link', { name: 'Practice budget defaults' }).click();
    await page.getByText('For a program').click();
    await page.getByLabel('Program', { exact: true }).fill(program);
    await page.getByLabel('Hours').fill('6');
    await page.getByRole('button', { name: 'Save default' }).click();
    await expect(page.getByRole('row', { name: new RegExp(program) })).toContainText('6 h');
    await page.getByLabel('Hours').fill('10');
    await page.getByRole('button', { name: 'Save default' }).click();
    await expect(page.getByRole('row', { name: new RegExp(program) })).toContainText('10 h');
    await expect(page.getByRole('row', { name: new RegExp(program) })).toHaveCount(1);
    await checkPage(page, 'hr-budget-defaults');
  });
});
