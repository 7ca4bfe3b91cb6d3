import { DateTime } from 'luxon';

/** Source of "now"; injected so tests can fix today. */
export abstract class Clock {
  abstract now(): DateTime;
  /** Today's calendar date (yyyy-MM-dd) in the given IANA zone. */
  today(zone: string): string {
    return this.now().setZone(zone).toISODate() as string;
  }
}

export class SystemClock extends Clock {
  now(): DateTime {
    return DateTime.utc();
  }
}

/** A clock stopped at one instant (tests, benchmarks, backfills). */
export class FixedClock extends Clock {
  constructor(private instant: DateTime) {
    super();
  }
  now(): DateTime {
    return this.instant;
  }
  set(instant: DateTime): void {
    this.instant = instant;
  }
}
