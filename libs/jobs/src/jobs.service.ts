import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { backgroundWorkEnabled, Metrics } from '@app/shared';
import { JobDefinition, SendOptions } from './job-definition';
import { JobRunner } from './job-runner';
import { loadJobsConfig } from './jobs-config';

/** Set (to true) by the worker process: run jobs whatever WORKERS_IN_API says. */
export const FORCE_JOBS = Symbol('FORCE_JOBS');

/**
 * The app's job system. Libs define their queues and schedules in `onModuleInit`; after every
 * module is initialised, jobs start here when this process runs background work (WORKERS_IN_API,
 * or the worker process). On shutdown they stop before the database pool closes.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  readonly runner: JobRunner;

  constructor(
    dataSource: DataSource,
    metrics: Metrics,
    @Optional() @Inject(FORCE_JOBS) private readonly force?: boolean,
  ) {
    const url = (dataSource.options as { url?: string }).url as string;
    this.runner = new JobRunner(url, loadJobsConfig(), this.logger);
    // GET /metrics: every job's duration and outcome, and the queues' depth at each scrape
    this.runner.onJob((e) => metrics.jobDuration(e.queue, e.durationMs / 1000, e.ok ? 'completed' : 'failed'));
    metrics.queueDepthFrom(async () => Object.entries(await this.runner.depth())
      .map(([queue, count]) => ({ queue: queue.replace(/-dead$/, ''), state: queue.endsWith('-dead') ? 'dead' : 'waiting', count })));
  }

  /** Whether this process runs background work. */
  get enabled(): boolean {
    return this.force === true || backgroundWorkEnabled();
  }

  define<T extends object>(definition: JobDefinition<T>): void {
    this.runner.define(definition);
  }

  send(queue: string, data?: object, options?: SendOptions): Promise<string | null> {
    return this.runner.send(queue, data, options);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.enabled) await this.runner.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }
}
