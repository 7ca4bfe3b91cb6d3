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
    await page.getByRole('button', { name: 'Create my calendar link' }).click();
    const link = page.getByLabel('Your calendar link');
    await expect(link).toHaveValue(/\/calendar\/[^/]+\.ics$/);
    // The feed is fetched from this server (the address it names is PUBLIC_BASE_URL's business).
    const ics = await page.request.get(new URL(await link.inputValue()).pathname);
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

  test('notifications: the page and the unread count in the header', async ({ page }) => {
    await signInAs(page, DEMO.employee);
    await page.getByRole('banner').getByRole('link', { name: /^Notifications/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
    await page.getByRole('radiogroup', { name: 'Show' }).getByText('Unread', { exact: true }).click();
    await checkPage(page, 'employee-notifications');
  });
});
