import { jsonObjectSql, SelectionTree } from '@app/shared';
import type { EmployeeRelations, RelationSql } from './employee-relations';

/** A person's display name as SQL on the employee aliased `a`. */
const displayNameSql = (a: string) => `(${a}.first_name || ' ' || ${a}.last_name)`;

/** Employee's own fields as SQL on the employee aliased `e`, whose JSON is exactly what GraphQL answers. */
const EMPLOYEE_JSON_COLUMNS: Record<string, string> = {
  id: 'e.id',
  employeeNumber: 'e.employee_number',
  firstName: 'e.first_name',
  lastName: 'e.last_name',
  displayName: displayNameSql('e'),
  email: 'e.email',
  roles: 'e.roles',
  status: 'e.status',
  workContext: 'e.work_context',
  hireDate: 'e.hire_date::text',
  managerId: 'e.manager_id',
  departmentId: 'e.department_id',
  jobRoleId: 'e.job_role_id',
  locationId: 'e.location_id',
};

/**
 * The employee `e` as the exact JSON of a plain selection (raw-json.ts): own columns, and relations each owning
 * lib registered (EmployeeRelations); null when some selected field only a resolver answers.
 */
export function employeeJsonSql(selection: SelectionTree, relations: EmployeeRelations, sql: RelationSql): string | null {
  const nested: Record<string, (sub: SelectionTree) => string | null> = {};
  for (const field of selection.fields.keys()) nested[field] = (sub) => relations.exactJson(field, sub, sql);
  return jsonObjectSql(selection, { columns: EMPLOYEE_JSON_COLUMNS, nested, typename: 'Employee' }, true);
}

/** EmployeeRef's fields (what anyone who may see a record about a person may know of them) on the employee `x`. */
const EMPLOYEE_REF_JSON_COLUMNS: Record<string, string> = { id: 'x.id', displayName: displayNameSql('x'), email: 'x.email' };

/**
 * The person whose id is the SQL `employeeIdSql` as the exact JSON of a plain EmployeeRef selection, as a scalar
 * subquery other libs embed in their statements (so they never name this lib's table); null when some selected field
 * only a resolver answers.
 */
export function employeeRefJsonSql(selection: SelectionTree, employeeIdSql: string): string | null {
  const ref = jsonObjectSql(selection, { columns: EMPLOYEE_REF_JSON_COLUMNS, typename: 'EmployeeRef' }, true);
  return ref ? `(SELECT ${ref} FROM employee x WHERE x.id = ${employeeIdSql})` : null;
}
