import { PerformancePort, PullContext, SourceObservation } from '../../core/ports';
import { Sql } from '../../sync/sync-types';
import { readJsonPath } from './json-path';
import { observation } from './observation-values';
import { resolveEmployeeKeys } from './employee-keys';
import { RestMetricsSettings } from './rest-metrics-settings';
import { FetchedPage, firstPageUrl, nextPageUrl } from './rest-pagination';

/** A failure of the metrics endpoint itself (status, timeout, body, pagination, redirects); fails the run. */
export class RestMetricsError extends Error {}

type Page = FetchedPage & { rows: unknown[] };

/** "GET origin/path" of a URL: never its query, which may carry a cursor or a token. */
const describe = (url: string) => `GET ${new URL(url).origin}${new URL(url).pathname}`;

/**
 * A generic REST JSON source of performance metrics: GET settings.url with the auth header, the rows at
 * settings.rowsPath, each row mapped through settings.fieldMap; further pages followed as settings.pagination
 * says (see rest-pagination.ts), one page at a time, so rows stream into batches. Rows are checked and applied by
 * MetricSync (bad rows become row errors, numbered across pages); an unreachable endpoint, a body that is not the
 * expected JSON, a next page on another origin (the auth header is never sent elsewhere), a pagination loop or
 * more than maxPages pages fails the run (batches already applied stay: they are idempotent upserts).
 */
export class RestMetricsPort implements PerformancePort {
  readonly kind = 'PERFORMANCE' as const;

  constructor(
    private readonly settings: RestMetricsSettings,
    private readonly authHeader: string | null,
    private readonly sql: Sql,
  ) {}

  async observations(ctx: PullContext & { since: string | null }): Promise<{ batches: AsyncIterable<SourceObservation[]> }> {
    // The first page is read now: an endpoint that cannot answer fails the run before any batch.
    const first = await this.fetchPage(firstPageUrl(this.settings.url, this.settings.pagination), 0, ctx.signal);
    return { batches: this.batches(first, ctx.batchSize, ctx.signal) };
  }

  private map(row: unknown, line: number): SourceObservation {
    const f = this.settings.fieldMap;
    return observation({
      employee: readJsonPath(row, f.employee),
      metric: readJsonPath(row, f.metric),
      period: f.period ? readJsonPath(row, f.period) : this.settings.defaultPeriod,
      periodStart: readJsonPath(row, f.periodStart),
      value: readJsonPath(row, f.value),
      line,
    });
  }

  private async *batches(first: Page, size: number, signal?: AbortSignal): AsyncGenerator<SourceObservation[]> {
    const buffer: SourceObservation[] = [];
    let line = 0;
    for await (const page of this.pages(first, signal)) {
      for (const row of page.rows) buffer.push(this.map(row, ++line));
      while (buffer.length >= size) yield resolveEmployeeKeys(this.sql, buffer.splice(0, size), this.settings.hrisConnectorId);
    }
    if (buffer.length) yield resolveEmployeeKeys(this.sql, buffer, this.settings.hrisConnectorId);
  }

  private async *pages(first: Page, signal?: AbortSignal): AsyncGenerator<Page> {
    const { pagination } = this.settings;
    const origin = new URL(this.settings.url).origin;
    const seen = new Set([first.url]);
    let page = first;
    for (;;) {
      yield page;
      const next = nextPageUrl(pagination, page);
      if (pagination.type === 'NONE' || !next) return;
      if (new URL(next).origin !== origin) throw new RestMetricsError(`Metrics endpoint ${describe(page.url)}: the next page is on another origin (${new URL(next).origin}); it is not followed`);
      if (seen.has(next)) throw new RestMetricsError(`Metrics endpoint ${describe(next)}: pagination loops (a page was asked for twice)`);
      if (page.index + 1 >= pagination.maxPages) throw new RestMetricsError(`Metrics endpoint ${describe(next)}: more than ${pagination.maxPages} pages; raise settings.pagination.maxPages`);
      seen.add(next);
      page = await this.fetchPage(next, page.index + 1, signal);
    }
  }

  private async fetchPage(url: string, index: number, signal?: AbortSignal): Promise<Page> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.authHeader) headers[this.settings.authHeaderName] = this.authHeader;
    const timeout = AbortSignal.timeout(this.settings.timeoutMs);
    const where = describe(url);
    let text: string;
    let linkHeader: string | null;
    try {
      const res = await this.fetchSameOrigin(url, headers, signal ? AbortSignal.any([signal, timeout]) : timeout);
      text = await res.text();
      linkHeader = res.headers.get('link');
      if (!res.ok) throw new RestMetricsError(`Metrics endpoint ${where} failed with HTTP ${res.status}`);
    } catch (e) {
      if (e instanceof RestMetricsError) throw e;
      if (timeout.aborted) throw new RestMetricsError(`Metrics endpoint ${where} timed out after ${this.settings.timeoutMs} ms`);
      throw new RestMetricsError(`Metrics endpoint ${where} is unreachable: ${(e as Error).message}`);
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new RestMetricsError(`Metrics endpoint ${where} returned malformed JSON`);
    }
    const rows = readJsonPath(body, this.settings.rowsPath);
    if (!Array.isArray(rows)) throw new RestMetricsError(`Metrics endpoint ${where}: no array at "${this.settings.rowsPath || '$'}"`);
    return { url, index, body, linkHeader, rows, rowCount: rows.length };
  }

  /**
   * fetch, following redirects only within the configured origin: fetch itself would carry a custom auth header
   * (X-Api-Token, …) to whatever host a redirect names.
   */
  private async fetchSameOrigin(url: string, headers: Record<string, string>, signal: AbortSignal): Promise<Response> {
    const origin = new URL(this.settings.url).origin;
    let current = url;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const res = await fetch(current, { headers, signal, redirect: 'manual' });
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location) return res;
      await res.body?.cancel();
      const next = new URL(location, current);
      if (next.origin !== origin) throw new RestMetricsError(`Metrics endpoint ${describe(current)} redirects to another origin (${next.origin}); it is not followed`);
      current = next.toString();
    }
    throw new RestMetricsError(`Metrics endpoint ${describe(url)}: more than ${MAX_REDIRECTS} redirects`);
  }
}

const MAX_REDIRECTS = 5;
