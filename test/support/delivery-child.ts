/**
 * A reminder delivery worker in a process of its own, for the kill -9 test: the real DeliveryJobs on
 * the real job system (JOBS_SCHEMA), channels from the environment (SMTP_URL, NOTIFICATION_WEBHOOKS),
 * without cron schedules (so it drains only what the test queues). Prints "worker <id>" when ready.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AppConfig, SystemClock } from '@app/shared';
import { buildDataSourceOptions, TransactionHost } from '@app/persistence';
import { JobRunner, JobsService, loadJobsConfig, unscheduledJobs } from '@app/jobs';
import { configuredChannels, DeliveryJobs, loadNotificationsConfig, NOTIFICATION_ENTITIES, ReminderPlanner } from '@app/notifications';

/** The delivery jobs wired by hand on `url` (a test's second worker uses the same wiring in-process). */
export function deliveryJobsOn(ds: DataSource, env: NodeJS.ProcessEnv) {
  const config = loadNotificationsConfig(env);
  const clock = new SystemClock();
  const tx = new TransactionHost(ds);
  const runner = new JobRunner(String((ds.options as { url: string }).url), loadJobsConfig(env), { log: () => undefined, warn: () => undefined, error: (m) => process.stderr.write(`${m}\n`) });
  const jobs = unscheduledJobs(runner) as unknown as JobsService;
  const channels = configuredChannels(config);
  const delivery = new DeliveryJobs(tx, channels, config, clock, new ReminderPlanner(tx, config, Object.assign(new AppConfig(), { ORG_TIME_ZONE: 'UTC' }), clock), jobs);
  delivery.onModuleInit();
  return { runner, delivery, channels };
}

async function main(): Promise<void> {
  const ds = new DataSource(buildDataSourceOptions(process.env.DATABASE_URL as string, NOTIFICATION_ENTITIES, [], 3));
  await ds.initialize();
  const { runner, delivery } = deliveryJobsOn(ds, process.env);
  await runner.start();
  process.stdout.write(`worker ${delivery.worker.id}\n`);
}

if (require.main === module) {
  void main().catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  });
}
