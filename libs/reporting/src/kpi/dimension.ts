import { EMPLOYEE_VIEW } from '@app/employees';
/** What a KPI report is grouped by. MANAGER groups people by their direct manager. */
export const KPI_DIMENSIONS = ['DEPARTMENT', 'JOB_ROLE', 'LOCATION', 'MANAGER', 'NONE'] as const;
export type KpiDimension = (typeof KPI_DIMENSIONS)[number];

/** Group key (uuid or NULL) of employee alias `e`. NONE puts everyone in one group (key NULL). */
export function groupKeySql(dimension: KpiDimension, e: string): string {
  switch (dimension) {
    case 'DEPARTMENT':
      return `${e}.department_id`;
    case 'JOB_ROLE':
      return `${e}.job_role_id`;
    case 'LOCATION':
      return `${e}.location_id`;
    case 'MANAGER':
      return `${e}.manager_id`;
    case 'NONE':
      return `NULL::uuid`;
  }
}

/** Display name of group key `g` for the dimension (NULL key: "Unassigned", or "Everyone" for NONE). */
export function groupNameSql(dimension: KpiDimension, g: string): string {
  const named = (table: string) => `COALESCE((SELECT t.name FROM ${table} t WHERE t.id = ${g}), 'Unassigned')`;
  switch (dimension) {
    case 'DEPARTMENT':
      return named('department');
    case 'JOB_ROLE':
      return named('job_role');
    case 'LOCATION':
      return named('location');
    case 'MANAGER':
      return `COALESCE((SELECT m.first_name || ' ' || m.last_name FROM ${EMPLOYEE_VIEW} m WHERE m.id = ${g}), 'No manager')`;
    case 'NONE':
      return `'Everyone'`;
  }
}
