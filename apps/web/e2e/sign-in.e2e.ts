import { checkPage, DEMO, expect, signInAs, test } from './support/fixtures';

test.describe('signing in', () => {
  test('the development page lists the demo people; the employee signs in, reloads, and signs out', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in\?returnTo=%2F$/);
    await expect(page.getByRole('button', { name: /^Sign in as Maya Lopez/ })).toBeVisible();
    await checkPage(page, 'sign-in');

    await signInAs(page, DEMO.employee);
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Eli' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Eli' })).toBeVisible();
    // An employee sees no manager menu.
    await expect(page.getByRole('link', { name: 'Team overview' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test('by keyboard alone: sign in as the manager; a client route loads the console directly', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Find a person').fill('Maya');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('banner')).toContainText('Maya Lopez');
    await page.keyboard.press('Tab'); // the skip link comes first
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Team overview' })).toBeVisible();
  });
});
