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
    // "Needs attention": only people with a certification due, in grace or expired, each row showing which.
    await page.getByText('Needs attention', { exact: true }).click();
    await expect(table.getByRole('caption')).toHaveText(/^[1-7] of 8 people$/);
    for (const row of await table.getByRole('row').all().then((rows) => rows.slice(1))) {
      const counts = await row.getByRole('cell').allTextContents();
      expect(counts.slice(2).some((c) => Number(c) > 0), counts.join(' | ')).toBe(true);
    }
    await page.getByText('Everyone', { exact: true }).click();
    await page.getByLabel('Search').fill('Eli');
    await expect(table.getByRole('caption')).toHaveText(/^1 of 8 people$/);
    await checkPage(page, 'manager-team');

    await table.getByRole('link', { name: 'Eli Turner' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Eli Turner' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Certifications' })).toBeVisible();
    await expect(page.getByText(/^Today: /).first()).toBeVisible();
    // The from–to snapshot speaks about Eli to his manager, not as Eli.
    await expect(page.getByRole('heading', { name: 'What Eli handles today' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^What Eli will handle by / })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What I handle today' })).toHaveCount(0);
    await checkPage(page, 'manager-person');
  });

  test('a person’s page: end a path assignment with a reason; a refusal is shown', async ({ page, request }) => {
    const { teamOverview } = await gql<{ teamOverview: { members: Array<{ id: string; displayName: string }> } }>(request, DEMO.manager.email, '{ teamOverview { members { id displayName } } }');
    const onPath: Array<{ id: string; name: string; assignmentId: string }> = [];
    for (const m of teamOverview.members.filter((p) => p.displayName !== DEMO.employee.name)) {
      const { employee } = await gql<{ employee: { pathAssignments: Array<{ id: string; active: boolean }> } }>(request, DEMO.manager.email, `{ employee(id: "${m.id}") { pathAssignments { id active } } }`);
      const active = employee.pathAssignments.find((a) => a.active);
      if (active) onPath.push({ id: m.id, name: m.displayName, assignmentId: active.id });
    }
    expect(onPath.length).toBeGreaterThanOrEqual(2);
    const [ended, raced] = onPath;

    await signInAs(page, DEMO.manager);
    await page.goto(`/team/${ended.id}`);
    const paths = page.getByRole('region', { name: 'Skill paths' });
    await paths.getByRole('button', { name: /^End assignment to / }).click();
    const dialog = page.getByRole('dialog', { name: /^End the assignment to / });
    await expect(dialog.getByRole('button', { name: 'End assignment' })).toBeDisabled();
    await dialog.getByLabel('Why').fill('Moved to another team');
    await dialog.getByRole('button', { name: 'End assignment' }).click();
    await expect(dialog).toHaveCount(0);
    // Ended assignments are history, no longer listed among the person's paths.
    await expect(paths).toContainText('Not on a skill path.');
    await expect(paths.getByRole('button', { name: /^End assignment/ })).toHaveCount(0);
    // …and listed under "Past paths" with the dates they were on it and why it ended.
    const past = page.getByRole('region', { name: 'Past paths' });
    const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
    await expect(past.getByRole('row', { name: /Support Agent path/ })).toContainText(`to ${today}`);
    await expect(past.getByRole('row', { name: /Support Agent path/ })).toContainText('Moved to another team');
    await checkPage(page, 'manager-person-ended');

    // Ended elsewhere while the dialog is open: the API's refusal is shown as it says it.
    await page.goto(`/team/${raced.id}`);
    await paths.getByRole('button', { name: /^End assignment to / }).click();
    await dialog.getByLabel('Why').fill('Changed role');
    await gql(request, DEMO.manager.email, 'mutation($i: EndPathAssignmentInput!) { endPathAssignment(input: $i) { __typename } }', { i: { id: raced.assignmentId, reason: 'Ended by HR' } });
    await dialog.getByRole('button', { name: 'End assignment' }).click();
    await expect(dialog.getByRole('alert')).toContainText(/ended/i);
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
    test.slow(); // eleven steps in the browser, with two dialogs, on a shared machine
    const { playbookTemplates } = await gql<{ playbookTemplates: unknown[] }>(request, DEMO.manager.email, '{ playbookTemplates { id } }');
    if (playbookTemplates.length === 0) {
      await gql(request, demoEmail('hana.hughes'), 'mutation { createPlaybookTemplate(input: { name: "Before and after a course" }) { __typename } }');
    }
    await signInAs(page, DEMO.manager);
    await page.getByRole('link', { name: 'Playbooks' }).click();
    const form = page.getByRole('region', { name: 'Start a playbook' });
    await form.getByRole('textbox', { name: 'Person' }).fill('Eli');
    await page.getByRole('option', { name: 'Eli Turner' }).click();
    await form.getByRole('textbox', { name: 'Training', exact: true }).fill('Runbook course');
    // The demo's default template by name (other tests add templates of their own, some with only two steps).
    await form.getByRole('textbox', { name: 'Template' }).click();
    await page.getByRole('option', { name: 'Before and after a course' }).click();
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

    // Correct the training date: to the 12th of this month (open steps are re-dated).
    await run.getByRole('button', { name: 'Change the training date of Eli Turner: Runbook course' }).click();
    const dateDialog = page.getByRole('dialog', { name: 'Change the training date' });
    await dateDialog.getByRole('button', { name: 'Training date' }).or(dateDialog.getByRole('textbox', { name: 'Training date' })).click();
    await page.getByRole('button', { name: 'Next month' }).click();
    await page.getByRole('button', { name: /^12 / }).click();
    await dateDialog.getByRole('button', { name: 'Save date' }).click();
    await expect(dateDialog).toHaveCount(0);
    const now = new Date();
    const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    await expect(run.getByRole('heading')).toHaveText(`Eli Turner: Runbook course, 12 ${MONTHS[now.getMonth()]} ${now.getFullYear()}`);

    // Cancel it, with a reason: confirmed in a dialog, then listed as cancelled with who, when and why.
    await run.getByRole('button', { name: 'Cancel the playbook for Eli Turner: Runbook course' }).click();
    const cancelDialog = page.getByRole('dialog', { name: 'Cancel the playbook for Eli Turner?' });
    await expect(cancelDialog.getByRole('button', { name: 'Cancel playbook' })).toBeDisabled();
    await cancelDialog.getByLabel('Why').fill('The course was called off');
    await checkPage(page, 'manager-playbook-cancel');
    await cancelDialog.getByRole('button', { name: 'Cancel playbook' }).click();
    const cancelled = page.getByRole('region', { name: /^Cancelled/ }).getByRole('article', { name: /^Playbook for Eli Turner: Runbook course/ });
    await expect(cancelled).toContainText(/Cancelled \d+ \w+ \d{4}, \d\d:\d\d by you/);
    await expect(cancelled).toContainText('The course was called off');
    await expect(cancelled.getByRole('button', { name: /^Complete/ })).toHaveCount(0);
    await expect(page.getByRole('region', { name: /^Open playbooks/ }).getByRole('article', { name: /^Playbook for Eli Turner: Runbook course/ })).toHaveCount(0);
    await checkPage(page, 'manager-playbooks-cancelled');
  });

  test('my scorecard: month picker with figures as of the month, trend chart and the team KPIs as CSV', async ({ page }) => {
    await signInAs(page, DEMO.manager);
    await page.getByRole('link', { name: 'My scorecard' }).click();
    await expect(page.getByText('People in my line')).toBeVisible();
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    const asOf = page.getByTestId('scorecard-as-of');
    const now = new Date();
    await expect(asOf).toHaveText(new RegExp(`, as of ${now.getUTCDate()} \\w+ ${now.getUTCFullYear()}$`));
    const thisMonth = await asOf.textContent();
    await page.getByRole('button', { name: 'Month' }).click();
    await page.getByRole('button', { name: /^Jan/ }).first().click();
    await expect(page.getByRole('button', { name: 'Month' })).toHaveText(/^January \d{4}$/);
    // January's figures are taken on its last day.
    await expect(asOf).toHaveText(/^January (\d{4}), as of 31 Jan \1$/);
    expect(await asOf.textContent()).not.toBe(thisMonth);
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
    // The demo team has one certification due for renewal and one in its grace period.
    const due = page.getByRole('table');
    await expect(due.getByText('Renewal due')).toBeVisible();
    await expect(due.getByText('In grace period')).toBeVisible();
    await checkPage(page, 'manager-renewals');
    // Each person opens their page.
    const person = due.getByRole('row').filter({ hasText: 'Renewal due' }).getByRole('link');
    const name = (await person.textContent()) ?? '';
    await person.click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  });
});
