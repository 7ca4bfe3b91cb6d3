/**
 * The skill-paths tables other libs read, as inline views: a lib's SQL names `FROM ${VIEW} alias` instead of the table,
 * so this lib alone knows its tables and chooses the columns it publishes. PostgreSQL flattens each view into the
 * statement that reads it (a plain subquery), so the plan is the one of naming the table.
 */

/** `path_assignment` as other libs read it. */
export const PATH_ASSIGNMENT_VIEW = '(SELECT id, created_at, updated_at, employee_id, path_id, current_level, target_level, target_date, assigned_by_id, ended_on, end_reason, ended_by_id FROM path_assignment)';

/** `skill_path` as other libs read it. */
export const SKILL_PATH_VIEW = '(SELECT id, created_at, updated_at, job_role_id, name, description FROM skill_path)';

/** `path_level` as other libs read it. */
export const PATH_LEVEL_VIEW = '(SELECT id, created_at, updated_at, path_id, level, rank, summary, min_observations_per_behaviour FROM path_level)';

/** `path_behaviour` as other libs read it. */
export const PATH_BEHAVIOUR_VIEW = '(SELECT id, created_at, updated_at, level_id, position, activity, expected_output FROM path_behaviour)';

/** `learning_resource` as other libs read it. */
export const LEARNING_RESOURCE_VIEW = '(SELECT id, created_at, updated_at, level_id, position, title, url, kind, estimated_minutes, start_here FROM learning_resource)';

/** `path_observation` as other libs read it. */
export const PATH_OBSERVATION_VIEW = '(SELECT id, created_at, updated_at, employee_id, behaviour_id, observed_on, note, evidence_url, self_reported, recorded_by_id, confirmed_by_id, confirmed_at FROM path_observation)';

/** `level_achievement` as other libs read it. */
export const LEVEL_ACHIEVEMENT_VIEW = '(SELECT id, created_at, updated_at, employee_id, path_id, level, reached_on FROM level_achievement)';
