import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Optional } from '@nestjs/common';
import { AppConfig, Clock } from '@app/shared';
import { TransactionHost } from '@app/persistence';
import { NotificationsConfig } from '../config/notifications-config';
import { ReminderPlanner } from '../planning/reminder-planner';
import type { ChannelSet } from './channels/channel';
import { DeliveryWorker } from './delivery-worker';

export const CHANNEL_SET = Symbol('CHANNEL_SET');
/** Set (to true) by the worker process to run the loop whatever WORKERS_IN_API says. */
export const FORCE_DELIVERY_LOOP = Symbol('FORCE_DELIVERY_LOOP');

/**
 * The background loop: plans reminders every PLANNER_INTERVAL_MS and drains due deliveries every
 * NOTIFY_POLL_MS. Runs in the API when WORKERS_IN_API (default outside tests), and in the worker
 * process; any number of them may run at once.
 */
@Injectable()
export class DeliveryLoop implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DeliveryLoop');
  readonly worker: DeliveryWorker;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private lastPlan = 0;
  private stopped = false;

  constructor(
    tx: TransactionHost,
    @Inject(CHANNEL_SET) private readonly channels: ChannelSet,
    private readonly config: NotificationsConfig,
    private readonly appConfig: AppConfig,
    clock: Clock,
    private readonly planner: ReminderPlanner,
    @Optional() @Inject(FORCE_DELIVERY_LOOP) private readonly force?: boolean,
  ) {
    this.worker = new DeliveryWorker(tx, channels, config, clock);
  }

  get enabled(): boolean {
    return this.force === true || this.config.workersInApi(this.appConfig.NODE_ENV);
  }

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    this.logger.log(`delivery worker ${this.worker.id} started`);
    this.schedule(this.config.NOTIFY_POLL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    await this.channels.close();
  }

  /** One round: plan when due, then drain. */
  async tick(): Promise<void> {
    if (Date.now() - this.lastPlan >= this.config.PLANNER_INTERVAL_MS) {
      this.lastPlan = Date.now();
      try {
        const planned = await this.planner.plan();
        if (planned.reminders || planned.digests) this.logger.log(`planned ${planned.reminders} reminders, ${planned.digests} digests for ${planned.date}`);
      } catch (e) {
        this.lastPlan = Date.now() - this.config.PLANNER_INTERVAL_MS + Math.min(this.config.PLANNER_INTERVAL_MS, 60_000);
        this.logger.error(`planning failed (retried within a minute): ${e instanceof Error ? e.message : e}`);
      }
    }
    await this.worker.drain({}, 50);
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .catch((e) => this.logger.error(`delivery round failed: ${e instanceof Error ? e.message : e}`))
        .finally(() => {
          this.running = null;
          this.schedule(this.config.NOTIFY_POLL_MS);
        });
    }, delay);
    this.timer.unref();
  }
}
