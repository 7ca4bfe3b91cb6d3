import { BusinessErrorCode } from '@app/shared';
import { EMPLOYEE_FAILURES, EmployeeFailureCode } from '@app/employees';

/** Refusals of a record that are the sync's own (not the employees lib's). */
export const SYNC_FAILURES = {
  [BusinessErrorCode.UNKNOWN_MANAGER]: { field: 'managerExternalId', message: 'Unknown manager "{manager}": not a valid record of this file or pull, nor synced before.' },
} as const;

export type SyncFailureCode = EmployeeFailureCode | keyof typeof SYNC_FAILURES;

/** What a line error says for a code, where it differs from Skillpath's own sentence ({manager}: the row's manager key). */
const WORDING: Partial<Record<SyncFailureCode, { field?: string; message: string }>> = {
  [BusinessErrorCode.EMAIL_REQUIRED]: { message: 'A new employee needs an email.' },
  [BusinessErrorCode.MANAGER_CYCLE]: { field: 'managerExternalId', message: 'Manager "{manager}" would close a reporting cycle: they report, directly or not, to this employee' },
};

export interface LineErrorText {
  field: string;
  message: string;
}

const isSyncOwn = (code: SyncFailureCode): code is keyof typeof SYNC_FAILURES => code in SYNC_FAILURES;

/**
 * THE mapping of a refused record of a CSV file from its code to the field and the sentence of its line error: the
 * file's checks before a run (FileChecks) and the sync_error rows of the run (HR reads those of any pull the same way).
 */
export function lineError(code: SyncFailureCode, context: { manager?: string | null } = {}): LineErrorText {
  const base = isSyncOwn(code) ? SYNC_FAILURES[code] : EMPLOYEE_FAILURES[code];
  const worded = WORDING[code];
  const message = (worded?.message ?? base.message).replace('{manager}', context.manager ?? '');
  return { field: worded?.field ?? base.field, message };
}

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** lineError in SQL, for the codes in the column `codeSql` (the employees lib's codes of a staged batch); NULL for others. */
export function lineErrorSql(codeSql: string, part: keyof LineErrorText): string {
  const codes = (Object.keys(EMPLOYEE_FAILURES) as EmployeeFailureCode[]).filter((c) => c !== BusinessErrorCode.MANAGER_CYCLE);
  return `CASE ${codeSql} ${codes.map((c) => `WHEN '${c}' THEN ${quote(lineError(c)[part])}`).join(' ')} END`;
}
