import { checkPage, DEMO, expect, signInAs, test } from './support/fixtures';

test('employee home: my path, today and target, from–to, start here, behaviours observed and still to show', async ({ page }) => {
  await signInAs(page, DEMO.employee);
  const path = page.getByRole('region').first();
  await expect(path.getByText(/^Today: /)).toBeVisible();
  await expect(path.getByText(/^Target: /)).toBeVisible();
  await expect(path.getByRole('heading', { name: 'What I handle today' })).toBeVisible();
  await expect(path.getByRole('heading', { name: /^What I will handle by / })).toBeVisible();
  await expect(path.getByRole('heading', { name: 'Start here' })).toBeVisible();
  await expect(path.getByRole('heading', { name: 'Behaviours observed and still to show' })).toBeVisible();
  await expect(path.getByRole('table').getByRole('row').nth(1)).toBeVisible();
  await checkPage(page, 'employee-home');
});
