import { EMPLOYEE_FAILURES, EmployeeFailureCode } from '@app/employees';
import { SYNC_FAILURES, SyncFailureCode } from '../../csv/line-errors';
import { ScimError, ScimErrorType } from '../protocol';

/** The SCIM error type of each refusal code (RFC 7644 §3.12). */
const SCIM_TYPE: Record<SyncFailureCode, { status: 400 | 409; scimType: ScimErrorType }> = {
  MANAGER_CYCLE: { status: 400, scimType: 'invalidValue' },
  UNKNOWN_MANAGER: { status: 400, scimType: 'invalidValue' },
  EMAIL_REQUIRED: { status: 400, scimType: 'invalidValue' },
  NAMES_REQUIRED: { status: 400, scimType: 'invalidValue' },
  EMPLOYEE_GONE: { status: 400, scimType: 'invalidValue' },
  EMAIL_TAKEN: { status: 409, scimType: 'uniqueness' },
  EMAIL_LINKED_ELSEWHERE: { status: 409, scimType: 'uniqueness' },
  EMAIL_NOT_LINKABLE: { status: 409, scimType: 'uniqueness' },
  EMPLOYEE_NUMBER_TAKEN: { status: 409, scimType: 'uniqueness' },
  HR_ADMIN_STATUS: { status: 400, scimType: 'mutability' },
};

/** What the detail may name: the manager's SCIM id, and the user refused. */
export interface ScimRefusalContext {
  manager?: string | null;
  user?: string | null;
}

const isCode = (code: string | null): code is SyncFailureCode => code !== null && code in SCIM_TYPE;

/** The SCIM detail of a refusal, worded for a SCIM client (ids are SCIM ids, not the sync's keys). */
function detailOf(code: SyncFailureCode, context: ScimRefusalContext): string {
  if (code === 'MANAGER_CYCLE') return `The manager ${context.manager ?? ''} would close a reporting cycle: they report, directly or not, to ${context.user ?? 'this user'}`;
  if (code === 'UNKNOWN_MANAGER') return `The manager ${context.manager ?? ''} is not a user of this SCIM client`;
  return code in SYNC_FAILURES ? SYNC_FAILURES[code as keyof typeof SYNC_FAILURES].message : EMPLOYEE_FAILURES[code as EmployeeFailureCode].message;
}

/**
 * THE mapping of a refused SCIM write to its SCIM error: by the refusal's code (the employees lib's or the sync's),
 * with a detail naming what the client sent; a refusal without a code (a bad value) is 400 invalidValue saying
 * `message`.
 */
export function scimRefusal(code: string | null, context: ScimRefusalContext & { message?: string } = {}): ScimError {
  if (!isCode(code)) return ScimError.invalidValue(context.message ?? 'The user could not be applied');
  const { status, scimType } = SCIM_TYPE[code];
  return new ScimError(status, scimType, detailOf(code, context), code);
}
