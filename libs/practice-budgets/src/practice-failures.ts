import { BusinessErrorCode as C, DomainFailure, fail } from '@app/shared';

/**
 * Why a visible budget action was refused. (An employee or budget the viewer may not see is NOT_FOUND instead, so
 * nothing leaks; these are refusals on something the viewer can see.)
 */
export const PRACTICE_REFUSAL_CODES = [
  C.OWN_BUDGET,
  C.OWN_PROPOSAL,
  C.NOT_APPROVER,
  C.NOT_MANAGER,
  C.NOT_YOUR_BUDGET,
  C.NOT_APPROVED,
  C.ALREADY_DECIDED,
  C.TRAINING_STARTED,
  C.PERIOD_ENDED,
] as const;
export type PracticeRefusalCode = (typeof PRACTICE_REFUSAL_CODES)[number];
export type PracticeRefusal = DomainFailure<PracticeRefusalCode>;

export type BudgetExceeded = DomainFailure<C.BUDGET_EXCEEDED, { remainingHours: number; requestedHours: number }>;

export const refusePractice = (code: PracticeRefusalCode, message: string): PracticeRefusal => fail(code, message);

export const budgetExceeded = (remainingHours: number, requestedHours: number): BudgetExceeded =>
  fail(C.BUDGET_EXCEEDED, `Only ${remainingHours} hours remain on this budget; ask your manager for an extension`, { details: { remainingHours, requestedHours } });
