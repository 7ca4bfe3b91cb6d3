import { Field, Float, registerEnumType } from '@nestjs/graphql';
import { BusinessError, BusinessErrorCode as C, BusinessErrorType, resultUnion } from '@app/shared';
import { PRACTICE_REFUSAL_CODES } from '../../practice-failures';
import { MetricAdjustmentType, PracticeBudgetType, PracticeExtensionType, PracticeSessionType } from './practice.types';

/** The refusal codes under their former enum name (`PracticeActionRefused.reason`, kept for existing clients). */
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

@BusinessErrorType('PracticeActionRefused', PRACTICE_REFUSAL_CODES, {
  description: 'The action is not allowed for you on this budget (e.g. approving your own budget or your own proposal).',
})
export class PracticeActionRefused extends BusinessError {
  @Field(() => PracticeRefusalReason, { deprecationReason: 'Use errorCode.' })
  get reason(): PracticeRefusalReason {
    return PracticeRefusalReason[this.errorCode as keyof typeof PracticeRefusalReason];
  }
}

@BusinessErrorType('BudgetExceededError', [C.BUDGET_EXCEEDED], { description: 'The session would go past the budget; ask for an extension.' })
export class BudgetExceededError extends BusinessError {
  @Field(() => Float) remainingHours: number;
  @Field(() => Float) requestedHours: number;
}

export const PracticeBudgetResult = resultUnion('PracticeBudgetResult', PracticeBudgetType, PRACTICE_REFUSAL_CODES);
export const PracticeExtensionResult = resultUnion('PracticeExtensionResult', PracticeExtensionType, PRACTICE_REFUSAL_CODES);
export const MetricAdjustmentResult = resultUnion('MetricAdjustmentResult', MetricAdjustmentType, PRACTICE_REFUSAL_CODES);
export const PracticeSessionResult = resultUnion('PracticeSessionResult', PracticeSessionType, [...PRACTICE_REFUSAL_CODES, C.BUDGET_EXCEEDED]);
