import { day, demoEmail, gql } from './support/api';
import { checkPage, DEMO, expect, signInAs, test } from './support/fixtures';

test.describe('employee journeys', () => {
  test('my certifications: status, time left, deadlines, renewal requirements; a calendar link; one record', async ({ page }) => {
    await signInAs(page, DEMO.employee);
    await page.getByRole('link', { name: 'My certifications' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My certifications' })).toBeVisible();
    const table = page.getByRole('table');
    for (const column of ['Certification', 'Status', 'Time left', 'Deadline', 'Renewal opens', 'What renewing takes']) {
      await expect(table.getByRole('columnheader', { name: column })).toBeVisible();
    }
    // The status reads in full (a narrow column once cut it to "ACTI…").
    const status = table.getByRole('row').nth(1).getByRole('cell').nth(1).locator('.mantine-Badge-label');
    await expect(status).toHaveText(/^(Active|Renewal due|In grace period|Expired)$/);
    expect(await status.evaluate((el) => el.scrollWidth <= el.clientWidth && el.parentElement !== null && el.parentElement.scrollWidth <= el.parentElement.clientWidth)).toBe(true);
    await page.getByRole('button', { name: 'Create my calendar link' }).click();
    const link = page.getByLabel('Your calendar link');
    await expect(link).toHaveValue(/\/calendar\/[^/]+\.ics$/);
    // The link names the address served (PUBLIC_BASE_URL is unset here): open it exactly as copied.
    const copied = await link.inputValue();
    expect(new URL(copied).port).toBe(new URL(page.url()).port);
    const ics = await page.request.get(copied);
    expect(ics.status()).toBe(200);
    expect(ics.headers()['content-type']).toContain('text/calendar');
    expect(await ics.text()).toContain('BEGIN:VCALENDAR');
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
    await checkPage(page, 'employee-certifications');

    await table.getByRole('link').first().click();
    await expect(page).toHaveURL(/\/certifications\/records\/[0-9a-f-]+$/);
    await expect(page.getByText('What renewing takes')).toBeVisible();
    await checkPage(page, 'employee-certification-record');
  });

  test('my practice budget: hours agreed, used and left; log a session', async ({ page, request }) => {
    const { me } = await gql<{ me: { id: string } }>(request, DEMO.employee.email, '{ me { id } }');
    const proposed = await gql<{ proposePracticeBudget: { id: string } }>(
      request,
      DEMO.manager.email,
      'mutation($i: ProposePracticeBudgetInput!) { proposePracticeBudget(input: $i) { ... on PracticeBudget { id } } }',
      { i: { employeeId: me.id, hours: 4, periodStart: day(0), periodEnd: day(30), program: 'Runbook practice' } },
    );
    await gql(request, demoEmail('sofia.ramirez'), 'mutation($i: DecidePracticeInput!) { decidePracticeBudget(input: $i) { __typename } }', {
      i: { id: proposed.proposePracticeBudget.id, approve: true },
    });

    await signInAs(page, DEMO.employee);
    await page.getByRole('link', { name: 'Practice budget' }).click();
    const budget = page.getByRole('region', { name: /Runbook practice/ });
    await expect(budget.getByText('Hours agreed')).toBeVisible();
    await expect(budget.getByText('4 h').first()).toBeVisible();
    await budget.getByLabel('Minutes').fill('90');
    await budget.getByLabel('What I practised').fill('Password resets with the runbook');
    await budget.getByRole('button', { name: 'Log session' }).click();
    await expect(budget.getByRole('cell', { name: 'Password resets with the runbook' })).toBeVisible();
    await expect(budget.getByText('1.5 h')).toBeVisible();
    await expect(budget.getByText('2.5 h')).toBeVisible();
    await checkPage(page, 'employee-practice');
  });

  test('snapshot history: compare two dates and print my snapshot', async ({ page, request, context }) => {
    const { me } = await gql<{ me: { id: string } }>(request, DEMO.employee.email, '{ me { id } }');
    await gql(request, DEMO.manager.email, 'mutation($id: ID!) { saveSnapshot(employeeId: $id) { id } }', { id: me.id });
    await context.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
    });

    await signInAs(page, DEMO.employee);
    await page.getByRole('link', { name: 'Snapshot history' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Compare two dates' })).toBeVisible();
    await expect(page.getByTestId('comparison')).toContainText('Support Agent path');
    await expect(page.getByRole('table')).toContainText('Support Agent path');

    const popupPromise = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Print my snapshot' }).click();
    const popup = await popupPromise;
    await expect(popup.locator('body')).toContainText('Eli Turner');
    await expect(popup.locator('html')).toHaveAttribute('data-printed', 'yes');
    await checkPage(page, 'employee-snapshot-history');
  });

  test('notifications: a workflow notice with the unread count; opening its link marks it read', async ({ page, request }) => {
    // A workflow event as it happens: Eli's manager starts a playbook for him (he and she are notified).
    const { me } = await gql<{ me: { id: string } }>(request, DEMO.employee.email, '{ me { id } }');
    const { playbookTemplates } = await gql<{ playbookTemplates: Array<{ id: string; active: boolean }> }>(request, DEMO.manager.email, '{ playbookTemplates { id active } }');
    const started = await gql<{ startPlaybookRun: { __typename: string } }>(request, DEMO.manager.email, 'mutation($i: StartPlaybookRunInput!) { startPlaybookRun(input: $i) { __typename } }', {
      i: { employeeId: me.id, templateId: playbookTemplates.find((t) => t.active)?.id, trainingName: 'Incident lead course', trainingDate: day(20) },
    });
    expect(started.startPlaybookRun.__typename).toBe('PlaybookRun');
    const title = 'Playbook started for Incident lead course';

    await signInAs(page, DEMO.employee);
    const bell = page.getByRole('banner').getByRole('link', { name: /^Notifications, \d+ unread$/ });
    const unread = Number((await bell.getAttribute('aria-label'))?.match(/(\d+) unread/)?.[1]);
    expect(unread).toBeGreaterThan(0);
    await expect(page.getByTestId('unread-count')).toHaveText(String(unread));
    await bell.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
    const notice = page.getByRole('main').getByRole('listitem').filter({ hasText: title });
    await expect(notice).toHaveCount(1);
    await expect(notice.getByText('Unread', { exact: true })).toBeVisible();
    await expect(notice).toContainText('Your manager will check in before and after Incident lead course');
    await checkPage(page, 'employee-notifications');

    await notice.getByRole('link', { name: `Open “${title}”` }).click();
    await expect(page).toHaveURL(/\/playbooks\/[0-9a-f-]+$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Playbooks' })).toBeVisible();
    await expect(page.getByText('Your manager runs this playbook')).toBeVisible();
    await expect(page.getByRole('banner').getByRole('link', { name: `Notifications, ${unread - 1} unread` })).toBeVisible();
    await checkPage(page, 'employee-playbook-link');

    await page.getByRole('banner').getByRole('link', { name: /^Notifications/ }).click();
    await expect(notice).toHaveCount(1);
    await expect(notice.getByText('Unread', { exact: true })).toHaveCount(0);
    await expect(notice.getByRole('button', { name: /^Mark/ })).toHaveCount(0);
    await page.locator('label').filter({ hasText: /^Unread$/ }).click();
    await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(unread - 1);
  });
});
