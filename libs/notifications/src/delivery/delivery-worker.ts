import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { Clock } from '@app/shared';
import { TransactionHost } from '@app/persistence';
import { NotificationsConfig } from '../config/notifications-config';
import { backoffMs } from './backoff';
import type { ChannelSet, ClaimedJob } from './channels/channel';
import { ClaimFilter, DeliveryRepository, Failure, InAppRow } from './delivery.repository';
import { renderDelivery } from './message';

export interface BatchResult {
  claimed: number;
  sent: number;
  failed: number;
  dead: number;
}

export interface WorkerHooks {
  /** Called after a batch is claimed, before anything is sent (tests inject a crash here). */
  afterClaim?: (jobs: ClaimedJob[]) => void | Promise<void>;
}

const SEND_CONCURRENCY = 16;

/**
 * Sends due deliveries: claim a batch (one statement, SKIP LOCKED, leased), send outside any
 * transaction, settle in one statement per outcome. In-app messages are written and settled in
 * one transaction, so they are exactly-once; email and webhooks are sent once unless a worker dies
 * between sending and settling (then the lease expires and the receiver sees the same delivery id).
 */
export class DeliveryWorker {
  readonly id: string;
  private readonly repo: DeliveryRepository;

  constructor(
    tx: TransactionHost,
    private readonly channels: ChannelSet,
    private readonly config: NotificationsConfig,
    private readonly clock: Clock,
    private readonly hooks: WorkerHooks = {},
    id?: string,
  ) {
    this.id = id ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
    this.repo = new DeliveryRepository(tx);
  }

  /** Claims and processes one batch. */
  async runOnce(filter: ClaimFilter = {}): Promise<BatchResult> {
    const now = this.clock.now().toJSDate();
    const jobs = await this.repo.claim(this.id, now, new Date(now.getTime() + this.config.NOTIFY_LEASE_MS), this.config.NOTIFY_BATCH_SIZE, filter);
    const result: BatchResult = { claimed: jobs.length, sent: 0, failed: 0, dead: 0 };
    if (!jobs.length) return result;
    await this.hooks.afterClaim?.(jobs);

    const failures: Failure[] = [];
    const fail = (job: ClaimedJob, error: unknown) => {
      const dead = job.attempts >= this.config.NOTIFY_MAX_ATTEMPTS;
      const next = new Date(this.clock.now().toMillis() + backoffMs(job.attempts, this.config.NOTIFY_BACKOFF_BASE_MS, this.config.NOTIFY_BACKOFF_MAX_MS));
      failures.push({ id: job.id, state: dead ? 'DEAD' : 'FAILED', nextAttemptAt: next, error: error instanceof Error ? error.message : String(error) });
    };

    const inApp: InAppRow[] = [];
    const external: Array<() => Promise<string | null>> = [];
    for (const job of jobs) {
      let message;
      try {
        message = renderDelivery(job.kind, job.payload, this.clock.now());
      } catch (e) {
        fail(job, e);
        continue;
      }
      if (job.channel === 'IN_APP') {
        inApp.push({ deliveryId: job.id, recipientId: job.recipientId, title: message.title, body: message.text, link: message.link });
        continue;
      }
      const channel = this.channels.resolve(job.channel);
      if (!channel) {
        fail(job, new Error(`Channel ${job.channel} is not configured`));
        continue;
      }
      const m = message;
      external.push(() => channel.send(job, m).then(() => job.id, (e) => (fail(job, e), null)));
    }

    const sentIds = (await runLimited(external, SEND_CONCURRENCY)).filter((id): id is string => id !== null);
    result.sent += await this.repo.deliverInApp(this.id, inApp, this.clock.now().toJSDate());
    result.sent += await this.repo.markSent(this.id, sentIds, this.clock.now().toJSDate());
    await this.repo.markFailed(this.id, failures);
    result.dead = failures.filter((f) => f.state === 'DEAD').length;
    result.failed = failures.length - result.dead;
    return result;
  }

  /** Runs batches until none is due; returns the totals. */
  async drain(filter: ClaimFilter = {}, maxBatches = Number.POSITIVE_INFINITY): Promise<BatchResult> {
    const total: BatchResult = { claimed: 0, sent: 0, failed: 0, dead: 0 };
    for (let i = 0; i < maxBatches; i++) {
      const r = await this.runOnce(filter);
      if (!r.claimed) break;
      total.claimed += r.claimed;
      total.sent += r.sent;
      total.failed += r.failed;
      total.dead += r.dead;
    }
    return total;
  }
}

async function runLimited<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, tasks.length) }, async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  });
  await Promise.all(lanes);
  return results;
}
