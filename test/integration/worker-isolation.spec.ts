import { Client } from 'pg';
import { WORKER_URL_PREFIX, workerUrlVariable } from '../setup/worker-databases';
import { uniqueName } from '../support/factories';

const query = async (url: string, sql: string, params: unknown[] = []) => {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows;
  } finally {
    await c.end();
  }
};

describe('jest workers each have a database of their own', () => {
  const me = process.env.JEST_WORKER_ID ?? '1';
  const own = process.env.DATABASE_URL as string;
  const others = Object.entries(process.env)
    .filter(([name, url]) => name.startsWith(WORKER_URL_PREFIX) && name !== workerUrlVariable(me) && url)
    .map(([, url]) => url as string);

  it('points this worker at its own database, migrated', async () => {
    expect(own).toBe(process.env[workerUrlVariable(me)]);
    expect(others.length).toBeGreaterThanOrEqual(1); // jest.config runs 2 workers: one database each
    expect(others).not.toContain(own);
    const [{ name, migrated }] = await query(own, `SELECT current_database() AS name, (SELECT count(*)::int FROM migrations) AS migrated`);
    expect(migrated).toBeGreaterThan(0);
    if (process.env.SKILLPATH_TEST_ENGINE !== 'embedded') expect(name).toMatch(new RegExp(`_w${me}$`));
  });

  it("never shows a row this worker writes to another worker's database", async () => {
    const marker = uniqueName('Isolation probe');
    await query(own, `INSERT INTO department (name) VALUES ($1)`, [marker]);
    expect(await query(own, `SELECT name FROM department WHERE name = $1`, [marker])).toEqual([{ name: marker }]);
    for (const url of others) expect(await query(url, `SELECT name FROM department WHERE name = $1`, [marker])).toEqual([]);
  });
});
