import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobsService } from '@app/jobs';
import { OrgCalendar } from '@app/shared';
import { IncentivesService } from './incentives.service';

export const INCENTIVE_LAPSES_QUEUE = 'incentives-lapses';

/**
 * Lapses come with time, not with an event: a job on an hourly cron schedule (fired once across
 * every process running jobs, and once at start) runs the idempotent evaluation once per day: it
 * suspends SUSPEND-rule pay steps whose certification lapsed and reinstates renewed ones. A failure
 * is retried with backoff, then dead-lettered.
 */
@Injectable()
export class LapseScheduler implements OnModuleInit {
  private doneDay: string | null = null;

  constructor(
    private readonly incentives: IncentivesService,
    private readonly jobs: JobsService,
    private readonly calendar: OrgCalendar,
  ) {}

  onModuleInit(): void {
    this.jobs.define({ name: INCENTIVE_LAPSES_QUEUE, cron: '17 * * * *', runAtStart: true, retryDelaySeconds: 300, handler: () => this.tick() });
  }

  /** Evaluates once per day; returns what changed (null when today was already done). */
  async tick(): Promise<{ created: number; suspended: number; reinstated: number } | null> {
    const day = this.calendar.today();
    if (this.doneDay === day) return null;
    const result = await this.incentives.evaluate(null);
    this.doneDay = day;
    return result;
  }
}
