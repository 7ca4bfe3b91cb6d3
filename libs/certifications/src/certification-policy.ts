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

const PAIRS: Array<[keyof PolicyColumns, keyof PolicyColumns]> = [
  ['validityAmount', 'validityUnit'],
  ['renewalWindowAmount', 'renewalWindowUnit'],
  ['minActiveAmount', 'minActiveUnit'],
  ['anchorMonth', 'anchorDay'],
];

/** Throws BAD_USER_INPUT naming the input field of the first problem of the policy. */
export function assertPolicyInput(c: PolicyColumns): void {
  for (const [a, b] of PAIRS) {
    if ((c[a] === null) !== (c[b] === null)) {
      const missing = c[a] === null ? a : b;
      throw badInput(missing, `${a} and ${b} go together: set both or neither`);
    }
  }
  const [first] = validatePolicy(policyOf(c));
  if (first) throw badInput(INPUT_FIELD[first.field] ?? first.field, `${INPUT_FIELD[first.field] ?? first.field} ${first.message}`);
}
