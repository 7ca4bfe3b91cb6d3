import { DateTime, DurationLikeObject } from 'luxon';
import type { PeriodSpec } from './types';

/**
 * Calendar-date helpers. A date is an ISO 'yyyy-MM-dd' string; arithmetic runs on UTC midnights so that
 * no DST gap or overlap can shift a day. Luxon clamps month arithmetic at month ends
 * (2023-01-31 + 1 month = 2023-02-28, 2024-02-29 + 1 year = 2025-02-28).
 * ISO date strings compare correctly as plain strings, which the rules rely on.
 */

const ISO_DATE = 'yyyy-MM-dd';
const ISO_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

const UNIT_KEY = { DAYS: 'days', MONTHS: 'months', YEARS: 'years' } as const;

export function parseDate(value: string): DateTime {
  const date = ISO_DATE_SHAPE.test(value) ? DateTime.fromFormat(value, ISO_DATE, { zone: 'utc' }) : null;
  if (!date?.isValid) throw new RangeError(`Invalid calendar date '${value}', expected yyyy-MM-dd`);
  return date;
}

export function formatDate(date: DateTime): string {
  return date.toFormat(ISO_DATE);
}

/** `period` scaled by `times` (negative to go back), as a luxon duration object. */
export function scaled(period: PeriodSpec, times = 1): DurationLikeObject {
  return { [UNIT_KEY[period.unit]]: period.amount * times };
}

export function addPeriod(date: string, period: PeriodSpec, times = 1): string {
  return formatDate(parseDate(date).plus(scaled(period, times)));
}

export function addDays(date: string, days: number): string {
  return formatDate(parseDate(date).plus({ days }));
}

export function daysBetween(from: string, to: string): number {
  return Math.round(parseDate(to).diff(parseDate(from), 'days').days);
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

/** Average length in days; only used to compare periods of different units in validatePolicy. */
export function approxDays(period: PeriodSpec): number {
  const perUnit = { DAYS: 1, MONTHS: 365.25 / 12, YEARS: 365.25 }[period.unit];
  return period.amount * perUnit;
}

export function unitKey(period: PeriodSpec): 'days' | 'months' | 'years' {
  return UNIT_KEY[period.unit];
}
