/**
 * The expected refusals of a write to an employee, by a stable code: whoever writes (GraphQL, SCIM, a CSV file, an
 * HRIS pull) gets the same code for the same change, and each surface maps codes to its own answer in one place
 * (GraphQL result types, SCIM errors, CSV line errors). `field` is the field the refusal names; `message` the
 * sentence Skillpath says it with unless a surface words it for its client.
 */
export const EMPLOYEE_FAILURES = {
  MANAGER_CYCLE: { field: 'managerId', message: 'The manager reports, directly or not, to this employee: the link would close a reporting cycle' },
  EMAIL_TAKEN: { field: 'email', message: 'Another employee already uses this email' },
  EMAIL_REQUIRED: { field: 'email', message: 'A new employee needs an email' },
  NAMES_REQUIRED: { field: 'firstName', message: 'A new employee needs a first and a last name' },
  EMAIL_LINKED_ELSEWHERE: { field: 'email', message: 'Another employee already uses this email, and it is linked to a record of a connector' },
  EMAIL_NOT_LINKABLE: {
    field: 'email',
    message: 'An employee created in Skillpath already uses this email; linking existing employees is off for this connector (setting linkExistingEmployees)',
  },
  HR_ADMIN_STATUS: { field: 'status', message: 'The employee is an HR admin: their status is not changed (it is changed in Skillpath only, never by a connector)' },
  EMPLOYEE_NUMBER_TAKEN: { field: 'employeeNumber', message: 'Another employee already uses this employee number' },
  EMPLOYEE_GONE: { field: 'externalId', message: 'The linked employee no longer exists' },
} as const satisfies Record<string, { field: string; message: string }>;

export type EmployeeFailureCode = keyof typeof EMPLOYEE_FAILURES;

export const EMPLOYEE_FAILURE_CODES = Object.keys(EMPLOYEE_FAILURES) as EmployeeFailureCode[];

/** A refused write: its code, the field it names, and Skillpath's sentence for it. */
export interface EmployeeFailure {
  readonly code: EmployeeFailureCode;
  readonly field: string;
  readonly message: string;
}

export function employeeFailure(code: EmployeeFailureCode): EmployeeFailure {
  return { code, ...EMPLOYEE_FAILURES[code] };
}
