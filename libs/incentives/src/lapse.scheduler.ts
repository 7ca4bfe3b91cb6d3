import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { backgroundWorkEnabled } from '@app/shared';
import { IncentivesService } from './incentives.service';


/**
 * Lapses come with time, not with an event: once a day (hourly ticks, first run after boot) the
 * idempotent evaluation suspends SUSPEND-rule pay steps whose certification lapsed and reinstates
 * renewed ones. Runs where background work runs (backgroundWorkEnabled).
 */
@Injectable()
export class LapseScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('LapseScheduler');
  private timer: NodeJS.Timeout | null = null;
  private doneDay: string | null = null;

  constructor(private readonly incentives: IncentivesService) {}

  onApplicationBootstrap(): void {
    if (!backgroundWorkEnabled()) return;
    this.timer = setInterval(() => void this.tick(), 3_600_000);
    setTimeout(() => void this.tick(), 5_000).unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Evaluates once per day; returns what changed (null when today was already done). */
  async tick(): Promise<{ created: number; suspended: number; reinstated: number } | null> {
    const day = this.incentives.today();
    if (this.doneDay === day) return null;
    try {
      const result = await this.incentives.evaluate(null);
      this.doneDay = day;
      return result;
    } catch (e) {
      this.logger.warn(`Incentive evaluation for ${day} failed: ${(e as Error).message}`);
      return null;
    }
  }
}
