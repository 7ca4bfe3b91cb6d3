import { readFileSync } from 'node:fs';
import { day, demoEmail, gql } from './support/api';
import { checkPage, DEMO, expect, signInAs, test } from './support/fixtures';

const SOFIA = { email: demoEmail('sofia.ramirez'), name: 'Sofia Ramirez' };

test.describe('manager journeys', () => {
  test('team overview: sortable, filterable, and a person’s page', async ({ page }) => {
    await signInAs(page, DEMO.manager);
    await page.getByRole('link', { name: 'Team overview' }).click();
    const table = page.getByRole('table');
    await expect(table.getByRole('caption')).toHaveText(/^8 of 8 people$/);
    const firstName = table.getByRole('row').nth(1).getByRole('link');
    const ascending = await firstName.textContent();
    await table.getByRole('button', { name: /^Name/ }).click();
    await expect(table.getByRole('columnheader', { name: /^Name/ })).toHaveAttribute('aria-sort', 'descending');
    await expect(firstName).not.toHaveText(ascending ?? '');
    await table.getByRole('button', { name: /^Expired/ }).focus();
    await page.keyboard.press('Enter');
    await expect(table.getByRole('columnheader', { name: /^Expired/ })).toHaveAttribute('aria-sort', 'descending');
    await page.getByLabel('Search').fill('Eli');
    await expect(table.getByRole('caption')).toHaveText(/^1 of 8 people$/);
    await checkPage(page, 'manager-team');

    await table.getByRole('link', { name: 'Eli Turner' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Eli Turner' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Certifications' })).toBeVisible();
    await expect(page.getByText(/^Today: /).first()).toBeVisible();
    await checkPage(page, 'manager-person');
  });

  test('awaiting my decision: a practice budget proposed in my line is approved', async ({ page, request }) => {
    const { teamOverview } = await gql<{ teamOverview: { members: Array<{ id: string; displayName: string }> } }>(request, DEMO.manager.email, '{ teamOverview { members { id displayName } } }');
    const person = teamOverview.members.find((m) => m.displayName !== 'Eli Turner') ?? teamOverview.members[0];
    await gql(request, DEMO.manager.email, 'mutation($i: ProposePracticeBudgetInput!) { proposePracticeBudget(input: $i) { __typename } }', {
      i: { employeeId: person.id, hours: 6, periodStart: day(1), periodEnd: day(40), program: 'Escalation drills' },
    });

    await signInAs(page, SOFIA);
    await page.getByRole('link', { name: 'Awaiting my decision' }).click();
    const card = page.getByRole('article', { name: `Practice budget for ${person.displayName}` });
    await expect(card).toContainText('6 h of practice for Escalation drills');
    await checkPage(page, 'manager-decisions');
    await card.getByLabel('Note to them (optional)').fill('Go for it');
    await card.getByRole('button', { name: 'Approve' }).click();
    await expect(card).toHaveCount(0);
    const { practiceBudgets } = await gql<{ practiceBudgets: Array<{ program: string; status: string; decisionNote: string }> }>(
      request,
      SOFIA.email,
      `{ practiceBudgets(employeeId: "${person.id}") { program status decisionNote } }`,
    );
    expect(practiceBudgets.find((b) => b.program === 'Escalation drills')).toEqual({ program: 'Escalation drills', status: 'APPROVED', decisionNote: 'Go for it' });
  });

  test('playbooks: start from a template around a training date, complete steps with notes, record the after-observation', async ({ page, request }) => {
    const { playbookTemplates } = await gql<{ playbookTemplates: unknown[] }>(request, DEMO.manager.email, '{ playbookTemplates { id } }');
    if (playbookTemplates.length === 0) {
      await gql(request, demoEmail('hana.hughes'), 'mutation { createPlaybookTemplate(input: { name: "Before and after a course" }) { id } }');
    }
    await signInAs(page, DEMO.manager);
    await page.getByRole('link', { name: 'Playbooks' }).click();
    const form = page.getByRole('region', { name: 'Start a playbook' });
    await form.getByRole('textbox', { name: 'Person' }).fill('Eli');
    await page.getByRole('option', { name: 'Eli Turner' }).click();
    await form.getByRole('textbox', { name: 'Training', exact: true }).fill('Runbook course');
    // A training that took place last month: its after-steps can be completed now.
    await form.getByRole('textbox', { name: 'Training date' }).click();
    await page.getByRole('button', { name: 'Previous month' }).click();
    await page.getByRole('button', { name: /^10 / }).click();
    await form.getByRole('button', { name: 'Start' }).click();

    const run = page.getByRole('article', { name: /^Playbook for Eli Turner: Runbook course/ });
    await expect(run).toBeVisible();
    await run.getByRole('button', { name: /^Complete/ }).first().click();
    await page.getByLabel('Note').fill('Agreed goals before the course');
    await page.getByRole('button', { name: 'Mark as done' }).click();
    await expect(run.getByText(/Agreed goals before the course/)).toBeVisible();

    const after = run.getByRole('row').filter({ hasText: /^After/ }).first();
    await after.getByRole('button', { name: /^Complete/ }).click();
    await page.getByLabel('Note').fill('Resolved a reset with the runbook');
    await page.getByRole('textbox', { name: 'Behaviour observed (optional)' }).click();
    await page.getByRole('option').first().click();
    await page.getByRole('button', { name: 'Mark as done' }).click();
    await expect(run.getByText(/Resolved a reset with the runbook \(observation recorded\)/)).toBeVisible();
    await checkPage(page, 'manager-playbooks');
  });

  test('my scorecard: month picker, trend chart and the team KPIs as CSV', async ({ page }) => {
    await signInAs(page, DEMO.manager);
    await page.getByRole('link', { name: 'My scorecard' }).click();
    await expect(page.getByText('People in my line')).toBeVisible();
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    await page.getByRole('button', { name: 'Month' }).click();
    await page.getByRole('button', { name: /^Jan/ }).first().click();
    await expect(page.getByRole('button', { name: 'Month' })).toHaveText(/^January \d{4}$/);
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download team KPIs (CSV)' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('team-kpis.csv');
    expect(readFileSync(await download.path(), 'utf8').split('\n')[0]).toContain(',');
    await checkPage(page, 'manager-scorecard');
  });

  test('renewals due in my line', async ({ page }) => {
    await signInAs(page, DEMO.manager);
    await page.getByRole('link', { name: 'Renewals due' }).click();
    await page.getByText('180 days').click();
    await expect(page.getByRole('table').or(page.getByText('Nothing is due in your line within 180 days.'))).toBeVisible();
    await checkPage(page, 'manager-renewals');
  });
});
