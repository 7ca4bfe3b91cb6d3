/**
 * The playbooks tables other libs read, as inline views: a lib's SQL names `FROM ${VIEW} alias` instead of the table,
 * so this lib alone knows its tables and chooses the columns it publishes. PostgreSQL flattens each view into the
 * statement that reads it (a plain subquery), so the plan is the one of naming the table.
 */

/** `playbook_run` as other libs read it. */
export const PLAYBOOK_RUN_VIEW = '(SELECT id, created_at, updated_at, template_id, employee_id, manager_id, started_by_id, training_name, training_date, path_level_id, certification_id, status, completed_at, cancelled_at, cancelled_by_id, cancel_reason FROM playbook_run)';

/** `playbook_run_step` as other libs read it. */
export const PLAYBOOK_RUN_STEP_VIEW = '(SELECT id, created_at, updated_at, run_id, position, kind, title, guidance, due_on, completed_on, completed_at, completed_by_id, note, behaviour_id, observation_id, offset_days FROM playbook_run_step)';

/** `playbook_template` as other libs read it. */
export const PLAYBOOK_TEMPLATE_VIEW = '(SELECT id, created_at, updated_at, name, description, active FROM playbook_template)';
