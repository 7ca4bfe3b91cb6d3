import { badInput } from '@app/shared';
import { validatePolicy } from './domain';
import type { DurationUnit, PeriodSpec, RenewalPolicy } from './domain';
import type { Certification } from './entities/certification.entity';

/** The policy columns of a certification (entity or merged input). */
export type PolicyColumns = Pick<
  Certification,
  'validityAmount' | 'validityUnit' | 'renewalWindowAmount' | 'renewalWindowUnit' | 'gracePeriodDays' | 'expiryBase' | 'anchorMonth' | 'anchorDay' | 'minActiveAmount' | 'minActiveUnit'
>;

const period = (amount: number | null, unit: DurationUnit | null): PeriodSpec | null => (amount === null || unit === null ? null : { amount, unit });

/** The domain policy of a certification's columns. */
export function policyOf(c: PolicyColumns): RenewalPolicy {
  return {
    validity: period(c.validityAmount, c.validityUnit),
    renewalWindow: period(c.renewalWindowAmount, c.renewalWindowUnit),
    gracePeriodDays: c.gracePeriodDays,
    expiryBase: c.expiryBase,
    fixedCycleAnchor: c.anchorMonth === null && c.anchorDay === null ? null : { month: c.anchorMonth as number, day: c.anchorDay as number },
    minimumActivePeriod: period(c.minActiveAmount, c.minActiveUnit),
  };
}

/** Domain field paths -> the GraphQL input field a client should fix. */
const INPUT_FIELD: Record<string, string> = {
  validity: 'validityAmount',
  'validity.amount': 'validityAmount',
  'validity.unit': 'validityUnit',
  renewalWindow: 'renewalWindowAmount',
  'renewalWindow.amount': 'renewalWindowAmount',
  'renewalWindow.unit': 'renewalWindowUnit',
  gracePeriodDays: 'gracePeriodDays',
  expiryBase: 'expiryBase',
  fixedCycleAnchor: 'anchorMonth',
  'fixedCycleAnchor.month': 'anchorMonth',
  'fixedCycleAnchor.day': 'anchorDay',
  'fixedCycleAnchor.year': 'anchorMonth',
  minimumActivePeriod: 'minActiveAmount',
  'minimumActivePeriod.amount': 'minActiveAmount',
  'minimumActivePeriod.unit': 'minActiveUnit',
};

/** Pairs of columns that are set together, and how the pair reads in a sentence. */
const PAIRS: Array<[keyof PolicyColumns, keyof PolicyColumns, string]> = [
  ['validityAmount', 'validityUnit', 'The validity period needs both a number and a unit (days, months or years), or neither for a certification that never expires.'],
  ['renewalWindowAmount', 'renewalWindowUnit', 'The renewal window needs both a number and a unit (days or months), or neither.'],
  ['minActiveAmount', 'minActiveUnit', 'The minimum active period needs both a number and a unit, or neither.'],
  ['anchorMonth', 'anchorDay', 'The calendar anchor needs both a month and a day, or neither.'],
];

/** The first problem of a policy, as a sentence and the input field a client should fix; null when usable. */
export function policyInputProblem(c: PolicyColumns): { field: string; message: string } | null {
  for (const [a, b, message] of PAIRS) {
    if ((c[a] === null) !== (c[b] === null)) return { field: c[a] === null ? a : b, message };
  }
  const [first] = validatePolicy(policyOf(c));
  return first ? { field: INPUT_FIELD[first.field] ?? first.field, message: first.message } : null;
}

/** Throws BAD_USER_INPUT naming the input field of the first problem of the policy. */
export function assertPolicyInput(c: PolicyColumns): void {
  const problem = policyInputProblem(c);
  if (problem) throw badInput(problem.field, problem.message);
}
