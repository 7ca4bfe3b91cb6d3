import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import PgBoss from 'pg-boss';
import { JobRunner, loadJobsConfig } from '@app/jobs';

/** Quiet logs that keep what was said (tests read the warnings). */
export function testJobLog() {
  const lines: string[] = [];
  return { lines, log: (m: string) => lines.push(m), warn: (m: string) => lines.push(m), error: (m: string) => lines.push(m) };
}

/** A pg-boss schema of its own for one test file, dropped by `drop()`. */
export function jobSchema(): { schema: string; drop(): Promise<void> } {
  const schema = `pgboss_t${randomBytes(4).toString('hex')}`;
  return {
    schema,
    async drop() {
      const c = new Client({ connectionString: process.env.DATABASE_URL });
      await c.connect();
      try {
        await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await c.end();
      }
    },
  };
}

/** A runner on the test database polling every second, with cron checks every second (fast tests). */
export function testJobRunner(schema: string, graceMs = 2000, extra: PgBoss.ConstructorOptions = {}) {
  const log = testJobLog();
  const config = loadJobsConfig({}, { JOBS_SCHEMA: schema, JOBS_POLL_SECONDS: 1, JOBS_SHUTDOWN_GRACE_MS: graceMs, JOBS_POOL_SIZE: 2 });
  const runner = new JobRunner(process.env.DATABASE_URL as string, config, log, { cronMonitorIntervalSeconds: 1, cronWorkerIntervalSeconds: 1, supervise: true, maintenanceIntervalSeconds: 1, ...extra });
  return { runner, log };
}

/** Resolves when `check` is true (polled), or fails after `ms`. */
export async function eventually(check: () => boolean | Promise<boolean>, ms = 20_000, what = 'condition'): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
