/**
 * The incentives tables other libs read, as inline views: a lib's SQL names `FROM ${VIEW} alias` instead of the table,
 * so this lib alone knows its tables and chooses the columns it publishes. PostgreSQL flattens each view into the
 * statement that reads it (a plain subquery), so the plan is the one of naming the table.
 */

/** `incentive_rule` as other libs read it. */
export const INCENTIVE_RULE_VIEW = '(SELECT id, created_at, updated_at, name, kind, certification_id, path_level_id, base_amount, value_weight, demand_weight, amount, currency, opportunity, on_lapse, active, amount_recurrence FROM incentive_rule)';
