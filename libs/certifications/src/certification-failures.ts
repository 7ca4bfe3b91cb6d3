import { BusinessErrorCode as C, DomainFailure, fail } from '@app/shared';

/** The expected failures of the catalog, records and attempts (built with the shared `fail`). */

export const duplicateCredential = (): DomainFailure<C.DUPLICATE_CREDENTIAL> =>
  fail(C.DUPLICATE_CREDENTIAL, 'This credential id is already recorded for this certification', { field: 'credentialId' });

export const recordNotCurrent = (): DomainFailure<C.RECORD_NOT_CURRENT> => fail(C.RECORD_NOT_CURRENT, 'Only the current record can be extended');

export const extensionNotAfterExpiry = (expiresOn: string | null): DomainFailure<C.EXTENSION_NOT_AFTER_EXPIRY> =>
  fail(C.EXTENSION_NOT_AFTER_EXPIRY, expiresOn === null ? 'This certification never expires' : `extendedUntil must be after the expiry date ${expiresOn}`, { field: 'extendedUntil' });

export const alreadyRevoked = (): DomainFailure<C.ALREADY_REVOKED> => fail(C.ALREADY_REVOKED, 'This record is already revoked');

export const duplicateAttempt = (): DomainFailure<C.DUPLICATE_ATTEMPT> =>
  fail(C.DUPLICATE_ATTEMPT, 'An attempt of this certification is already recorded for this employee on this day', { field: 'attemptedOn' });

/** Renewal rules that cannot be used as they are: a sentence, and the input field to fix. */
export const invalidRenewalRules = (problem: { field: string; message: string }): DomainFailure<C.INVALID_RENEWAL_RULES> =>
  fail(C.INVALID_RENEWAL_RULES, problem.message, { field: problem.field });
