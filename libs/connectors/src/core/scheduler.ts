import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { CronExpressionParser } from 'cron-parser';
import { TransactionHost } from '@app/persistence';
import { backgroundWorkEnabled } from '@app/shared';
import { ConnectorRepository } from './connector.repository';
import { SyncRunner } from './sync-runner';
import { Connector } from './entities/connector.entity';

/** True when this process runs background work (WORKERS=1|true). API-only replicas leave schedules alone. */
export const schedulerEnabled = (env: NodeJS.ProcessEnv = process.env) => backgroundWorkEnabled(env);

/** The latest fire time of `schedule` at or before `now`. */
export function lastFireTime(schedule: string, now: Date): Date {
  return CronExpressionParser.parse(schedule, { currentDate: new Date(now.getTime() + 1000) }).prev().toDate();
}

/**
 * Runs each enabled connector when its cron expression has fired since its last run. Ticks every
 * `tickMs`; a run already going (here or elsewhere) is skipped thanks to the one-run-per-connector rule.
 */
@Injectable()
export class ConnectorScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ConnectorScheduler');
  private timer: NodeJS.Timeout | null = null;
  private ticking = false;
  tickMs = 30_000;

  constructor(
    private readonly repo: ConnectorRepository,
    private readonly runner: SyncRunner,
    private readonly tx: TransactionHost,
  ) {}

  onApplicationBootstrap(): void {
    if (schedulerEnabled()) this.timer = setInterval(() => void this.tick(new Date()), this.tickMs);
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** One pass: runs every due connector (sequentially). Returns the ids it ran. */
  async tick(now: Date): Promise<string[]> {
    if (this.ticking) return [];
    this.ticking = true;
    const ran: string[] = [];
    try {
      for (const connector of await this.repo.scheduled()) {
        if (!(await this.isDue(connector, now))) continue;
        try {
          await this.runner.run(connector.id);
          ran.push(connector.id);
        } catch (e) {
          this.logger.warn(`Scheduled sync of ${connector.name} not run: ${(e as Error).message}`);
        }
      }
    } finally {
      this.ticking = false;
    }
    return ran;
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
