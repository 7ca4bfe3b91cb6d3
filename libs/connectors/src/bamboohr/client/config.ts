/** Configuration of the BambooHR API client. */

export interface BambooHrRetryOptions {
  /** Total attempts including the first one. */
  readonly maxAttempts: number;
  /** First backoff delay; doubles on each retry (with jitter). */
  readonly baseDelayMs: number;
  /** Upper bound of one backoff delay. */
  readonly maxDelayMs: number;
  /** Upper bound of a wait requested by Retry-After (429/503). */
  readonly maxRetryAfterMs: number;
}

export interface BambooHrRetryEvent {
  readonly endpoint: string;
  /** The attempt that failed (1-based). */
  readonly attempt: number;
  readonly delayMs: number;
  /** HTTP status, or 'timeout' / 'network'. */
  readonly reason: number | 'timeout' | 'network';
}

export interface BambooHrClientConfig {
  /** `https://api.bamboohr.com/api/gateway.php/{companyDomain}` in production (see bambooHrBaseUrl); paths start with /v1. */
  readonly baseUrl: string;
  /** API key; sent as the Basic auth user name with "x" as the password. */
  readonly apiKey: string;
  /** Per-attempt timeout, covering the response body too. */
  readonly timeoutMs?: number;
  readonly retry?: Partial<BambooHrRetryOptions>;
  readonly userAgent?: string;
  /** Jitter source in [0, 1); Math.random by default. */
  readonly random?: () => number;
  /** Observability hook, called before each retry wait. */
  readonly onRetry?: (event: BambooHrRetryEvent) => void;
  /** Replaces the global fetch (e.g. to add a proxy dispatcher). */
  readonly fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_RETRY: BambooHrRetryOptions = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 30_000, maxRetryAfterMs: 120_000 };

/** The production base URL for a company's BambooHR subdomain (`acme` for acme.bamboohr.com). */
export function bambooHrBaseUrl(companyDomain: string): string {
  if (!/^[A-Za-z0-9-]+$/.test(companyDomain)) throw new Error(`Invalid BambooHR company domain '${companyDomain}'`);
  return `https://api.bamboohr.com/api/gateway.php/${companyDomain}`;
}
