import { BusinessErrorCode, DomainFailure, fail } from '@app/shared';

/**
 * The expected refusals of a write to an employee (codes of the shared BusinessErrorCode vocabulary): whoever writes
 * (GraphQL, SCIM, a CSV file, an HRIS pull) gets the same code for the same change, and each surface maps codes to
 * its own answer in one place (GraphQL result types, scim-refusals.ts, csv/line-errors.ts). `field` is the field the
 * refusal names; `message` the sentence Skillpath says it with unless a surface words it for its client.
 */
export const EMPLOYEE_FAILURES = {
  [BusinessErrorCode.MANAGER_CYCLE]: { field: 'managerId', message: 'The manager reports, directly or not, to this employee: the link would close a reporting cycle' },
  [BusinessErrorCode.EMAIL_TAKEN]: { field: 'email', message: 'Another employee already uses this email' },
  [BusinessErrorCode.EMAIL_REQUIRED]: { field: 'email', message: 'A new employee needs an email' },
  [BusinessErrorCode.NAMES_REQUIRED]: { field: 'firstName', message: 'A new employee needs a first and a last name' },
  [BusinessErrorCode.EMAIL_LINKED_ELSEWHERE]: { field: 'email', message: 'Another employee already uses this email, and it is linked to a record of a connector' },
  [BusinessErrorCode.EMAIL_NOT_LINKABLE]: {
    field: 'email',
    message: 'An employee created in Skillpath already uses this email; linking existing employees is off for this connector (setting linkExistingEmployees)',
  },
  [BusinessErrorCode.HR_ADMIN_STATUS]: { field: 'status', message: 'The employee is an HR admin: their status is not changed (it is changed in Skillpath only, never by a connector)' },
  [BusinessErrorCode.EMPLOYEE_NUMBER_TAKEN]: { field: 'employeeNumber', message: 'Another employee already uses this employee number' },
  [BusinessErrorCode.EMPLOYEE_GONE]: { field: 'externalId', message: 'The linked employee no longer exists' },
} as const satisfies Partial<Record<BusinessErrorCode, { field: string; message: string }>>;

export type EmployeeFailureCode = keyof typeof EMPLOYEE_FAILURES;

/** A refused employee write as a service returns it (`details`: e.g. the email asked for). */
export function employeeFailure<C extends EmployeeFailureCode, D extends Record<string, string> = Record<string, never>>(code: C, details?: D): DomainFailure<C, D> {
  return fail(code, EMPLOYEE_FAILURES[code].message, { field: EMPLOYEE_FAILURES[code].field, details });
}
