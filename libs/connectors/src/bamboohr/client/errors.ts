/**
 * Typed failures of the BambooHR client. Every error names the endpoint as a template (`GET /v1/employees/{id}`),
 * never with ids, query values or credentials, and tells how many attempts were made.
 */

export class BambooHrError extends Error {
  constructor(
    message: string,
    readonly endpoint: string,
    readonly attempts: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A non-2xx response. `bambooMessage` is BambooHR's X-BambooHR-Error-Message header, when sent. */
export class BambooHrHttpError extends BambooHrError {
  constructor(
    endpoint: string,
    attempts: number,
    readonly status: number,
    readonly bambooMessage: string | null,
  ) {
    super(`BambooHR ${endpoint} failed with HTTP ${status}${bambooMessage ? `: ${bambooMessage}` : ''} (after ${attempts} attempt${attempts === 1 ? '' : 's'})`, endpoint, attempts);
  }
}

/** 401/403: bad or revoked API key, or missing permission. Never retried. */
export class BambooHrAuthError extends BambooHrHttpError {}

/** 429, or 503 with Retry-After (BambooHR's throttling signal), still failing after all attempts. */
export class BambooHrRateLimitError extends BambooHrHttpError {}

/** 5xx still failing after all attempts. */
export class BambooHrServerError extends BambooHrHttpError {}

/** No complete response within the per-attempt timeout, on every attempt. */
export class BambooHrTimeoutError extends BambooHrError {
  constructor(endpoint: string, attempts: number, readonly timeoutMs: number) {
    super(`BambooHR ${endpoint} timed out after ${timeoutMs} ms (after ${attempts} attempt${attempts === 1 ? '' : 's'})`, endpoint, attempts);
  }
}

/** Connection failure (DNS, refused, reset) on every attempt. */
export class BambooHrNetworkError extends BambooHrError {
  constructor(endpoint: string, attempts: number, cause: unknown) {
    super(`BambooHR ${endpoint} network error: ${cause instanceof Error ? cause.message : String(cause)} (after ${attempts} attempt${attempts === 1 ? '' : 's'})`, endpoint, attempts, { cause });
  }
}

/** A 2xx response whose body is not the JSON the endpoint documents. Not retried. */
export class BambooHrParseError extends BambooHrError {
  constructor(endpoint: string, attempts: number, reason: string, readonly bodySnippet: string) {
    super(`BambooHR ${endpoint} returned malformed JSON: ${reason}`, endpoint, attempts);
  }
}

/** The caller's AbortSignal fired. */
export class BambooHrAbortedError extends BambooHrError {
  constructor(endpoint: string, attempts: number) {
    super(`BambooHR ${endpoint} was aborted by the caller`, endpoint, attempts);
  }
}
