import { hostname } from 'node:os';
import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Clock } from '@app/shared';
import { TransactionHost } from '@app/persistence';
import { NotificationsConfig } from '../config/notifications-config';
import { backoffMs } from './backoff';
import type { ChannelSet, ClaimedJob } from './channels/channel';
import { ClaimFilter, DeliveryRepository, Failure, InAppRow } from './delivery.repository';
import { renderDelivery } from './message';
import { DeliveryError, deliveryError, thrownDeliveryError } from './delivery-error';

export interface BatchResult {
  claimed: number;
  sent: number;
  failed: number;
  dead: number;
  /** Claimed but handed back unsent because the worker is stopping. */
  released: number;
}

export interface WorkerHooks {
  /** Called after a batch is claimed, before anything is sent (tests inject a crash here). */
  afterClaim?: (jobs: ClaimedJob[]) => void | Promise<void>;
}

const empty = (): BatchResult => ({ claimed: 0, sent: 0, failed: 0, dead: 0, released: 0 });

/**
 * Sends due deliveries: claim a batch (one statement, SKIP LOCKED, leased for NOTIFY_LEASE_MS and
 * renewed while the batch runs), then
 * - in-app: written and settled in one transaction, so exactly once;
 * - email and webhooks: sent outside any transaction, NOTIFY_SEND_CONCURRENCY at a time, each
 *   recorded SENT (or failed) right after its send. Only a send in flight when the process dies is
 *   in doubt; it is sent again once the lease runs out, with the same delivery id (Message-ID,
 *   Skillpath-Delivery-Id) so the receiver can drop the repeat.
 * When `signal` aborts (shutdown) no new send starts; the batch's unsent deliveries are handed back.
 */
export class DeliveryWorker {
  private static readonly logger = new Logger('DeliveryWorker');
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

  private leaseUntil(): Date {
    return new Date(this.clock.now().toMillis() + this.config.NOTIFY_LEASE_MS);
  }

  /** Claims and processes one batch; `claimed` is told how many were claimed before anything is sent. */
  async runOnce(filter: ClaimFilter = {}, signal?: AbortSignal, claimed?: (count: number) => Promise<unknown>): Promise<BatchResult> {
    const result = empty();
    if (signal?.aborted) return result;
    const jobs = await this.repo.claim(this.id, this.clock.now().toJSDate(), this.leaseUntil(), this.config.NOTIFY_BATCH_SIZE, filter);
    result.claimed = jobs.length;
    if (!jobs.length) return result;
    const heartbeat = setInterval(() => void this.repo.renew(this.id, this.leaseUntil()).catch((e: unknown) => DeliveryWorker.logger.warn(`Lease renewal failed (another worker may take these sends over when it ends): ${String(e)}`)), Math.max(250, Math.floor(this.config.NOTIFY_LEASE_MS / 3)));
    try {
      await claimed?.(jobs.length);
      await this.hooks.afterClaim?.(jobs);
      await this.process(jobs, result, signal);
    } finally {
      clearInterval(heartbeat);
    }
    return result;
  }

  private async process(jobs: ClaimedJob[], result: BatchResult, signal?: AbortSignal): Promise<void> {
    const failure = (job: ClaimedJob, error: DeliveryError): Failure => {
      const dead = job.attempts >= this.config.NOTIFY_MAX_ATTEMPTS;
      const next = new Date(this.clock.now().toMillis() + backoffMs(job.attempts, this.config.NOTIFY_BACKOFF_BASE_MS, this.config.NOTIFY_BACKOFF_MAX_MS));
      return { id: job.id, state: dead ? 'DEAD' : 'FAILED', nextAttemptAt: next, error };
    };
    const count = (f: Failure) => (f.state === 'DEAD' ? result.dead++ : result.failed++);

    const failures: Failure[] = [];
    const inApp: InAppRow[] = [];
    const external: Array<() => Promise<void>> = [];
    for (const job of jobs) {
      let message;
      try {
        message = renderDelivery(job.kind, job.payload, this.clock.now());
      } catch (e) {
        failures.push(failure(job, deliveryError('RENDER_FAILED', e instanceof Error ? e.message : String(e))));
        continue;
      }
      if (job.channel === 'IN_APP') {
        inApp.push({ deliveryId: job.id, recipientId: job.recipientId, title: message.title, body: message.text, link: message.link });
        continue;
      }
      const channel = this.channels.resolve(job.channel);
      if (!channel) {
        failures.push(failure(job, deliveryError('CHANNEL_NOT_CONFIGURED', `Channel ${job.channel} is not configured`)));
        continue;
      }
      const m = message;
      external.push(async () => {
        let failed: DeliveryError | null;
        try {
          failed = await channel.send(job, m);
        } catch (e) {
          failed = thrownDeliveryError(e); // a channel's bug must not stop the batch; its job is retried like any failure
        }
        const outcome = failed ? failure(job, failed) : null;
        // recorded at once: a crash after this line never sends it again
        if (outcome) {
          await this.repo.markFailed(this.id, [outcome]);
          count(outcome);
        } else result.sent += await this.repo.markSent(this.id, [job.id], this.clock.now().toJSDate());
      });
    }

    result.sent += await this.repo.deliverInApp(this.id, inApp, this.clock.now().toJSDate());
    await this.repo.markFailed(this.id, failures);
    failures.forEach(count);
    const started = await runLimited(external, this.config.NOTIFY_SEND_CONCURRENCY, signal);
    if (started < external.length) {
      const unsent = jobs.filter((j) => j.channel !== 'IN_APP');
      result.released = await this.repo.release(this.id, unsent.map((j) => j.id));
    }
  }

  /** Runs batches until none is due (or `signal` aborts, or `maxBatches`); returns the totals. */
  async drain(filter: ClaimFilter = {}, maxBatches = Number.POSITIVE_INFINITY, signal?: AbortSignal): Promise<BatchResult> {
    const total = empty();
    for (let i = 0; i < maxBatches && !signal?.aborted; i++) {
      const r = await this.runOnce(filter, signal);
      if (!r.claimed) break;
      for (const k of Object.keys(total) as Array<keyof BatchResult>) total[k] += r[k];
    }
    return total;
  }

  /** When leases held by other workers run out (the earliest), if any: a dead worker's batch is taken over then. */
  nextLeaseExpiry(filter: ClaimFilter = {}): Promise<Date | null> {
    return this.repo.nextLeaseExpiry(this.clock.now().toJSDate(), filter);
  }
}

/** Runs `tasks` `limit` at a time; once `signal` aborts, starts no more. Returns how many were started. */
async function runLimited(tasks: Array<() => Promise<void>>, limit: number, signal?: AbortSignal): Promise<number> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, tasks.length) }, async () => {
    while (next < tasks.length && !signal?.aborted) await tasks[next++]();
  });
  await Promise.all(lanes);
  return next;
}
