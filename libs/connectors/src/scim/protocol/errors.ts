/**
 * SCIM error responses (RFC 7644 §3.12). A ScimError carries the HTTP status, the optional scimType
 * detail code and a human-readable detail; toScimErrorBody() turns any thrown value into the JSON body.
 */
import { SCIM_ERROR } from './urns';

/** The scimType codes of RFC 7644 §3.12, Table 9. */
export type ScimErrorType =
  | 'invalidFilter'
  | 'tooMany'
  | 'uniqueness'
  | 'mutability'
  | 'invalidSyntax'
  | 'invalidPath'
  | 'noTarget'
  | 'invalidValue'
  | 'invalidVers'
  | 'sensitive';

export interface ScimErrorBody {
  schemas: [typeof SCIM_ERROR];
  /** RFC 7644 sends the HTTP status as a JSON string. */
  status: string;
  scimType?: ScimErrorType;
  detail?: string;
}

export class ScimError extends Error {
  constructor(
    readonly status: number,
    readonly scimType: ScimErrorType | undefined,
    readonly detail: string,
    /** The business rule that refused the request (EMPLOYEE_FAILURES…), for the audit; absent for protocol errors. */
    readonly code?: string,
  ) {
    super(detail);
    this.name = 'ScimError';
  }

  static invalidFilter(detail: string): ScimError {
    return new ScimError(400, 'invalidFilter', detail);
  }
  static invalidSyntax(detail: string): ScimError {
    return new ScimError(400, 'invalidSyntax', detail);
  }
  static invalidPath(detail: string): ScimError {
    return new ScimError(400, 'invalidPath', detail);
  }
  static invalidValue(detail: string): ScimError {
    return new ScimError(400, 'invalidValue', detail);
  }
  static noTarget(detail: string): ScimError {
    return new ScimError(400, 'noTarget', detail);
  }
  static mutability(detail: string): ScimError {
    return new ScimError(400, 'mutability', detail);
  }
  static uniqueness(detail: string): ScimError {
    return new ScimError(409, 'uniqueness', detail);
  }
  static notFound(detail: string): ScimError {
    return new ScimError(404, undefined, detail);
  }

  toBody(): ScimErrorBody {
    const body: ScimErrorBody = { schemas: [SCIM_ERROR], status: String(this.status) };
    if (this.scimType) body.scimType = this.scimType;
    body.detail = this.detail;
    return body;
  }
}

/** Error body for any thrown value; anything that is not a ScimError becomes an opaque 500 (no internals leak). */
export function toScimErrorBody(error: unknown): ScimErrorBody {
  if (error instanceof ScimError) return error.toBody();
  return { schemas: [SCIM_ERROR], status: '500', detail: 'Internal server error' };
}
