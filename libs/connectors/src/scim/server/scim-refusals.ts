import { BusinessErrorCode } from '@app/shared';
import { EMPLOYEE_FAILURES, EmployeeFailureCode } from '@app/employees';
import { SyncFailureCode } from '../../csv/line-errors';
import { ScimError, ScimErrorType } from '../protocol';

/** The SCIM error type of each refusal code (RFC 7644 §3.12). */
const SCIM_TYPE: Record<SyncFailureCode, { status: 400 | 409; scimType: ScimErrorType }> = {
  [BusinessErrorCode.MANAGER_CYCLE]: { status: 400, scimType: 'invalidValue' },
  [BusinessErrorCode.UNKNOWN_MANAGER]: { status: 400, scimType: 'invalidValue' },
  [BusinessErrorCode.EMAIL_REQUIRED]: { status: 400, scimType: 'invalidValue' },
  [BusinessErrorCode.NAMES_REQUIRED]: { status: 400, scimType: 'invalidValue' },
  [BusinessErrorCode.EMPLOYEE_GONE]: { status: 400, scimType: 'invalidValue' },
  [BusinessErrorCode.EMAIL_TAKEN]: { status: 409, scimType: 'uniqueness' },
  [BusinessErrorCode.EMAIL_LINKED_ELSEWHERE]: { status: 409, scimType: 'uniqueness' },
  [BusinessErrorCode.EMAIL_NOT_LINKABLE]: { status: 409, scimType: 'uniqueness' },
  [BusinessErrorCode.EMPLOYEE_NUMBER_TAKEN]: { status: 409, scimType: 'uniqueness' },
  [BusinessErrorCode.HR_ADMIN_STATUS]: { status: 400, scimType: 'mutability' },
};

/** What the detail may name: the manager's SCIM id, and the user refused. */
export interface ScimRefusalContext {
  manager?: string | null;
  user?: string | null;
}

const isCode = (code: string | null): code is SyncFailureCode => code !== null && code in SCIM_TYPE;

/** The SCIM detail of a refusal, worded for a SCIM client (ids are SCIM ids, not the sync's keys). */
function detailOf(code: SyncFailureCode, context: ScimRefusalContext): string {
  if (code === BusinessErrorCode.MANAGER_CYCLE) return `The manager ${context.manager ?? ''} would close a reporting cycle: they report, directly or not, to ${context.user ?? 'this user'}`;
  if (code === BusinessErrorCode.UNKNOWN_MANAGER) return `The manager ${context.manager ?? ''} is not a user of this SCIM client`;
  return EMPLOYEE_FAILURES[code as EmployeeFailureCode].message;
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
