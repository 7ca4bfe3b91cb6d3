import { consoleRoutes } from '../../../libs/shared/src/console-routes';
import { gql } from './support/api';
import { DEMO, expect, signInAs, test } from './support/fixtures';

/** Every link the API writes into notifications and emails (libs/shared console-routes) opens a console page. */
test('links in notifications and emails open console pages, never "Page not found"', async ({ page, request }) => {
  const { me, myCertifications } = await gql<{ me: { id: string }; myCertifications: Array<{ record: { id: string } }> }>(request, DEMO.employee.email, '{ me { id } myCertifications { record { id } } }');
  const { myPlaybookRuns } = await gql<{ myPlaybookRuns: Array<{ id: string }> }>(request, DEMO.manager.email, '{ myPlaybookRuns { id } }');
  const ids: Record<string, string> = { certificationRecord: myCertifications[0].record.id, teamMember: me.id, playbookRun: myPlaybookRuns[0].id };

  await signInAs(page, DEMO.manager);
  for (const [name, build] of Object.entries(consoleRoutes)) {
    const path = (build as (id?: string) => string)(ids[name]);
    await page.goto(path);
    const heading = page.getByRole('main').getByRole('heading', { level: 1 });
    await expect(heading, `${name}: ${path}`).toBeVisible();
    await expect(heading, `${name}: ${path}`).not.toHaveText('Page not found');
  }
});
