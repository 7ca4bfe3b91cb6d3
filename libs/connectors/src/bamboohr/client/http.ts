/**
 * One JSON request to BambooHR with per-attempt timeouts (AbortController, covering the body) and retries:
 * - 429 and 503 wait for Retry-After (seconds or HTTP-date, capped at maxRetryAfterMs), else back off;
 * - other 5xx, timeouts and network errors back off exponentially with jitter;
 * - other 4xx fail at once (401/403 as BambooHrAuthError); a 2xx body that is not JSON fails at once.
 */
import { BambooHrClientConfig, BambooHrRetryOptions, DEFAULT_RETRY, DEFAULT_TIMEOUT_MS } from './config';
import {
  BambooHrAbortedError,
  BambooHrAuthError,
  BambooHrError,
  BambooHrHttpError,
  BambooHrNetworkError,
  BambooHrParseError,
  BambooHrRateLimitError,
  BambooHrServerError,
  BambooHrTimeoutError,
} from './errors';
import { backoffDelay, parseRetryAfter, sleep } from './retry';

export type QueryValue = string | number | boolean | undefined;

export interface JsonRequest {
  readonly method: 'GET' | 'POST';
  /** Path below the base URL, starting with /v1. */
  readonly path: string;
  /** Endpoint template for errors and logs, e.g. `GET /v1/employees/{id}`. */
  readonly endpoint: string;
  readonly query?: Readonly<Record<string, QueryValue>>;
  readonly body?: unknown;
  readonly signal?: AbortSignal;
}

/** A finished response; `status` is 2xx unless the caller allowed otherwise. */
export interface JsonResponse<T> {
  readonly status: number;
  readonly data: T | null;
  /** Attempts it took (1 = no retry). */
  readonly attempts: number;
}

type Outcome<T> = { ok: JsonResponse<T> } | { fail: BambooHrError; retryAfterMs: number | null; reason: number | 'timeout' | 'network' };

const TIMEOUT = Symbol('timeout');

export class BambooHrHttp {
  private readonly retry: BambooHrRetryOptions;
  private readonly timeoutMs: number;
  private readonly authorization: string;
  private readonly baseUrl: string;

  constructor(private readonly config: BambooHrClientConfig) {
    this.retry = { ...DEFAULT_RETRY, ...config.retry };
    this.timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.authorization = `Basic ${Buffer.from(`${config.apiKey}:x`).toString('base64')}`;
    this.baseUrl = config.baseUrl.replace(/\/+$/, '');
  }

  /**
   * Sends the request, retrying as described above. Statuses in `acceptStatuses` (e.g. 404 for an empty directory)
   * resolve with `data: null` instead of failing.
   */
  async requestJson<T>(request: JsonRequest, acceptStatuses: readonly number[] = []): Promise<JsonResponse<T>> {
    const url = this.url(request);
    for (let attempt = 1; ; attempt += 1) {
      if (request.signal?.aborted) throw new BambooHrAbortedError(request.endpoint, attempt - 1);
      const outcome = await this.attempt<T>(url, request, attempt, acceptStatuses);
      if ('ok' in outcome) return outcome.ok;
      const retryable = outcome.reason === 'timeout' || outcome.reason === 'network' || outcome.reason === 429 || outcome.reason >= 500;
      if (!retryable || attempt >= this.retry.maxAttempts) throw outcome.fail;
      const backoff = backoffDelay(attempt, this.retry, this.config.random);
      const delayMs = outcome.retryAfterMs !== null ? Math.min(outcome.retryAfterMs, this.retry.maxRetryAfterMs) : backoff;
      this.config.onRetry?.({ endpoint: request.endpoint, attempt, delayMs, reason: outcome.reason });
      try {
        await sleep(delayMs, request.signal);
      } catch {
        throw new BambooHrAbortedError(request.endpoint, attempt);
      }
    }
  }

  private url(request: JsonRequest): string {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(request.query ?? {})) if (value !== undefined) search.append(key, String(value));
    const qs = search.toString();
    return `${this.baseUrl}${request.path}${qs ? `?${qs}` : ''}`;
  }

  private async attempt<T>(url: string, request: JsonRequest, attempt: number, acceptStatuses: readonly number[]): Promise<Outcome<T>> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(TIMEOUT), this.timeoutMs);
    const forwardAbort = (): void => controller.abort(request.signal?.reason);
    request.signal?.addEventListener('abort', forwardAbort, { once: true });
    let status: number;
    let headers: Headers;
    let text: string;
    try {
      const response = await (this.config.fetch ?? fetch)(url, {
        method: request.method,
        headers: this.headers(request),
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: controller.signal,
      });
      status = response.status;
      headers = response.headers;
      text = await response.text();
    } catch (err) {
      if (controller.signal.reason === TIMEOUT) {
        return { fail: new BambooHrTimeoutError(request.endpoint, attempt, this.timeoutMs), retryAfterMs: null, reason: 'timeout' };
      }
      if (request.signal?.aborted) throw new BambooHrAbortedError(request.endpoint, attempt);
      return { fail: new BambooHrNetworkError(request.endpoint, attempt, err), retryAfterMs: null, reason: 'network' };
    } finally {
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', forwardAbort);
    }
    if (status >= 200 && status < 300) return { ok: { status, data: this.parse<T>(text, request.endpoint, attempt), attempts: attempt } };
    if (acceptStatuses.includes(status)) return { ok: { status, data: null, attempts: attempt } };
    return this.failure(status, headers, request.endpoint, attempt);
  }

  private headers(request: JsonRequest): Record<string, string> {
    const headers: Record<string, string> = {
      Authorization: this.authorization,
      Accept: 'application/json',
      'User-Agent': this.config.userAgent ?? 'skillpath-bamboohr-client',
    };
    // BambooHR reads the body as JSON only for exactly this content type (with a charset it parses XML).
    if (request.body !== undefined) headers['Content-Type'] = 'application/json';
    return headers;
  }

  private parse<T>(text: string, endpoint: string, attempt: number): T {
    const snippet = text.slice(0, 200);
    if (!text.trim()) throw new BambooHrParseError(endpoint, attempt, 'empty body', snippet);
    try {
      return JSON.parse(text) as T;
    } catch (err) {
      throw new BambooHrParseError(endpoint, attempt, (err as Error).message, snippet);
    }
  }

  private failure(status: number, headers: Headers, endpoint: string, attempt: number): Outcome<never> {
    const message = headers.get('x-bamboohr-error-message');
    const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(headers.get('retry-after')) : null;
    let fail: BambooHrHttpError;
    if (status === 401 || status === 403) fail = new BambooHrAuthError(endpoint, attempt, status, message);
    else if (status === 429 || (status === 503 && retryAfterMs !== null)) fail = new BambooHrRateLimitError(endpoint, attempt, status, message);
    else if (status >= 500) fail = new BambooHrServerError(endpoint, attempt, status, message);
    else fail = new BambooHrHttpError(endpoint, attempt, status, message);
    return { fail, retryAfterMs, reason: status };
  }
}
