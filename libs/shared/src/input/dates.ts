import { DateTime } from 'luxon';
import { ValidateBy, ValidationOptions } from 'class-validator';

/** Dates Skillpath accepts: calendar years 1900 to 9999 (older or later is a typing mistake, and PostgreSQL and ISO 8601 text stop at 9999). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 9999;
const RANGE = `between ${MIN_YEAR}-01-01 and ${MAX_YEAR}-12-31`;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Why a calendar date (yyyy-MM-dd) is refused, or null when it is a real date in range. */
export function localDateProblem(value: unknown): string | null {
  if (typeof value !== 'string' || !LOCAL_DATE.test(value) || !DateTime.fromISO(value, { zone: 'utc' }).isValid) return 'must be a calendar date yyyy-MM-dd';
  const year = Number(value.slice(0, 4));
  return year < MIN_YEAR || year > MAX_YEAR ? `must be ${RANGE}` : null;
}

/**
 * An ISO 8601 date-time (an offset or Z; without one it is UTC) or date, as a Date; a string naming the problem
 * when it is not a real instant in range (2025-02-30T10:00:00Z is refused, not rolled into March).
 */
export function parseDateTime(value: unknown): Date | string {
  if (typeof value !== 'string' || value.length > 40) return 'must be an ISO 8601 date-time such as 2026-03-01T09:30:00Z';
  const parsed = DateTime.fromISO(value, { zone: 'utc', setZone: true });
  if (!parsed.isValid || !/^\d{4}-/.test(value)) return 'must be an ISO 8601 date-time such as 2026-03-01T09:30:00Z';
  const year = parsed.toUTC().year;
  return year < MIN_YEAR || year > MAX_YEAR ? `must be ${RANGE}` : parsed.toJSDate();
}

/** class-validator: a real calendar date yyyy-MM-dd within the supported years. */
export function IsLocalDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isLocalDate',
      validator: {
        validate: (value) => localDateProblem(value) === null,
        defaultMessage: (args) => `${args?.property} ${localDateProblem(args?.value)}`,
      },
    },
    options,
  );
}
