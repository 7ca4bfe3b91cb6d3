import { DateTime } from 'luxon';
import { approxDays } from './duration';
import type { PeriodSpec, PolicyError, RenewalPolicy } from './types';

const UNITS = ['DAYS', 'MONTHS', 'YEARS'];
const BASES = ['FROM_COMPLETION', 'FROM_EXPIRY', 'FIXED_CYCLE'];

const isWhole = (n: unknown, min: number): boolean => typeof n === 'number' && Number.isInteger(n) && n >= min;

/** How each period reads in a sentence. */
const PERIOD_LABEL: Record<string, string> = { validity: 'The validity period', renewalWindow: 'The renewal window', minimumActivePeriod: 'The minimum active period' };
const UNIT_WORDS: Record<string, string> = { DAYS: 'days', MONTHS: 'months', YEARS: 'years' };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const orList = (words: string[]): string => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`);

function checkPeriod(field: string, period: PeriodSpec, minAmount: number, units: string[]): PolicyError[] {
  const label = PERIOD_LABEL[field] ?? field;
  const errors: PolicyError[] = [];
  if (!isWhole(period.amount, minAmount)) {
    errors.push({ field: `${field}.amount`, message: `${label} must be a whole number of ${minAmount === 0 ? 'zero or more' : `at least ${minAmount}`}.` });
  }
  if (!units.includes(period.unit)) errors.push({ field: `${field}.unit`, message: `${label} is counted in ${orList(units.map((u) => UNIT_WORDS[u]))}.` });
  return errors;
}

function checkAnchor(policy: RenewalPolicy): PolicyError[] {
  const anchor = policy.fixedCycleAnchor;
  if (!anchor) return [{ field: 'fixedCycleAnchor', message: 'A fixed cycle needs the calendar day every cycle ends on: give both a month and a day.' }];
  if (!isWhole(anchor.month, 1) || anchor.month > 12) return [{ field: 'fixedCycleAnchor.month', message: 'The anchor month must be a month number from 1 (January) to 12 (December).' }];
  if (anchor.month === 2 && anchor.day === 29) {
    return [{ field: 'fixedCycleAnchor.day', message: '29 February does not occur every year: use 28 February or 1 March instead.' }];
  }
  // 2001 is not a leap year: the anchor must exist in every year.
  if (!isWhole(anchor.day, 1) || !DateTime.utc(2001, anchor.month, anchor.day).isValid) {
    return [{ field: 'fixedCycleAnchor.day', message: `${MONTHS[anchor.month - 1]} has no day ${anchor.day}.` }];
  }
  if (anchor.year !== undefined && !isWhole(anchor.year, 1)) return [{ field: 'fixedCycleAnchor.year', message: 'The anchor year must be a year, such as 2024.' }];
  return [];
}

/** Every problem of a policy; an empty list means computeCycle can use it. */
export function validatePolicy(policy: RenewalPolicy): PolicyError[] {
  const { validity, renewalWindow, expiryBase } = policy;
  const errors: PolicyError[] = [];
  if (!BASES.includes(expiryBase)) errors.push({ field: 'expiryBase', message: 'Choose what the expiry counts from: the completion date, the previous expiry, or a fixed cycle.' });
  const validityErrors = validity ? checkPeriod('validity', validity, 1, UNITS) : [];
  errors.push(...validityErrors);
  if (!isWhole(policy.gracePeriodDays, 0)) errors.push({ field: 'gracePeriodDays', message: 'The grace period must be a whole number of days, zero or more.' });

  if (renewalWindow) {
    errors.push(...checkPeriod('renewalWindow', renewalWindow, 1, ['DAYS', 'MONTHS']));
    if (!validity) errors.push({ field: 'renewalWindow', message: 'A certification that never expires has no renewal window: set a validity period or remove the window.' });
    else if (validityErrors.length === 0 && approxDays(renewalWindow) >= approxDays(validity)) {
      errors.push({ field: 'renewalWindow', message: 'The renewal window must be shorter than the validity period.' });
    }
  }

  if (expiryBase === 'FROM_EXPIRY' && validity && !renewalWindow) {
    errors.push({ field: 'renewalWindow', message: 'Counting from the previous expiry needs a renewal window: renewals inside it extend from the previous expiry date.' });
  }

  if (expiryBase === 'FIXED_CYCLE') {
    if (!validity) errors.push({ field: 'validity', message: 'A fixed cycle needs a cycle length: set the validity period.' });
    errors.push(...checkAnchor(policy));
    if (policy.minimumActivePeriod) errors.push(...checkPeriod('minimumActivePeriod', policy.minimumActivePeriod, 0, UNITS));
  } else {
    if (policy.fixedCycleAnchor) errors.push({ field: 'fixedCycleAnchor', message: 'A calendar anchor only applies to a fixed cycle: remove it or choose a fixed cycle.' });
    if (policy.minimumActivePeriod) errors.push({ field: 'minimumActivePeriod', message: 'A minimum active period only applies to a fixed cycle: remove it or choose a fixed cycle.' });
  }
  return errors;
}

export function assertValidPolicy(policy: RenewalPolicy): void {
  const errors = validatePolicy(policy);
  if (errors.length > 0) {
    throw new RangeError(`Invalid renewal policy: ${errors.map((e) => `${e.field}: ${e.message}`).join(' ')}`);
  }
}
