import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { day, gql } from './support/api';
import { checkPage, expect, HR, signInAs, test } from './support/fixtures';

/** Downloads a view's CSV and answers its lines. */
async function downloadCsv(page: Page, button: string, filename: string): Promise<string[]> {
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(filename);
  return readFileSync(await download.path(), 'utf8').trim().split('\n');
}

test.describe('HR outcomes', () => {
  test.describe.configure({ timeout: 180_000 });

  test('KPIs by department, role and manager: a chart, the drop-off and the CSV', async ({ page }) => {
    await signInAs(page, HR);
    await page.getByRole('link', { name: 'Outcomes' }).click();
    await expect(page.getByRole('tab', { name: 'Paths and renewals' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('img', { name: /^People on a path/ }).locator('.recharts-surface')).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Most stall before' })).toBeVisible();
    await checkPage(page, 'hr-outcomes-kpis');
    const byDepartment = await downloadCsv(page, 'Download KPIs (CSV)', 'kpis.csv');
    expect(byDepartment.length).toBeGreaterThan(1);
    await page.getByRole('textbox', { name: 'Group by' }).click();
    await page.getByRole('option', { name: 'Manager' }).click();
    await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
    const byManager = await downloadCsv(page, 'Download KPIs (CSV)', 'kpis.csv');
    expect(byManager.slice(1).join('\n')).not.toEqual(byDepartment.slice(1).join('\n'));
  });

  test('spend and success per quarter: a chart and the CSV', async ({ page }) => {
    await signInAs(page, HR);
    await page.goto('/hr/outcomes?view=spend');
    await expect(page.getByRole('img', { name: /^Spend, certifications earned/ }).locator('.recharts-surface')).toBeVisible();
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(9); // the header and eight quarters
    await checkPage(page, 'hr-outcomes-spend');
    const lines = await downloadCsv(page, 'Download spend (CSV)', 'certification-spend.csv');
    expect(lines[0]).toContain('passRate');
    expect(lines.length).toBe(9);
  });

  test('certification impact: error bars and the CSV', async ({ page }) => {
    await signInAs(page, HR);
    await page.goto('/hr/outcomes?view=impact');
    const chart = page.getByRole('img', { name: /^Change of the metric after earning each certification/ });
    await expect(chart.locator('.recharts-errorBar').first()).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'Improved' }).first()).toBeVisible();
    await checkPage(page, 'hr-outcomes-impact');
    const lines = await downloadCsv(page, 'Download impact (CSV)', 'certification-impact.csv');
    expect(lines[0]).toContain('standardError');
    expect(lines.length).toBeGreaterThan(1);
  });

  test('program goals: target against actual and the CSV', async ({ page, request }) => {
    const { certifications, departments } = await gql<{ certifications: Array<{ id: string; name: string }>; departments: Array<{ id: string; name: string }> }>(
      request,
      HR.email,
      '{ certifications { id name } departments { id name } }',
    );
    await gql(request, HR.email, 'mutation($i: CreateProgramInput!) { createProgram(input: $i) { id } }', {
      i: {
        name: `ITIL rollout ${Date.now()}`,
        startsOn: day(-120),
        certificationId: certifications.find((c) => c.name === 'ITIL 4 Foundation')?.id,
        departmentId: departments.find((d) => d.name === 'Customer Support')?.id,
        goals: [
          { kind: 'PASS_RATE', targetPercent: 80, withinDays: 120 },
          { kind: 'COMPLETION', targetPercent: 60, withinDays: 180 },
        ],
      },
    });
    await signInAs(page, HR);
    await page.goto('/hr/outcomes?view=programs');
    await expect(page.getByRole('img', { name: /^Each goal of the program/ }).locator('.recharts-surface')).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Met' })).toBeVisible();
    await checkPage(page, 'hr-outcomes-programs');
    const lines = await downloadCsv(page, 'Download progress (CSV)', 'program-progress.csv');
    expect(lines[0]).toContain('passRateBasis');
    expect(lines.length).toBeGreaterThan(1);
  });
});
