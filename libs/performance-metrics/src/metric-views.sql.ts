/**
 * The performance-metrics tables other libs read, as inline views: a lib's SQL names `FROM ${VIEW} alias` instead of the table,
 * so this lib alone knows its tables and chooses the columns it publishes. PostgreSQL flattens each view into the
 * statement that reads it (a plain subquery), so the plan is the one of naming the table.
 */

/** `metric_observation` as other libs read it. */
export const METRIC_OBSERVATION_VIEW = '(SELECT id, created_at, updated_at, employee_id, metric_id, period, period_start, value, source_connector_id FROM metric_observation)';

/** `metric_definition` as other libs read it. */
export const METRIC_DEFINITION_VIEW = '(SELECT id, created_at, updated_at, key, name, unit, higher_is_better FROM metric_definition)';
