import pino from 'pino';
import request from 'supertest';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/shared';
import { signDevelopmentToken } from '@app/auth';
import { createApp } from '../../apps/api/src/bootstrap';

/** The real app on the benchmark database, a GraphQL caller per subject, and the app's own pg pool. */
export async function benchApp(url: string) {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', DATABASE_URL: url, RATE_LIMIT_PER_MINUTE: '1000000', RUN_MIGRATIONS: 'false', DEMO_SEED: 'false', GRAPHQL_MAX_COST: '1000000' });
  const app = await createApp({ config, databaseUrl: url, logger: pino({ level: 'silent' }) });
  const server = app.getHttpServer();
  const pool = (app.get(DataSource).driver as unknown as { master: Pool }).master;
  const gql = (subject: string, query: string, variables: Record<string, unknown> = {}) => async () => {
    const res = await request(server).post('/graphql').set('authorization', `Bearer ${signDevelopmentToken(config, subject)}`).send({ query, variables });
    if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
    return res.body.data;
  };
  return { app, pool, gql, close: () => app.close() };
}

/** Runs a benchmark's `run(url)` on a fresh database when the file is executed directly. */
export function runStandalone(mod: NodeModule, run: (url: string) => Promise<void>): void {
  if (require.main !== mod) return;
  void (async () => {
    const { freshBenchDatabase } = await import('./bench-db');
    const db = await freshBenchDatabase();
    process.stdout.write(`(${db.engine})\n`);
    try {
      await run(db.url);
    } finally {
      await db.drop();
    }
  })().then(
    () => process.exit(0),
    (e) => {
      process.stderr.write(`${e instanceof Error ? e.stack : e}\n`);
      process.exit(1);
    },
  );
}
