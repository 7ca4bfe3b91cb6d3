/** The fields a connector may sync onto an employee (`managerExternalId` is linked after a run's rows, by key). */
export const EMPLOYEE_SYNC_FIELDS = [
  'employeeNumber', 'firstName', 'lastName', 'email', 'department', 'jobTitle', 'location',
  'managerExternalId', 'status', 'workContext', 'hireDate',
] as const;
export type EmployeeSyncField = (typeof EMPLOYEE_SYNC_FIELDS)[number];

export type SyncedStatus = 'ACTIVE' | 'ON_LEAVE' | 'TERMINATED';
export type SyncedWorkContext = 'OFFICE' | 'REMOTE' | 'HYBRID' | 'FRONTLINE';

/** One person as a source system knows them, keyed by the source's id. Fields the source does not provide are left out. */
export interface EmployeeSyncRecord {
  externalId: string;
  employeeNumber?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  department?: string | null;
  jobTitle?: string | null;
  location?: string | null;
  managerExternalId?: string | null;
  status?: SyncedStatus | null;
  workContext?: SyncedWorkContext | null;
  /** yyyy-MM-dd */
  hireDate?: string | null;
  /** Line of the uploaded file, for error reports. */
  line?: number | null;
}

/** How a synced field lands on the employee table. `org` fields are resolved from a name to an id. */
export interface FieldSpec {
  field: EmployeeSyncField;
  /** employee column; the stage's apply flag is a_<column>. */
  column: string;
  /** Stage column with the source value (a name for org fields); cur_<source> holds our current value in the same terms. */
  source: string;
  /** Type of the source value. */
  type: string;
  notNull?: boolean;
  /** `ignoreCase`: the table's names are unique trimmed and ignoring case (job roles, departments, locations), so match them that way. */
  org?: { table: string; ignoreCase?: boolean };
}

/** The name an org row is created with, and the key names are matched on (trimmed, lower case where names ignore case). */
export const orgName = (f: FieldSpec, column: string): string => (f.org?.ignoreCase ? `btrim(${column})` : column);
export const orgKey = (f: FieldSpec, column: string): string => (f.org?.ignoreCase ? `lower(btrim(${column}))` : column);

export const EMPLOYEE_FIELDS: readonly FieldSpec[] = [
  { field: 'employeeNumber', column: 'employee_number', source: 'employee_number', type: 'text' },
  { field: 'firstName', column: 'first_name', source: 'first_name', type: 'text', notNull: true },
  { field: 'lastName', column: 'last_name', source: 'last_name', type: 'text', notNull: true },
  { field: 'email', column: 'email', source: 'email', type: 'text', notNull: true },
  { field: 'department', column: 'department_id', source: 'department', type: 'text', org: { table: 'department', ignoreCase: true } },
  { field: 'jobTitle', column: 'job_role_id', source: 'job_title', type: 'text', org: { table: 'job_role', ignoreCase: true } },
  { field: 'location', column: 'location_id', source: 'location', type: 'text', org: { table: 'location', ignoreCase: true } },
  { field: 'status', column: 'status', source: 'status', type: 'text', notNull: true },
  { field: 'workContext', column: 'work_context', source: 'work_context', type: 'text', notNull: true },
  { field: 'hireDate', column: 'hire_date', source: 'hire_date', type: 'date' },
];

/** Stage columns holding source values, in the order rows are passed to unnest(). */
export const SOURCE_COLUMNS: ReadonlyArray<{ column: string; key: keyof EmployeeSyncRecord; type: string }> = [
  { column: 'employee_number', key: 'employeeNumber', type: 'text' },
  { column: 'first_name', key: 'firstName', type: 'text' },
  { column: 'last_name', key: 'lastName', type: 'text' },
  { column: 'email', key: 'email', type: 'text' },
  { column: 'department', key: 'department', type: 'text' },
  { column: 'job_title', key: 'jobTitle', type: 'text' },
  { column: 'location', key: 'location', type: 'text' },
  { column: 'manager_ext', key: 'managerExternalId', type: 'text' },
  { column: 'status', key: 'status', type: 'text' },
  { column: 'work_context', key: 'workContext', type: 'text' },
  { column: 'hire_date', key: 'hireDate', type: 'date' },
];

/** The source payload kept in external_ref.payload: field name → stage expression. */
export const PAYLOAD_KEYS: ReadonlyArray<[EmployeeSyncField, string]> = [
  ['employeeNumber', 'employee_number'], ['firstName', 'first_name'], ['lastName', 'last_name'], ['email', 'email'],
  ['department', 'department'], ['jobTitle', 'job_title'], ['location', 'location'], ['managerExternalId', 'manager_ext'],
  ['status', 'status'], ['workContext', 'work_context'], ['hireDate', 'hire_date'],
];
