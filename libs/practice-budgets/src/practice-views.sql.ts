/**
 * The practice-budgets tables other libs read, as inline views: a lib's SQL names `FROM ${VIEW} alias` instead of the table,
 * so this lib alone knows its tables and chooses the columns it publishes. PostgreSQL flattens each view into the
 * statement that reads it (a plain subquery), so the plan is the one of naming the table.
 */

/** `practice_budget` as other libs read it. */
export const PRACTICE_BUDGET_VIEW = '(SELECT id, created_at, updated_at, employee_id, proposed_by_id, path_level_id, program, hours, period_start, period_end, status, decided_by_id, decided_at, decision_note FROM practice_budget)';

/** `practice_extension` as other libs read it. */
export const PRACTICE_EXTENSION_VIEW = '(SELECT id, created_at, updated_at, budget_id, extra_hours, reason, proposed_by_id, status, decided_by_id, decided_at FROM practice_extension)';

/** `practice_session` as other libs read it. */
export const PRACTICE_SESSION_VIEW = '(SELECT id, created_at, updated_at, budget_id, employee_id, practiced_on, minutes, note FROM practice_session)';

/** `metric_adjustment` as other libs read it. */
export const METRIC_ADJUSTMENT_VIEW = '(SELECT id, created_at, updated_at, employee_id, metric_key, change_percent, starts_on, ends_on, budget_id, created_by_id FROM metric_adjustment)';
