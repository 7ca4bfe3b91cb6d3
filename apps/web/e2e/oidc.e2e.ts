import { expect, test } from './support/fixtures';

/**
 * Signing in exactly as production does: authorization code with PKCE at the OpenID provider that
 * global-setup started (its development login form takes the subject as the login), the access
 * token kept in memory, a reload renewed silently, and sign-out at the provider.
 */
test('signs in through the OpenID provider, survives a reload silently, and signs out', async ({ page }) => {
  test.skip(!!process.env.E2E_REUSE_SERVER, 'needs the server global-setup starts with OIDC');
  await page.goto('/team');
  await page.getByRole('button', { name: 'Sign in with your company account' }).click();

  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/interaction\//);
  await page.locator('input[name="login"]').fill('demo|maya.lopez@demo.skillpath.dev');
  await page.locator('input[name="password"]').fill('any');
  await page.locator('button[type="submit"]').click();
  await page.locator('button[type="submit"]').filter({ hasText: /continue/i }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Team overview' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Maya Lopez');
  expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }))).not.toMatch(/eyJ/);

  await page.reload();
  await expect(page.getByRole('banner')).toContainText('Maya Lopez');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.locator('button[type="submit"]').filter({ hasText: /yes/i }).click();
  await expect(page).toHaveURL(/\/sign-in/);
});
