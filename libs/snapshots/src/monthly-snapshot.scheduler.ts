import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { backgroundWorkEnabled } from '@app/shared';
import { SnapshotsService } from './snapshots.service';

/** True when this process runs background work (one switch for every scheduler). */
export const snapshotSchedulerEnabled = (env: NodeJS.ProcessEnv = process.env) => backgroundWorkEnabled(env);

/**
 * Saves the month's snapshots once per month: ticks hourly and, until the current month has been
 * saved by this process, runs the idempotent `saveMonthly` (other replicas doing the same add nothing).
 */
@Injectable()
export class MonthlySnapshotScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('MonthlySnapshotScheduler');
  private timer: NodeJS.Timeout | null = null;
  private doneMonth: string | null = null;
  private running = false;
  tickMs = 3_600_000;

  constructor(private readonly service: SnapshotsService) {}

  onApplicationBootstrap(): void {
    if (snapshotSchedulerEnabled()) {
      this.timer = setInterval(() => void this.tick(), this.tickMs);
      setTimeout(() => void this.tick(), 5_000).unref();
    }
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** One pass: saves the current month unless already done here. Returns how many snapshots were new. */
  async tick(): Promise<number> {
    const month = this.service.today().slice(0, 7);
    if (this.running || this.doneMonth === month) return 0;
    this.running = true;
    try {
      const saved = await this.service.saveMonthly(null, month);
      this.doneMonth = month;
      return saved;
    } catch (e) {
      this.logger.warn(`Monthly snapshots for ${month} not saved: ${(e as Error).message}`);
      return 0;
    } finally {
      this.running = false;
    }
  }
}
