import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '@app/persistence';
import { ALL_ENTITIES } from '../../apps/api/src/entities';
import { ALL_MIGRATIONS } from '../../migrations';
import { plainViewTable, publishedViews } from '../architecture/published-views';

/** Reading a lib's table through the inline view it publishes costs what naming the table costs: the same plan. */
describe('published views keep the plan', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = new DataSource(buildDataSourceOptions(process.env.DATABASE_URL as string, ALL_ENTITIES, ALL_MIGRATIONS, 2));
    await ds.initialize();
  });
  afterAll(() => ds.destroy());

  const root = join(__dirname, '..', '..');
  const views = publishedViews(root, readdirSync(join(root, 'libs')));
  const plan = async (sql: string) =>
    (await ds.query(`EXPLAIN (COSTS OFF) ${sql}`) as Array<{ 'QUERY PLAN': string }>).map((r) => r['QUERY PLAN']).join('\n');

  it.each(views.map((v) => [v.name, v.sql] as const))('%s is flattened into the statement', async (_name, sql) => {
    const table = plainViewTable(sql) as string;
    const where = `WHERE id = '00000000-0000-0000-0000-000000000000'::uuid`;
    const throughView = await plan(`SELECT id FROM ${sql} ${table} ${where}`);
    expect(throughView).not.toContain('Subquery Scan');
    expect(throughView).toBe(await plan(`SELECT id FROM ${table} ${where}`));
  });
});
