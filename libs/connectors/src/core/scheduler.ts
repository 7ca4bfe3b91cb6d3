import { Injectable, OnModuleInit } from '@nestjs/common';
import { CronExpressionParser } from 'cron-parser';
import { TransactionHost } from '@app/persistence';
import { JobsService } from '@app/jobs';
import { ConnectorRepository } from './connector.repository';
import { SyncRunner } from './sync-runner';
import { Connector } from './entities/connector.entity';

/** The latest fire time of `schedule` at or before `now`. */
export function lastFireTime(schedule: string, now: Date): Date {
  return CronExpressionParser.parse(schedule, { currentDate: new Date(now.getTime() + 1000) }).prev().toDate();
}

export const CONNECTOR_SCHEDULE_QUEUE = 'connectors-schedule';
export const CONNECTOR_SYNC_QUEUE = 'connectors-sync';

/**
 * Connector schedules as jobs: a cron job every minute (fired once across every process running
 * jobs) finds the enabled connectors whose cron expression fired since their last run and queues
 * one `connectors-sync` job each; any worker takes it, re-checks it is still due, and runs the sync
 * (retried with backoff, then dead-lettered).
 */
@Injectable()
export class ConnectorScheduler implements OnModuleInit {
  constructor(
    private readonly repo: ConnectorRepository,
    private readonly runner: SyncRunner,
    private readonly tx: TransactionHost,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.define({ name: CONNECTOR_SCHEDULE_QUEUE, cron: '* * * * *', retryLimit: 0, handler: async () => this.enqueueDue(new Date()) });
    this.jobs.define<{ connectorId: string; due: string }>({
      name: CONNECTOR_SYNC_QUEUE,
      retryLimit: 2,
      retryDelaySeconds: 60,
      expireInSeconds: 6 * 3600,
      handler: async ({ connectorId, due }) => this.runIfDue(connectorId, new Date(due)),
    });
  }

  /** Queues a sync of every due connector (one per connector and minute); returns their ids. */
  async enqueueDue(now: Date): Promise<string[]> {
    const due = await this.dueConnectors(now);
    for (const id of due) await this.jobs.send(CONNECTOR_SYNC_QUEUE, { connectorId: id, due: now.toISOString() }, { singletonKey: id, singletonSeconds: 60 });
    return due;
  }

  /** Runs the connector's sync unless a run started since it fell due (a job queued twice runs once). */
  async runIfDue(connectorId: string, now: Date): Promise<boolean> {
    const connector = (await this.repo.scheduled()).find((c) => c.id === connectorId);
    if (!connector || !(await this.isDue(connector, now))) return false;
    await this.runner.run(connectorId);
    return true;
  }

  private async dueConnectors(now: Date): Promise<string[]> {
    const due: string[] = [];
    for (const connector of await this.repo.scheduled()) if (await this.isDue(connector, now)) due.push(connector.id);
    return due;
  }

  private async isDue(connector: Connector, now: Date): Promise<boolean> {
    let fired: Date;
    try {
      fired = lastFireTime(connector.schedule as string, now);
    } catch {
      return false;
    }
    const [last] = await this.tx.query<{ started_at: Date }>(`SELECT max(started_at) AS started_at FROM sync_run WHERE connector_id = $1 AND NOT dry_run`, [connector.id]);
    return !last?.started_at || new Date(last.started_at) < fired;
  }
}
