import { gql } from './support/api';
import { checkPage, DEMO, expect, HR, signInAs, test } from './support/fixtures';

test.describe('HR editors: program charters, metric connector settings, and how names and verdicts read', () => {
  test.describe.configure({ timeout: 180_000 });

  test('a new program charter: a refusal reads as a sentence, then it is created and its progress shows', async ({ page }) => {
    const name = `ITIL for the support desk ${Date.now()}`;
    await signInAs(page, HR);
    await page.goto('/hr/outcomes?view=programs');
    await page.getByRole('button', { name: 'New program' }).click();
    const editor = page.getByRole('region', { name: 'New program' });
    await editor.getByLabel('Name').fill(`  ${name} `);
    await editor.locator('label').filter({ hasText: 'A certification' }).click();
    await editor.getByRole('textbox', { name: 'Certification' }).click();
    await page.getByRole('option', { name: 'ITIL 4 Foundation' }).click();
    await editor.getByRole('textbox', { name: 'Department' }).click();
    await page.getByRole('option', { name: 'Customer Support' }).click();
    const goal1 = editor.getByRole('group', { name: 'Goal 1' });
    await goal1.getByRole('textbox', { name: 'Goal 1' }).click();
    await page.getByRole('option', { name: 'Share seen doing its behaviours' }).click();
    await editor.getByRole('button', { name: 'Create program' }).click();
    await expect(editor.getByRole('alert')).toContainText('A behaviour goal only fits a program about a path level.');

    await goal1.getByRole('textbox', { name: 'Goal 1' }).click();
    await page.getByRole('option', { name: 'Exam pass rate' }).click();
    await goal1.getByLabel('Target (%)').fill('75');
    await editor.getByRole('button', { name: 'Add a goal' }).click();
    await editor.getByRole('group', { name: 'Goal 2' }).getByLabel('Within days of the start').fill('120');
    await checkPage(page, 'hr-outcomes-program-new');
    await editor.getByRole('button', { name: 'Create program' }).click();
    await expect(editor).toBeHidden();
    await expect(page.getByRole('textbox', { name: 'Program' })).toHaveValue(name); // trimmed, and shown
    await expect(page.getByRole('img', { name: /^Each goal of the program/ }).locator('.recharts-surface')).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Passed the exam' })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Reached the level' })).toBeVisible();

    // a program HR no longer follows is archived, after a confirmation, and leaves the list
    await page.getByRole('button', { name: 'Archive program' }).click();
    const confirm = page.getByRole('dialog', { name: `Archive ${name}?` });
    await confirm.getByRole('button', { name: 'Archive', exact: true }).click();
    await expect(confirm).toBeHidden();
    const shown = page.locator(`input[value="${name}"]`);
    await expect(shown).toHaveCount(0);
    await page.reload();
    await expect(page.getByText('No program charter yet.').or(page.getByRole('textbox', { name: 'Program' }))).toBeVisible();
    await expect(shown).toHaveCount(0);
    await checkPage(page, 'hr-outcomes-program-archived');
  });

  test('a performance-metric connector: its settings are saved, a bad one is refused in words', async ({ page, request }) => {
    const name = `Contact centre KPIs ${Date.now()}`;
    await signInAs(page, HR);
    await page.goto('/hr/connectors');
    await page.getByLabel('Name').fill(name);
    await page.getByRole('textbox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'Performance metrics pulled from a web service' }).click();
    await page.getByRole('button', { name: 'Add connector' }).click();
    await page.getByRole('link', { name }).click();
    const settings = page.getByRole('region', { name: 'Settings' });
    await settings.getByLabel('Web address').fill('ftp://metrics.example.com/rows');
    const fields = settings.getByRole('group', { name: 'Row fields' });
    await fields.getByLabel('The person').fill('agent');
    await fields.getByLabel('The metric').fill('kpi');
    await fields.getByLabel('The period start').fill('month');
    await fields.getByLabel('The value').fill('score');
    await settings.getByRole('textbox', { name: 'Every row’s period' }).click();
    await page.getByRole('option', { name: 'A month' }).click();
    await settings.getByLabel('Sign-in header value').fill('Bearer not-shown-again');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await expect(settings.getByRole('alert')).toContainText('The web address must start with http:// or https://.');
    await settings.getByLabel('Web address').fill('https://metrics.example.com/rows');
    await settings.getByLabel('Schedule (cron)').fill('0 3 1 * *');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await expect(settings.getByRole('alert')).toHaveCount(0);
    await expect(settings.getByText('Stored; type a new one to replace it')).toBeVisible();
    await expect(page.getByText('Runs on the schedule 0 3 1 * *')).toBeVisible();
    await checkPage(page, 'hr-connector-metric-settings');

    const { connectors } = await gql<{ connectors: Array<{ name: string; schedule: string; hasSecrets: boolean; settings: Record<string, unknown> }> }>(request, HR.email, '{ connectors { name schedule hasSecrets settings } }');
    expect(connectors.find((c) => c.name === name)).toMatchObject({
      schedule: '0 3 1 * *',
      hasSecrets: true,
      settings: { url: 'https://metrics.example.com/rows', period: 'MONTH', fieldMap: { employee: 'agent', metric: 'kpi', periodStart: 'month', value: 'score' } },
    });
  });

  test('the impact verdict reads in full', async ({ page }) => {
    await signInAs(page, HR);
    await page.goto('/hr/outcomes?view=impact');
    const verdict = page.getByRole('table').locator('.mantine-Badge-label').filter({ hasText: 'Improved' }).first();
    await expect(verdict).toHaveText('Improved');
    expect(await verdict.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await checkPage(page, 'hr-outcomes-impact-verdict');
  });

  test('level names on the employee home read as words ("Proficient Support Agent", never "proficient Support Agent")', async ({ page }) => {
    await signInAs(page, DEMO.employee);
    await expect(page.getByText(/\b(Baseline|Proficient|Advanced) Support Agent/).first()).toBeVisible();
    await expect(page.getByText(/\b(baseline|proficient|advanced) Support Agent/)).toHaveCount(0);
  });
});
