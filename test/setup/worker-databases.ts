import { Client } from 'pg';

/**
 * Each jest worker gets a database of its own. The global setup migrates one database (the template),
 * then makes one copy per worker; a worker's test files find theirs by JEST_WORKER_ID
 * (`worker-database.ts`, run before every test file). Data one worker writes is never seen by another.
 */
export const WORKER_URL_PREFIX = 'SKILLPATH_TEST_DB_W';

/** The variable holding worker `id`'s database URL. */
export const workerUrlVariable = (id: number | string): string => `${WORKER_URL_PREFIX}${id}`;

/** Worker ids jest hands out: 1 … maxWorkers (a single in-band run is worker 1). */
export const workerIds = (maxWorkers: number): number[] => Array.from({ length: Math.max(1, maxWorkers) }, (_, i) => i + 1);

/** `<database>_w<id>` on the same server as `templateUrl`. */
export function workerDatabaseUrl(templateUrl: string, id: number): { name: string; url: string } {
  const url = new URL(templateUrl);
  const name = `${decodeURIComponent(url.pathname.slice(1))}_w${id}`;
  url.pathname = `/${encodeURIComponent(name)}`;
  return { name, url: url.toString() };
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A session on the server's maintenance database (a template cannot be copied while anyone is connected to it). */
async function onMaintenanceDatabase<T>(templateUrl: string, work: (c: Client) => Promise<T>): Promise<T> {
  const url = new URL(templateUrl);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates (afresh) one copy of the migrated `templateUrl` database per worker; returns their URLs by worker id. */
export async function createServerWorkerDatabases(templateUrl: string, ids: number[]): Promise<Map<number, string>> {
  const template = decodeURIComponent(new URL(templateUrl).pathname.slice(1));
  return onMaintenanceDatabase(templateUrl, async (c) => {
    const urls = new Map<number, string>();
    for (const id of ids) {
      const { name, url } = workerDatabaseUrl(templateUrl, id);
      await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`);
      urls.set(id, url);
    }
    return urls;
  });
}

/** Drops the workers' databases (the template itself belongs to whoever made it, e.g. CI). */
export async function dropServerWorkerDatabases(templateUrl: string, ids: number[]): Promise<void> {
  await onMaintenanceDatabase(templateUrl, async (c) => {
    for (const id of ids) await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(workerDatabaseUrl(templateUrl, id).name)} WITH (FORCE)`);
  });
}
