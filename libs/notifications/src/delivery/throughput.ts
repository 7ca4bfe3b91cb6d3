import { DataSource } from 'typeorm';
import { AppConfig, Clock, SystemClock } from '@app/shared';
import { TransactionHost } from '@app/persistence';
import { JobRunner, JobsService, loadJobsConfig, unscheduledJobs } from '@app/jobs';
import { loadNotificationsConfig, NotificationsConfig } from '../config/notifications-config';
import { ReminderPlanner } from '../planning/reminder-planner';
import type { ChannelSet } from './channels/channel';
import { BatchResult, DeliveryWorker } from './delivery-worker';
import { DELIVER_QUEUE, DeliveryJobs } from './delivery-jobs';

export interface ThroughputOptions {
  /** One data source per worker (each its own pool, as separate processes would have). */
  dataSources: DataSource[];
  /** Org-zone date to plan for. */
  date: string;
  /** Whose records to plan and deliver. */
  employeeIds: string[];
  config?: NotificationsConfig;
  channels?: ChannelSet;
  clock?: Clock;
  timeZone?: string;
  /** Deliver through the job system (a deliver job per worker, in this pg-boss schema) instead of draining directly. */
  jobsSchema?: string;
}

export interface ThroughputResult {
  planned: number;
  delivered: number;
  planMs: number;
  deliverMs: number;
  jobsPerSecond: number;
  perWorker: BatchResult[];
}

const noChannels: ChannelSet = { resolve: () => null, close: async () => undefined };

/**
 * Plans the reminders due on `date` for `employeeIds`, then delivers them with one worker per data
 * source running concurrently, and reports jobs per second (delivery only). IN_APP unless the
 * configuration or `channels` say otherwise.
 */
export async function planAndDeliver(options: ThroughputOptions): Promise<ThroughputResult> {
  const config = options.config ?? loadNotificationsConfig({}, { SMTP_URL: undefined, NOTIFICATION_WEBHOOKS: undefined });
  const clock = options.clock ?? new SystemClock();
  const appConfig = Object.assign(new AppConfig(), { ORG_TIME_ZONE: options.timeZone ?? 'UTC' });
  const hosts = options.dataSources.map((ds) => new TransactionHost(ds));
  const planner = new ReminderPlanner(hosts[0], config, appConfig, clock);
  const channels = options.channels ?? noChannels;
  const scope = { recipientIds: options.employeeIds };
  // the job system starts before the clock runs, as it has in a running process
  const jobs = options.jobsSchema ? await startDeliveryJobs(options, hosts, channels, config, clock, planner, options.jobsSchema) : null;
  const t0 = performance.now();
  const { reminders } = await planner.plan({ date: options.date, employeeIds: options.employeeIds });
  const t1 = performance.now();
  let perWorker: BatchResult[];
  if (jobs) {
    try {
      perWorker = await jobs.deliver(scope, reminders);
    } finally {
      await jobs.stop();
    }
  } else {
    const workers = hosts.map((tx) => new DeliveryWorker(tx, channels, config, clock));
    perWorker = await Promise.all(workers.map((w) => w.drain(scope)));
  }
  const t2 = performance.now();
  const delivered = perWorker.reduce((n, r) => n + r.sent, 0);
  return { planned: reminders, delivered, planMs: t1 - t0, deliverMs: t2 - t1, jobsPerSecond: delivered / ((t2 - t1) / 1000), perWorker };
}

/** One started job runner and DeliveryJobs per data source; `deliver` queues a deliver job for the recipients and waits until every planned one is settled. */
async function startDeliveryJobs(
  options: ThroughputOptions, hosts: TransactionHost[], channels: ChannelSet, config: NotificationsConfig, clock: Clock, planner: ReminderPlanner, schema: string,
) {
  const quiet = { log: () => undefined, warn: () => undefined, error: (m: string) => process.stderr.write(`${m}\n`) };
  const jobsConfig = loadJobsConfig({}, { JOBS_SCHEMA: schema, JOBS_POLL_SECONDS: 0.5 });
  const perWorker: BatchResult[] = hosts.map(() => ({ claimed: 0, sent: 0, failed: 0, dead: 0, released: 0 }));
  const runners = hosts.map((tx, i) => {
    const runner = new JobRunner(String((options.dataSources[i].options as { url: string }).url), jobsConfig, quiet);
    const delivery = new DeliveryJobs(tx, channels, config, clock, planner, unscheduledJobs(runner) as unknown as JobsService);
    delivery.onModuleInit();
    const runOnce = delivery.worker.runOnce.bind(delivery.worker);
    delivery.worker.runOnce = async (...args) => {
      const r = await runOnce(...args);
      for (const k of Object.keys(r) as Array<keyof BatchResult>) perWorker[i][k] += r[k];
      return r;
    };
    return runner;
  });
  await Promise.all(runners.map((r) => r.start()));
  return {
    async deliver(scope: { recipientIds: string[] }, planned: number): Promise<BatchResult[]> {
      await runners[0].send(DELIVER_QUEUE, scope);
      const settled = () => perWorker.reduce((n, r) => n + r.sent + r.failed + r.dead, 0);
      while (settled() < planned) await new Promise((r) => setTimeout(r, 5));
      return perWorker;
    },
    stop: () => Promise.all(runners.map((r) => r.stop())),
  };
}
