import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Clock } from '@app/shared';
import { TransactionHost } from '@app/persistence';
import { JobContext, JobsService } from '@app/jobs';
import { NotificationsConfig } from '../config/notifications-config';
import { ReminderPlanner } from '../planning/reminder-planner';
import type { ChannelSet } from './channels/channel';
import { BatchResult, DeliveryWorker } from './delivery-worker';
import type { ClaimFilter } from './delivery.repository';

export const CHANNEL_SET = Symbol('CHANNEL_SET');
export const PLAN_QUEUE = 'notifications-plan';
export const DELIVER_QUEUE = 'notifications-deliver';

/** Batches one deliver job sends before handing over to a fresh job (so no job runs for long). */
const BATCHES_PER_JOB = 50;

/**
 * Reminder planning and delivery as jobs. `notifications-plan` runs on PLANNER_CRON (and at start)
 * and queues a deliver job. A `notifications-deliver` job (also every minute by cron) drains due
 * deliveries with the DeliveryWorker's leased claims; while batches come back full it queues
 * another deliver job so every worker process joins in, and when other workers hold leases it
 * queues one for the moment the earliest lease runs out, so a dead worker's claims are taken over
 * within the lease (NOTIFY_LEASE_MS, at most 60 s). A deliver job's data may name `recipientIds`
 * (a backfill for some people): it and the jobs it queues drain only theirs.
 */
@Injectable()
export class DeliveryJobs implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('DeliveryJobs');
  readonly worker: DeliveryWorker;

  constructor(
    tx: TransactionHost,
    @Inject(CHANNEL_SET) private readonly channels: ChannelSet,
    private readonly config: NotificationsConfig,
    clock: Clock,
    private readonly planner: ReminderPlanner,
    private readonly jobs: JobsService,
  ) {
    this.worker = new DeliveryWorker(tx, channels, config, clock);
  }

  onModuleInit(): void {
    this.jobs.define({ name: PLAN_QUEUE, cron: this.config.PLANNER_CRON, runAtStart: true, retryDelaySeconds: 60, handler: (_d, ctx) => this.plan(ctx) });
    this.jobs.define({ name: DELIVER_QUEUE, cron: '* * * * *', retryDelaySeconds: 5, expireInSeconds: 30 * 60, handler: (data: ClaimFilter, ctx) => this.deliver(ctx, data) });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.channels.close();
  }

  async plan(ctx: Pick<JobContext, 'send'>): Promise<void> {
    const planned = await this.planner.plan();
    if (planned.reminders || planned.digests) this.logger.log(`planned ${planned.reminders} reminders, ${planned.digests} digests for ${planned.date}`);
    await ctx.send(DELIVER_QUEUE, {}, { singletonKey: 'planned', singletonSeconds: 5 });
  }

  /**
   * One deliver job: drain batch after batch. On each claim it queues a watchdog job for when the
   * lease runs out (if this process dies, another takes the batch over then) and, when the batch is
   * full, another deliver job so other workers join in. At the end it watches leases others hold.
   */
  async deliver(ctx: Pick<JobContext, 'send' | 'signal'>, scope: ClaimFilter = {}): Promise<BatchResult> {
    const total: BatchResult = { claimed: 0, sent: 0, failed: 0, dead: 0, released: 0 };
    const onClaim = async (count: number) => {
      await this.wakeAt(ctx, scope, new Date(Date.now() + this.config.NOTIFY_LEASE_MS));
      if (count === this.config.NOTIFY_BATCH_SIZE) await ctx.send(DELIVER_QUEUE, scope, { singletonKey: 'more', singletonSeconds: 1 });
    };
    for (let i = 0; i < BATCHES_PER_JOB && !ctx.signal.aborted; i++) {
      const r = await this.worker.runOnce(scope, ctx.signal, onClaim);
      for (const k of Object.keys(total) as Array<keyof BatchResult>) total[k] += r[k];
      if (r.claimed < this.config.NOTIFY_BATCH_SIZE) break;
      if (i === BATCHES_PER_JOB - 1) await ctx.send(DELIVER_QUEUE, scope, { singletonKey: 'continue', singletonSeconds: 1 });
    }
    const expiry = ctx.signal.aborted ? null : await this.worker.nextLeaseExpiry(scope);
    if (expiry) await this.wakeAt(ctx, scope, expiry);
    return total;
  }

  /** A deliver job just after `leaseEnd` (one per second of wake-up time, however many ask). */
  private async wakeAt(ctx: Pick<JobContext, 'send'>, scope: ClaimFilter, leaseEnd: Date): Promise<void> {
    const at = new Date(Math.ceil((leaseEnd.getTime() + 1000) / 1000) * 1000);
    await ctx.send(DELIVER_QUEUE, scope, { startAfter: at, singletonKey: `lease-${at.getTime()}`, singletonSeconds: 60 });
  }
}
