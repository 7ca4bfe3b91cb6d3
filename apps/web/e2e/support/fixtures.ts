import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

export const DEMO = {
  employee: { email: 'eli.turner@demo.skillpath.dev', name: 'Eli Turner' },
  manager: { email: 'maya.lopez@demo.skillpath.dev', name: 'Maya Lopez' },
  hr: { email: 'hana.hughes@demo.skillpath.dev', name: 'Hana Hughes' },
};
export const HR = DEMO.hr;

const SCREENSHOTS = path.join(__dirname, '..', 'output', 'screenshots');

/** Tests run against the server global-setup started (E2E_BASE_URL). */
export const test = base.extend({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a destructured object
  baseURL: async ({}, use) => {
    const url = process.env.E2E_BASE_URL;
    if (!url) throw new Error('E2E_BASE_URL is not set: run through playwright.config.ts (its global setup starts the server)');
    await use(url);
  },
});
export { expect };

/** Development sign-in: the demo people page, one click. */
export async function signInAs(page: Page, who: { email: string; name: string }): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Find a person').fill(who.name);
  await page.getByRole('button', { name: new RegExp(`^Sign in as ${who.name}`) }).click();
  await expect(page.getByRole('banner').getByText(who.name)).toBeVisible();
}

/**
 * Every page: no serious or critical accessibility violation (axe-core, WCAG 2.1 A/AA rules), and
 * a full-page screenshot kept in e2e/output/screenshots/<name>.png.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.mouse.move(0, 0); // no hover state left over from the last click
  await expect(page.getByLabel('Loading')).toHaveCount(0);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
