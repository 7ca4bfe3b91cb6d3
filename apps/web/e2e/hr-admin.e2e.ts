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
    await page.getByLabel('Action').fill('createPlaybookTemplate');
    await page.getByLabel('Object type').fill('PlaybookTemplate');
    await page.getByRole('button', { name: 'Dates' }).click();
    const today = String(new Date().getDate());
    await page.getByRole('button', { name: new RegExp(`^${today} `) }).first().click();
    await page.getByRole('button', { name: new RegExp(`^${today} `) }).first().click();
    await page.keyboard.press('Escape');
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows.nth(1)).toContainText('Create playbook template');
    await expect(rows.nth(1)).toContainText('Hana Hughes');
    for (const row of await rows.all()) if ((await row.textContent())?.includes('Create')) await expect(row).toContainText('Create playbook template');
    await rows.nth(1).getByRole('button', { name: 'Show' }).click();
    await expect(page.getByText(name).first()).toBeVisible();
    await checkPage(page, 'hr-audit');

    await page.getByLabel('Action').fill('noSuchAction');
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
