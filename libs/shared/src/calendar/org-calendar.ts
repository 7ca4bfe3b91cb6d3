import { DateTime } from 'luxon';
import { AppConfig } from '../config/app-config';
import { Clock } from '../clock';

/**
 * The organization's calendar: "today" and "now" in its zone (ORG_TIME_ZONE), from the injected clock. Due dates,
 * statuses, "not in the future" checks and month ends all ask it, so one zone and one clock decide them everywhere
 * (a FixedClock in tests fixes them all at once).
 */
export class OrgCalendar {
  /** The organization's IANA zone (ORG_TIME_ZONE). */
  readonly zone: string;

  constructor(
    private readonly clock: Clock,
    config: Pick<AppConfig, 'ORG_TIME_ZONE'>,
  ) {
    this.zone = config.ORG_TIME_ZONE;
  }

  /** Today's calendar date (yyyy-MM-dd) in the organization's zone. */
  today(): string {
    return this.clock.today(this.zone);
  }

  /** Now, as a date-time in the organization's zone. */
  now(): DateTime {
    return this.clock.now().setZone(this.zone);
  }
}
