import { DateTime } from 'luxon';
import { daysBetween, formatDate, parseDate } from './duration';
import type { CertificationRecordDates, CertificationStatus, CycleDates } from './types';

/**
 * Status on a calendar date `d` (org zone), using only the stored columns. Exact SQL mirror
 * (DATE columns, :d is the org-zone date, e.g. (now() AT TIME ZONE :org_zone)::date):
 *
 *   CASE
 *     WHEN revoked THEN 'REVOKED'
 *     WHEN superseded THEN 'SUPERSEDED'
 *     WHEN COALESCE(extended_until, expires_on) IS NULL THEN 'ACTIVE'
 *     WHEN :d > COALESCE(grace_ends_on, extended_until, expires_on) THEN 'EXPIRED'
 *     WHEN :d > COALESCE(extended_until, expires_on) THEN 'IN_GRACE'
 *     WHEN window_opens_on IS NOT NULL AND :d >= window_opens_on THEN 'RENEWAL_DUE'
 *     ELSE 'ACTIVE'
 *   END
 *
 * Equivalently: ACTIVE while d < windowOpensOn; RENEWAL_DUE for windowOpensOn <= d <= deadline;
 * IN_GRACE for deadline < d <= graceEndsOn; EXPIRED for d > graceEndsOn.
 */
export function statusOn(record: CertificationRecordDates, onDate: string): CertificationStatus {
  parseDate(onDate);
  if (record.revoked) return 'REVOKED';
  if (record.superseded) return 'SUPERSEDED';
  const deadline = effectiveDeadline(record);
  if (deadline === null) return 'ACTIVE';
  if (onDate > (record.graceEndsOn ?? deadline)) return 'EXPIRED';
  if (onDate > deadline) return 'IN_GRACE';
  if (record.windowOpensOn !== null && onDate >= record.windowOpensOn) return 'RENEWAL_DUE';
  return 'ACTIVE';
}

/** Last valid day of this cycle: extendedUntil if extended, else expiresOn; null if it never expires. */
export function effectiveDeadline(record: Pick<CycleDates, 'expiresOn'> & { extendedUntil?: string | null }): string | null {
  return record.extendedUntil ?? record.expiresOn;
}

/** Days from `onDate` to the effective deadline: 0 on the last valid day, negative after it, null if it never expires. */
export function daysLeft(record: Pick<CycleDates, 'expiresOn'> & { extendedUntil?: string | null }, onDate: string): number | null {
  const deadline = effectiveDeadline(record);
  return deadline === null ? null : daysBetween(onDate, deadline);
}

/** Calendar date ('yyyy-MM-dd') of an instant in the org time zone (IANA name, e.g. 'Europe/Berlin'). */
export function orgDate(instant: Date | DateTime, timeZone: string): string {
  const dateTime = instant instanceof Date ? DateTime.fromJSDate(instant) : instant;
  const local = dateTime.setZone(timeZone);
  if (!local.isValid) throw new RangeError(`Cannot convert instant to time zone '${timeZone}': ${local.invalidExplanation ?? local.invalidReason}`);
  return formatDate(local);
}

/** Status at an instant: the instant is converted to the org-zone calendar date first. */
export function statusAt(record: CertificationRecordDates, instant: Date | DateTime, timeZone: string): CertificationStatus {
  return statusOn(record, orgDate(instant, timeZone));
}
