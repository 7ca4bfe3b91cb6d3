/**
 * The employees tables other libs read, as inline views: a lib's SQL names `FROM ${VIEW} alias` instead of the table,
 * so this lib alone knows its tables and chooses the columns it publishes. PostgreSQL flattens each view into the
 * statement that reads it (a plain subquery), so the plan is the one of naming the table.
 */

/** `employee` as other libs read it. */
export const EMPLOYEE_VIEW = '(SELECT id, created_at, updated_at, employee_number, first_name, last_name, email, roles, manager_id, department_id, job_role_id, location_id, work_context, status, hire_date FROM employee)';

/** `department` as other libs read it. */
export const DEPARTMENT_VIEW = '(SELECT id, created_at, updated_at, name, parent_id FROM department)';

/** `job_role` as other libs read it. */
export const JOB_ROLE_VIEW = '(SELECT id, created_at, updated_at, name, description, retired_at FROM job_role)';
