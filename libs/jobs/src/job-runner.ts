import { Client } from 'pg';
import PgBoss from 'pg-boss';
import { deadLetterQueue, JobContext, JobDefinition, JobEvent, JobListener, SendOptions } from './job-definition';
import type { JobsConfig } from './jobs-config';

export interface JobLog {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

const QUEUE_NAME = /^[a-z][a-z0-9-]{0,60}$/;

/**
 * The job system, framework-free: queues, cron schedules, retries with backoff and dead letters
 * on pg-boss, in its own schema. Definitions are collected first (`define`), then `start` creates
 * every queue and its dead-letter queue, registers the schedules and starts one worker per queue.
 * `stop` stops taking jobs, aborts the handlers' signal and waits up to the grace period.
 */
export class JobRunner {
  private readonly definitions = new Map<string, JobDefinition>();
  private readonly listeners: JobListener[] = [];
  private stopping = new AbortController();
  private boss: PgBoss | null = null;
  private readonly workerIds = new Map<string, string>();

  constructor(
    private readonly databaseUrl: string,
    private readonly config: JobsConfig,
    private readonly log: JobLog,
    private readonly bossOptions: PgBoss.ConstructorOptions = {},
  ) {}

  get started(): boolean {
    return this.boss !== null;
  }

  get signal(): AbortSignal {
    return this.stopping.signal;
  }

  get queues(): string[] {
    return [...this.definitions.keys()];
  }

  define<T extends object>(definition: JobDefinition<T>): void {
    if (!QUEUE_NAME.test(definition.name)) throw new Error(`Job queue name "${definition.name}": lowercase letters, digits and dashes`);
    if (this.definitions.has(definition.name)) throw new Error(`Job queue "${definition.name}" is defined twice`);
    if (this.boss) throw new Error(`Job queue "${definition.name}" defined after jobs started`);
    this.definitions.set(definition.name, definition as unknown as JobDefinition);
  }

  /** Called after every job (metrics, logs). */
  onJob(listener: JobListener): void {
    this.listeners.push(listener);
  }

  async start(): Promise<void> {
    if (this.boss) return;
    // a runner started again after stop() sends and runs jobs again (a stopped one's signal stays aborted)
    if (this.stopping.signal.aborted) this.stopping = new AbortController();
    const boss = new PgBoss({
      connectionString: this.databaseUrl,
      schema: this.config.JOBS_SCHEMA,
      max: this.config.JOBS_POOL_SIZE,
      application_name: 'skillpath-jobs',
      ...this.bossOptions,
    });
    boss.on('error', (e) => this.log.error(`job system: ${e instanceof Error ? e.message : String(e)}`));
    await boss.start();
    this.boss = boss;
    try {
      await this.createQueues(boss);
      for (const def of this.definitions.values()) await this.startQueue(boss, def);
    } catch (e) {
      await this.stop();
      throw e;
    }
    this.log.log(`jobs started: ${this.queues.join(', ')}`);
  }

  /** Stops taking jobs and waits up to JOBS_SHUTDOWN_GRACE_MS for running ones (handlers see `signal` aborted). */
  async stop(): Promise<void> {
    const boss = this.boss;
    if (!boss) return;
    this.stopping.abort();
    await boss.stop({ graceful: true, wait: true, timeout: this.config.JOBS_SHUTDOWN_GRACE_MS });
    this.boss = null;
  }

  async send(queue: string, data: object = {}, options: SendOptions = {}): Promise<string | null> {
    if (!this.boss || this.stopping.signal.aborted) return null;
    const id = await this.boss.send(queue, data, options);
    // this process's own worker of that queue takes it at once if idle (others find it at their next poll)
    const worker = this.workerIds.get(queue);
    if (id && worker && !options.startAfter) this.boss.notifyWorker(worker);
    return id;
  }

  /** Jobs waiting (created or retrying) per queue, dead letters included. */
  async depth(): Promise<Record<string, number>> {
    if (!this.boss) return {};
    const boss = this.boss;
    const names = [...this.queues].flatMap((name) => [name, deadLetterQueue(name)]);
    // one small count per queue, all at once (a scrape waited for them one after the other)
    const sizes = await Promise.all(names.map((name) => boss.getQueueSize(name)));
    return Object.fromEntries(names.map((name, i) => [name, sizes[i]]));
  }

  /**
   * Creates the missing queues (each a table of its own) and applies the definitions' options, one
   * process at a time: replicas booting together would otherwise deadlock on the DDL.
   */
  private async createQueues(boss: PgBoss): Promise<void> {
    const lock = new Client({ connectionString: this.databaseUrl, application_name: 'skillpath-jobs' });
    await lock.connect();
    try {
      await lock.query(`SELECT pg_advisory_lock(hashtext($1))`, [`${this.config.JOBS_SCHEMA}:queues`]);
      for (const def of this.definitions.values()) {
        const dead = deadLetterQueue(def.name);
        if (!(await boss.getQueue(dead))) await boss.createQueue(dead, { name: dead, policy: 'standard', retentionMinutes: 14 * 24 * 60 });
        const options = this.queueOptions(def);
        if (!(await boss.getQueue(def.name))) await boss.createQueue(def.name, options);
        else await boss.updateQueue(def.name, options);
      }
    } finally {
      await lock.end(); // ends the session, and its lock
    }
  }

  private queueOptions(def: JobDefinition): PgBoss.Queue {
    return {
      name: def.name,
      policy: 'standard',
      retryLimit: def.retryLimit ?? 3,
      retryDelay: def.retryDelaySeconds ?? 30,
      retryBackoff: true,
      expireInSeconds: def.expireInSeconds ?? 15 * 60,
      deadLetter: deadLetterQueue(def.name),
    };
  }

  private async startQueue(boss: PgBoss, def: JobDefinition): Promise<void> {
    if (def.cron) await boss.schedule(def.name, def.cron, {}, def.tz ? { tz: def.tz } : {});
    else await boss.unschedule(def.name);
    const worker = await boss.work(def.name, { batchSize: 1, pollingIntervalSeconds: this.config.JOBS_POLL_SECONDS }, async ([job]) => this.run(def, job as PgBoss.Job<object>));
    this.workerIds.set(def.name, worker);
    if (def.runAtStart) await boss.send(def.name, {}, { singletonKey: 'at-start', singletonSeconds: 60 });
  }

  private async run(def: JobDefinition, job: PgBoss.Job<object>): Promise<unknown> {
    const context: JobContext = { jobId: job.id, signal: this.stopping.signal, send: (queue, data, options) => this.send(queue, data, options) };
    const started = performance.now();
    const event: JobEvent = { queue: def.name, jobId: job.id, ok: true, durationMs: 0 };
    try {
      return await def.handler(job.data ?? {}, context);
    } catch (e) {
      event.ok = false;
      event.error = e instanceof Error ? e.message : String(e);
      this.log.warn(`job ${def.name} ${job.id} failed (retried with backoff, then dead-lettered): ${event.error}`);
      throw e;
    } finally {
      event.durationMs = performance.now() - started;
      for (const listener of this.listeners) listener(event);
    }
  }
}

/**
 * A runner's `define` and `send` without cron schedules or start-up runs, in the shape of JobsService:
 * for a process that only drains what it is sent (benchmarks, tests, targeted backfills).
 */
export function unscheduledJobs(runner: JobRunner) {
  return {
    define: <T extends object>(definition: JobDefinition<T>) => runner.define({ ...definition, cron: undefined, runAtStart: false }),
    send: (queue: string, data?: object, options?: SendOptions) => runner.send(queue, data, options),
  };
}
