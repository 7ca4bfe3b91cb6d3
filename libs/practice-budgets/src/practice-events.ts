/** Published (EventEmitter2.emitAsync, inside the transaction) when a manager proposes a practice budget. */
export const PRACTICE_BUDGET_PROPOSED = 'practice.budget-proposed';

/** Published (EventEmitter2.emitAsync, inside the transaction) when the approver approves or rejects a budget. */
export const PRACTICE_BUDGET_DECIDED = 'practice.budget-decided';

export interface PracticeBudgetProposed {
  budgetId: string;
  employeeId: string;
  proposedById: string;
  hours: number;
}

export interface PracticeBudgetDecided {
  budgetId: string;
  employeeId: string;
  decidedById: string;
  approved: boolean;
  hours: number;
}
