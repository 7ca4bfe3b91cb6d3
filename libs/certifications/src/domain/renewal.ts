/**
 * Renewal rules for certifications: pure functions over calendar dates, no I/O.
 *
 * CONVENTIONS
 * - Dates are calendar dates, ISO 'yyyy-MM-dd', in the organization's time zone. An instant (JS Date or
 *   luxon DateTime) is first turned into the org-zone calendar date with orgDate(); after that no time zone
 *   is involved, so DST switches cannot move a deadline.
 * - `expiresOn` is the LAST day the record is valid (valid through the end of that day in the org zone).
 *   IN_GRACE / EXPIRED begin the next day. "completion + validity" is that last day:
 *   completed 2024-03-15, 1 YEARS -> expiresOn 2025-03-15, IN_GRACE (or EXPIRED) from 2025-03-16.
 *   Chained renewals (FROM_EXPIRY) therefore neither overlap nor leave a gap.
 * - Month/year arithmetic clamps at month ends (2023-01-31 + 1 MONTHS = 2023-02-28; 2024-02-29 + 1 YEARS = 2025-02-28).
 * - windowOpensOn = expiresOn - renewalWindow: the first RENEWAL_DUE day. RENEWAL_DUE lasts through the
 *   effective deadline (inclusive).
 * - graceEndsOn = effective deadline + gracePeriodDays: the last IN_GRACE day (grace 0: no IN_GRACE at all).
 *
 * EXTENSIONS (granted by a manager or HR)
 * - `extendedUntil` becomes the effective deadline of THIS cycle; `expiresOn` is never changed.
 * - The renewal window stays relative to the original expiresOn (it does not move), and RENEWAL_DUE lasts until
 *   the extended deadline. Grace counts from the extended deadline.
 * - A FROM_EXPIRY renewal completed between windowOpensOn and the extended deadline extends from the ORIGINAL
 *   expiresOn: the extension is a reprieve, not extra validity for the next cycle.
 *
 * EXPIRY BASES
 * - FROM_COMPLETION: expiresOn = completedOn + validity.
 * - FROM_EXPIRY: previous.expiresOn + validity when completed inside the previous window
 *   (windowOpensOn <= completedOn <= effective deadline); otherwise (first certification, before the window,
 *   after the deadline incl. grace) completedOn + validity.
 * - FIXED_CYCLE: expiresOn = the first anchor date A with A > completedOn and A >= completedOn + minimumActivePeriod.
 *   Anchors are anchor(year ?? 2000, month, day) + k * validity; the anchor day is the last valid day
 *   (use 12-31 for certificates that lapse at year end). The previous record is ignored.
 *
 * STATUS: statusOn() in renewal-status.ts compares a date with the stored columns only; its SQL CASE mirror is there.
 */
import { DateTime } from 'luxon';
import { addDays, addPeriod, formatDate, maxDate, parseDate, scaled, unitKey } from './duration';
import { assertValidPolicy } from './policy';
import type { CycleDates, ExtendedCycleDates, PeriodSpec, PreviousCycle, RenewalPolicy } from './types';

const NEVER: CycleDates = { expiresOn: null, windowOpensOn: null, graceEndsOn: null };

function datesFor(policy: RenewalPolicy, expiresOn: string): CycleDates {
  return {
    expiresOn,
    windowOpensOn: policy.renewalWindow ? addPeriod(expiresOn, policy.renewalWindow, -1) : null,
    graceEndsOn: addDays(expiresOn, policy.gracePeriodDays),
  };
}

function fromExpiry(policy: RenewalPolicy, validity: PeriodSpec, completedOn: string, previous: PreviousCycle | null): string {
  const own = addPeriod(completedOn, validity);
  const prevExpiry = previous?.expiresOn ?? null;
  if (prevExpiry === null || !policy.renewalWindow) return own;
  const opensOn = addPeriod(prevExpiry, policy.renewalWindow, -1);
  const deadline = previous?.extendedUntil ?? prevExpiry;
  if (completedOn < opensOn || completedOn > deadline) return own;
  const chained = addPeriod(prevExpiry, validity);
  // Only an extension longer than the validity could put `chained` in the past; then count from completion.
  return chained > completedOn ? chained : own;
}

function fixedCycleExpiry(policy: RenewalPolicy, cycle: PeriodSpec, completedOn: string): string {
  const anchor = policy.fixedCycleAnchor!; // guaranteed by validatePolicy
  const minimum = policy.minimumActivePeriod;
  const notBefore = parseDate(maxDate(addDays(completedOn, 1), minimum ? addPeriod(completedOn, minimum) : completedOn));
  const epoch = DateTime.utc(anchor.year ?? 2000, anchor.month, anchor.day);
  // Each anchor is computed from the epoch (never chained), so month-end clamping cannot drift.
  const anchorAt = (k: number): DateTime => epoch.plus(scaled(cycle, k));
  let k = Math.floor(notBefore.diff(epoch, unitKey(cycle)).get(unitKey(cycle)) / cycle.amount);
  while (anchorAt(k) >= notBefore) k--;
  while (anchorAt(k) < notBefore) k++;
  return formatDate(anchorAt(k));
}

/** Dates of a new record completed on `completedOn`; `previous` is the record it renews (if any). */
export function computeCycle(policy: RenewalPolicy, completedOn: string, previous?: PreviousCycle | null): CycleDates {
  assertValidPolicy(policy);
  parseDate(completedOn);
  const validity = policy.validity;
  if (!validity) return NEVER;
  switch (policy.expiryBase) {
    case 'FROM_COMPLETION':
      return datesFor(policy, addPeriod(completedOn, validity));
    case 'FROM_EXPIRY':
      return datesFor(policy, fromExpiry(policy, validity, completedOn, previous ?? null));
    case 'FIXED_CYCLE':
      return datesFor(policy, fixedCycleExpiry(policy, validity, completedOn));
  }
}

/**
 * Dates after an extension: expiresOn and windowOpensOn stay, the effective deadline becomes `extendedUntil`
 * and graceEndsOn moves with it. Re-extending replaces the previous extension.
 */
export function applyExtension(policy: RenewalPolicy, cycle: CycleDates, extendedUntil: string): ExtendedCycleDates {
  assertValidPolicy(policy);
  parseDate(extendedUntil);
  if (cycle.expiresOn === null) throw new RangeError('A certification that never expires cannot be extended');
  if (extendedUntil <= cycle.expiresOn) {
    throw new RangeError(`extendedUntil ${extendedUntil} must be after expiresOn ${cycle.expiresOn}`);
  }
  return { ...cycle, graceEndsOn: addDays(extendedUntil, policy.gracePeriodDays), extendedUntil };
}
