import { DateTime } from 'luxon';
import { approxDays } from './duration';
import type { PeriodSpec, PolicyError, RenewalPolicy } from './types';

const UNITS = ['DAYS', 'MONTHS', 'YEARS'];
const BASES = ['FROM_COMPLETION', 'FROM_EXPIRY', 'FIXED_CYCLE'];

const isWhole = (n: unknown, min: number): boolean => typeof n === 'number' && Number.isInteger(n) && n >= min;

function checkPeriod(field: string, period: PeriodSpec, minAmount: number, units: string[]): PolicyError[] {
  const errors: PolicyError[] = [];
  if (!isWhole(period.amount, minAmount)) errors.push({ field: `${field}.amount`, message: `must be a whole number >= ${minAmount}` });
  if (!units.includes(period.unit)) errors.push({ field: `${field}.unit`, message: `must be one of ${units.join(', ')}` });
  return errors;
}

function checkAnchor(policy: RenewalPolicy): PolicyError[] {
  const anchor = policy.fixedCycleAnchor;
  if (!anchor) return [{ field: 'fixedCycleAnchor', message: 'FIXED_CYCLE needs a calendar anchor (month and day)' }];
  if (!isWhole(anchor.month, 1) || anchor.month > 12) return [{ field: 'fixedCycleAnchor.month', message: 'must be 1..12' }];
  if (anchor.month === 2 && anchor.day === 29) {
    return [{ field: 'fixedCycleAnchor.day', message: '29 February does not occur every year; use 28 February or 1 March' }];
  }
  // 2001 is not a leap year: the anchor must exist in every year.
  if (!isWhole(anchor.day, 1) || !DateTime.utc(2001, anchor.month, anchor.day).isValid) {
    return [{ field: 'fixedCycleAnchor.day', message: `day ${anchor.day} does not exist in month ${anchor.month}` }];
  }
  if (anchor.year !== undefined && !isWhole(anchor.year, 1)) return [{ field: 'fixedCycleAnchor.year', message: 'must be a year' }];
  return [];
}

/** Every problem of a policy; an empty list means computeCycle can use it. */
export function validatePolicy(policy: RenewalPolicy): PolicyError[] {
  const { validity, renewalWindow, expiryBase } = policy;
  const errors: PolicyError[] = [];
  if (!BASES.includes(expiryBase)) errors.push({ field: 'expiryBase', message: `must be one of ${BASES.join(', ')}` });
  const validityErrors = validity ? checkPeriod('validity', validity, 1, UNITS) : [];
  errors.push(...validityErrors);
  if (!isWhole(policy.gracePeriodDays, 0)) errors.push({ field: 'gracePeriodDays', message: 'must be a whole number >= 0' });

  if (renewalWindow) {
    errors.push(...checkPeriod('renewalWindow', renewalWindow, 1, ['DAYS', 'MONTHS']));
    if (!validity) errors.push({ field: 'renewalWindow', message: 'a certification that never expires has no renewal window' });
    else if (validityErrors.length === 0 && approxDays(renewalWindow) >= approxDays(validity)) {
      errors.push({ field: 'renewalWindow', message: 'must be shorter than the validity period' });
    }
  }

  if (expiryBase === 'FROM_EXPIRY' && validity && !renewalWindow) {
    errors.push({ field: 'renewalWindow', message: 'FROM_EXPIRY needs a renewal window (renewals inside it extend from the previous expiry)' });
  }

  if (expiryBase === 'FIXED_CYCLE') {
    if (!validity) errors.push({ field: 'validity', message: 'FIXED_CYCLE needs a cycle length' });
    errors.push(...checkAnchor(policy));
    if (policy.minimumActivePeriod) errors.push(...checkPeriod('minimumActivePeriod', policy.minimumActivePeriod, 0, UNITS));
  } else {
    if (policy.fixedCycleAnchor) errors.push({ field: 'fixedCycleAnchor', message: 'only used by FIXED_CYCLE' });
    if (policy.minimumActivePeriod) errors.push({ field: 'minimumActivePeriod', message: 'only used by FIXED_CYCLE' });
  }
  return errors;
}

export function assertValidPolicy(policy: RenewalPolicy): void {
  const errors = validatePolicy(policy);
  if (errors.length > 0) {
    throw new RangeError(`Invalid renewal policy: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`);
  }
}
