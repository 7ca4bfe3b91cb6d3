import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { JobsService } from '@app/jobs';
import { OrgCalendar } from '@app/shared';
import { SnapshotsService } from './snapshots.service';

export const MONTHLY_SNAPSHOTS_QUEUE = 'snapshots-monthly';

/**
 * Saves the month's snapshots as a job: a cron schedule every hour (fired once across every process
 * running jobs, and once at start), running the idempotent `saveMonthly` until this process has seen
 * the current month saved. A failure is retried with backoff, then dead-lettered.
 */
@Injectable()
export class MonthlySnapshotScheduler implements OnModuleInit {
  private readonly logger = new Logger('MonthlySnapshotScheduler');
  private doneMonth: string | null = null;

  constructor(
    private readonly service: SnapshotsService,
    private readonly jobs: JobsService,
    private readonly calendar: OrgCalendar,
  ) {}

  onModuleInit(): void {
    this.jobs.define({ name: MONTHLY_SNAPSHOTS_QUEUE, cron: '7 * * * *', runAtStart: true, retryDelaySeconds: 300, handler: () => this.tick() });
  }

  /** One pass: saves the current month unless already done here. Returns how many snapshots were new. */
  async tick(): Promise<number> {
    const month = this.calendar.today().slice(0, 7);
    if (this.doneMonth === month) return 0;
    const saved = await this.service.saveMonthly(null, month);
    this.doneMonth = month;
    if (saved) this.logger.log(`saved ${saved} monthly snapshots for ${month}`);
    return saved;
  }
}
