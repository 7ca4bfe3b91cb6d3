import { DateTime } from 'luxon';

/** ISO week of a calendar date, e.g. 2026-W23 (the digest's once-per-week key). */
export function isoWeekOf(date: string): string {
  return DateTime.fromISO(date, { zone: 'utc' }).toFormat("kkkk-'W'WW");
}

/** ISO weekday of a calendar date (1 = Monday … 7 = Sunday). */
export function isoWeekdayOf(date: string): number {
  return DateTime.fromISO(date, { zone: 'utc' }).weekday;
}

export function minusDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'utc' }).minus({ days }).toISODate() as string;
}
