import { AppError, ErrorCode, httpExceptionCode } from '@app/shared';

/**
 * What became of an audited call:
 * - OK: the change happened;
 * - DENIED: the caller may not do this (a role or scope refusal, an object out of their sight, a refusal result such as
 *   `PracticeActionRefused`);
 * - UNAUTHENTICATED: no token, or one that does not sign anyone in (anonymous callers are recorded per address, capped);
 * - NOT_FOUND: the object asked for does not exist;
 * - INVALID: the input was refused (BAD_USER_INPUT);
 * - REFUSED: a business rule refused it (an error result such as `DuplicateCredentialError`, a CONFLICT, a rate limit);
 * - FAILED: an unexpected error; nothing was changed.
 */
export const AUDIT_OUTCOMES = ['OK', 'DENIED', 'UNAUTHENTICATED', 'NOT_FOUND', 'INVALID', 'REFUSED', 'FAILED'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** Why a call was refused: the error code and the field it names, or the error result's type and reason. */
export interface RefusalDetail {
  code?: string;
  field?: string;
  result?: string;
  reason?: string;
  message?: string;
  /** The ids the call named (argument name → value), so HR sees what was aimed at. */
  target?: Record<string, string>;
  /** Entries for this address left out in the previous minute (anonymous callers are capped). */
  suppressed?: number;
}

const BY_CODE: Record<ErrorCode, AuditOutcome> = {
  BAD_USER_INPUT: 'INVALID',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'DENIED',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  CONFLICT: 'REFUSED',
  TOO_MANY_REQUESTS: 'REFUSED',
  INTERNAL_SERVER_ERROR: 'FAILED',
};

/** The true outcome of a thrown error, with its code and field (never its stack or SQL). */
export function outcomeOfError(error: unknown): { outcome: AuditOutcome; detail: RefusalDetail } {
  if (error instanceof AppError) return { outcome: BY_CODE[error.code], detail: { code: error.code, ...(error.field ? { field: error.field } : {}), message: error.message } };
  const http = httpExceptionCode(error);
  if (http) return { outcome: BY_CODE[http.code as ErrorCode] ?? 'FAILED', detail: { code: http.code, ...(http.field ? { field: http.field } : {}), message: http.message } };
  return { outcome: 'FAILED', detail: { code: 'INTERNAL_SERVER_ERROR' } };
}

/**
 * Union results name their expected failures `…Error` (a business rule: REFUSED) or `…Refused` (not allowed for this
 * caller: DENIED); every other member is the success.
 */
export function outcomeOfResultType(typeName: string): AuditOutcome {
  if (typeName.endsWith('Refused')) return 'DENIED';
  if (typeName.endsWith('Error')) return 'REFUSED';
  return 'OK';
}
