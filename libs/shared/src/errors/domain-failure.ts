import { BusinessErrorCode } from './business-error-code';

/** Extra facts a failure carries for the person or client (the existing id, the earliest date…): plain values. */
export type FailureDetails = Readonly<Record<string, string | number | boolean | null>>;

/**
 * An expected business failure, as services return it: plain TypeScript, no GraphQL. Build it with `fail()`; the
 * API maps it in one place each (GraphQL: `graphqlResult`). See business-error-code.ts for how to add one.
 */
export class DomainFailure<C extends BusinessErrorCode = BusinessErrorCode, D extends FailureDetails = FailureDetails> {
  constructor(
    readonly errorCode: C,
    readonly message: string,
    /** The input field at fault, when one is (dotted path, as BAD_USER_INPUT names it). */
    readonly field: string | null,
    readonly details: D,
  ) {}
}

/** What a use case that can fail for a business reason returns: its value, or one of the failures it names. */
export type DomainResult<T, C extends BusinessErrorCode> = T | DomainFailure<C, FailureDetails>;

/** The one way to build an expected failure. */
export function fail<C extends BusinessErrorCode, D extends FailureDetails = Record<string, never>>(
  errorCode: C,
  message: string,
  extra: { field?: string; details?: D } = {},
): DomainFailure<C, D> {
  return new DomainFailure(errorCode, message, extra.field ?? null, extra.details ?? ({} as D));
}

/** Whether a result is an expected failure (narrows `DomainResult<T, C>` to its failure). */
export function isFailure<R>(result: R): result is Extract<R, DomainFailure<BusinessErrorCode, FailureDetails>> {
  return result instanceof DomainFailure;
}
