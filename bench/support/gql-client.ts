import pino from 'pino';
import { randomBytes, randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { Agent, request } from 'node:http';
import { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/shared';
import { createApp } from '../../apps/api/src/bootstrap';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- benchmark responses are read by field name
type BenchData = Record<string, any>;

/**
 * The real app on the benchmark database, configured as production runs it (NODE_ENV=production, its own
 * secrets; bench/run.ts also sets NODE_ENV for the libraries that read it at load), a GraphQL caller per
 * subject, and the app's own pg pool.
 */
export async function benchApp(url: string) {
  process.env.WORKERS_IN_API = 'false'; // no background pollers: only the measured requests touch the pool
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
    CONNECTOR_SECRET_KEY: randomBytes(32).toString('hex'),
    DATABASE_URL: url,
    RATE_LIMIT_PER_MINUTE: '1000000',
    RUN_MIGRATIONS: 'false',
    DEMO_SEED: 'false',
    GRAPHQL_MAX_COST: '1000000',
  });
  const app = await createApp({ config, databaseUrl: url, logger: pino({ level: 'silent' }) });
  await app.listen(0, '127.0.0.1');
  const pool = (app.get(DataSource).driver as unknown as { master: Pool }).master;
  // A real client over a kept-alive connection: Node's http module, reading the body whole and JSON.parse-ing it
  // as any service would. (Node's fetch streams the body through WHATWG streams: for the 150 KB team response
  // that cost the client about 3 ms on this machine, time that is the client's, not the service's.)
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const { port } = app.getHttpServer().address() as AddressInfo;
  const post = (headers: Record<string, string>, body: string) =>
    new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    });
  // A token of its own per caller (jwtid): the service remembers a signed-in token for a few seconds, and a
  // caller's first request is the one that signs in, whichever caller came before.
  const token = (subject: string) => jwt.sign({ sub: subject }, config.jwtSecret as string, { algorithm: 'HS256', expiresIn: '1h', jwtid: randomUUID() });
  /** One caller's request: its body and headers, for this client or a load generator (bench/support/load.ts). */
  const requestOf = (subject: string, query: string, variables: Record<string, unknown> = {}) => {
    const body = JSON.stringify({ query, variables });
    const headers = {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
      authorization: `Bearer ${token(subject)}`,
    };
    return { url: `http://127.0.0.1:${port}/graphql`, body, headers };
  };
  /** A caller that answers the whole response, errors included (benchmarks of refusals). */
  const call = (subject: string, query: string, variables: Record<string, unknown> = {}) => {
    const { body, headers } = requestOf(subject, query, variables);
    return async () => JSON.parse(await post(headers, body)) as { data: BenchData; errors?: Array<{ extensions?: { code?: string } }> };
  };
  const gql = (subject: string, query: string, variables: Record<string, unknown> = {}) => {
    const send = call(subject, query, variables);
    return async () => {
      const res = await send();
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data;
    };
  };
  return { app, pool, gql, call, requestOf, token, port, close: async () => { agent.destroy(); await app.close(); } };
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
