import { createUnionType, Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { refusalUnion } from '@app/shared';
import { MetricAdjustmentType, PracticeBudgetType, PracticeExtensionType, PracticeSessionType } from './practice.types';

/**
 * Why a visible budget action was refused. (An employee or budget the viewer may not see is
 * NOT_FOUND instead, so nothing leaks; these are refusals on something the viewer can see.)
 */
export enum PracticeRefusalReason {
  OWN_BUDGET = 'OWN_BUDGET',
  OWN_PROPOSAL = 'OWN_PROPOSAL',
  NOT_APPROVER = 'NOT_APPROVER',
  NOT_MANAGER = 'NOT_MANAGER',
  NOT_YOUR_BUDGET = 'NOT_YOUR_BUDGET',
  NOT_APPROVED = 'NOT_APPROVED',
  ALREADY_DECIDED = 'ALREADY_DECIDED',
  TRAINING_STARTED = 'TRAINING_STARTED',
  PERIOD_ENDED = 'PERIOD_ENDED',
}
registerEnumType(PracticeRefusalReason, { name: 'PracticeRefusalReason' });

@ObjectType('PracticeActionRefused', { description: 'The action is not allowed for you on this budget (e.g. approving your own budget or your own proposal).' })
export class PracticeActionRefused {
  @Field() message: string;
  @Field(() => PracticeRefusalReason) reason: PracticeRefusalReason;

  static of(reason: PracticeRefusalReason, message: string): PracticeActionRefused {
    return Object.assign(new PracticeActionRefused(), { reason, message });
  }
}

@ObjectType('BudgetExceededError', { description: 'The session would go past the budget; ask for an extension.' })
export class BudgetExceededError {
  @Field() message: string;
  @Field(() => Float) remainingHours: number;
  @Field(() => Float) requestedHours: number;
}

const refusalOr = <T>(name: string, type: new () => T) => refusalUnion(name, type, PracticeActionRefused);

export const PracticeBudgetResult = refusalOr('PracticeBudgetResult', PracticeBudgetType);
export const PracticeExtensionResult = refusalOr('PracticeExtensionResult', PracticeExtensionType);
export const MetricAdjustmentResult = refusalOr('MetricAdjustmentResult', MetricAdjustmentType);

export const PracticeSessionResult = createUnionType({
  name: 'PracticeSessionResult',
  types: () => [PracticeSessionType, PracticeActionRefused, BudgetExceededError] as const,
  resolveType: (v: object) => (v instanceof PracticeActionRefused ? PracticeActionRefused : v instanceof BudgetExceededError ? BudgetExceededError : PracticeSessionType),
});
