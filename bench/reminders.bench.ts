import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '@app/persistence';
import { NOTIFICATION_ENTITIES, loadNotificationsConfig, planAndDeliver } from '@app/notifications';
import { freshBenchDatabase } from './support/bench-db';

/**
 * Reminder throughput: N holders with a reminder due today, planned in one statement, then sent
 * in-app by two workers (each on its own pool): drained directly, then through pg-boss deliver jobs
 * (the path the app takes). Prints jobs/s for each. N from BENCH_REMINDERS (default 4000).
 */
async function main(): Promise<void> {
  const n = Number(process.env.BENCH_REMINDERS ?? 4000);
  const db = await freshBenchDatabase();
  const open = () => new DataSource(buildDataSourceOptions(db.url, NOTIFICATION_ENTITIES, [], 4));
  const [a, b] = [open(), open()];
  await a.initialize();
  await b.initialize();
  try {
    const date = '2031-06-04';
    const [cert] = await a.query(`INSERT INTO certification (name, issuer, estimated_hours, payoff) VALUES ('Bench cert', 'Bench', 12, 'pay step') RETURNING id`);
    const holders = async (tag: string): Promise<string[]> => {
      const people: Array<{ id: string }> = await a.query(
        `INSERT INTO employee (first_name, last_name, email, roles, version)
         SELECT 'Bench', 'Person ' || i, 'bench-' || $2 || i || '@example.test', '{EMPLOYEE}', 1 FROM generate_series(1, $1) i RETURNING id`,
        [n, tag],
      );
      await a.query(
        `INSERT INTO certification_record (employee_id, certification_id, earned_on, expires_on, window_opens_on, grace_ends_on)
         SELECT id, $2, DATE '2030-07-04', DATE '2031-07-04', DATE '2031-05-05', DATE '2031-07-18' FROM unnest($1::uuid[]) AS id`,
        [people.map((p) => p.id), cert.id],
      );
      return people.map((p) => p.id);
    };
    const config = loadNotificationsConfig({}, { NOTIFY_BATCH_SIZE: Number(process.env.BENCH_BATCH ?? 200) });
    for (const [label, jobsSchema] of [['drained directly', undefined], ['through pg-boss deliver jobs', 'pgboss_bench']] as const) {
      const r = await planAndDeliver({ dataSources: [a, b], date, employeeIds: await holders(label.slice(0, 4)), config, jobsSchema });
      process.stdout.write(
        `reminders (${db.engine}), ${label}: planned ${r.planned} in ${r.planMs.toFixed(0)} ms; delivered ${r.delivered} in-app with 2 workers in ${r.deliverMs.toFixed(0)} ms ` +
          `= ${r.jobsPerSecond.toFixed(0)} jobs/s (per worker: ${r.perWorker.map((w) => w.sent).join(' + ')})\n`,
      );
    }
  } finally {
    await a.destroy();
    await b.destroy();
    await db.drop();
  }
}

void main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : e}\n`);
  process.exit(1);
});
