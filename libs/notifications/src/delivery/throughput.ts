import { DataSource } from 'typeorm';
import { AppConfig, Clock, SystemClock } from '@app/shared';
import { TransactionHost } from '@app/persistence';
import { loadNotificationsConfig, NotificationsConfig } from '../config/notifications-config';
import { ReminderPlanner } from '../planning/reminder-planner';
import type { ChannelSet } from './channels/channel';
import { BatchResult, DeliveryWorker } from './delivery-worker';

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
 * Plans the reminders due on `date` for `employeeIds`, then drains them with one worker per data
 * source running concurrently, and reports jobs per second (delivery only). IN_APP unless the
 * configuration or `channels` say otherwise.
 */
export async function planAndDeliver(options: ThroughputOptions): Promise<ThroughputResult> {
  const config = options.config ?? loadNotificationsConfig({}, { SMTP_URL: undefined, NOTIFICATION_WEBHOOKS: undefined });
  const clock = options.clock ?? new SystemClock();
  const appConfig = Object.assign(new AppConfig(), { ORG_TIME_ZONE: options.timeZone ?? 'UTC' });
  const hosts = options.dataSources.map((ds) => new TransactionHost(ds));
  const t0 = performance.now();
  const { reminders } = await new ReminderPlanner(hosts[0], config, appConfig, clock).plan({ date: options.date, employeeIds: options.employeeIds });
  const t1 = performance.now();
  const workers = hosts.map((tx) => new DeliveryWorker(tx, options.channels ?? noChannels, config, clock));
  const perWorker = await Promise.all(workers.map((w) => w.drain({ recipientIds: options.employeeIds })));
  const t2 = performance.now();
  const delivered = perWorker.reduce((n, r) => n + r.sent, 0);
  return { planned: reminders, delivered, planMs: t1 - t0, deliverMs: t2 - t1, jobsPerSecond: delivered / ((t2 - t1) / 1000), perWorker };
}
