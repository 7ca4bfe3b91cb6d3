/**
 * The certifications tables other libs read, as inline views: a lib's SQL names `FROM ${VIEW} alias` instead of the table,
 * so this lib alone knows its tables and chooses the columns it publishes. PostgreSQL flattens each view into the
 * statement that reads it (a plain subquery), so the plan is the one of naming the table.
 */

/** `certification` as other libs read it. */
export const CERTIFICATION_VIEW = '(SELECT id, created_at, updated_at, name, issuer, description, validity_amount, validity_unit, renewal_window_amount, renewal_window_unit, grace_period_days, expiry_base, anchor_month, anchor_day, min_active_amount, min_active_unit, cost_amount, cost_currency, estimated_hours, study_guide_url, renewal_requirements, payoff FROM certification)';

/** `certification_requirement` as other libs read it. */
export const CERTIFICATION_REQUIREMENT_VIEW = '(SELECT id, created_at, updated_at, job_role_id, level, certification_id, required FROM certification_requirement)';

/** `certification_record` as other libs read it. */
export const CERTIFICATION_RECORD_VIEW = '(SELECT id, created_at, updated_at, employee_id, certification_id, earned_on, expires_on, window_opens_on, grace_ends_on, extended_until, extension_reason, extended_by, revoked_at, revoke_reason, revoked_by, renews_id, superseded_by_id, credential_id, credential_url, evidence_url FROM certification_record)';

/** `certification_attempt` as other libs read it. */
export const CERTIFICATION_ATTEMPT_VIEW = '(SELECT id, created_at, updated_at, employee_id, certification_id, attempted_on, passed, score, cost_amount, cost_currency, record_id, recorded_by_id FROM certification_attempt)';
