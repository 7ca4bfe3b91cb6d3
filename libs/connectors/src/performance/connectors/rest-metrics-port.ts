import { PerformancePort, PullContext, SourceObservation } from '../../core/ports';
import { Sql } from '../../sync/sync-types';
import { readJsonPath } from './json-path';
import { observation } from './observation-values';
import { resolveEmployeeKeys } from './employee-keys';
import { RestMetricsSettings } from './rest-metrics-settings';

/** A failure of the metrics endpoint itself (status, timeout, body); fails the run. */
export class RestMetricsError extends Error {}

/**
 * A generic REST JSON source of performance metrics: one GET of settings.url with the auth header, the rows at
 * settings.rowsPath, each row mapped through settings.fieldMap. Rows are checked and applied by MetricSync
 * (bad rows become row errors); an unreachable endpoint or a body that is not the expected JSON fails the run.
 */
export class RestMetricsPort implements PerformancePort {
  readonly kind = 'PERFORMANCE' as const;

  constructor(
    private readonly settings: RestMetricsSettings,
    private readonly authHeader: string | null,
    private readonly sql: Sql,
  ) {}

  async observations(ctx: PullContext & { since: string | null }): Promise<{ batches: AsyncIterable<SourceObservation[]> }> {
    const rows = await this.fetchRows(ctx.signal);
    const all = rows.map((row, i) => this.map(row, i + 1));
    return { batches: this.batches(all, ctx.batchSize) };
  }

  private map(row: unknown, index: number): SourceObservation {
    const f = this.settings.fieldMap;
    return observation({
      employee: readJsonPath(row, f.employee),
      metric: readJsonPath(row, f.metric),
      period: f.period ? readJsonPath(row, f.period) : this.settings.defaultPeriod,
      periodStart: readJsonPath(row, f.periodStart),
      value: readJsonPath(row, f.value),
      line: index,
    });
  }

  private async *batches(all: SourceObservation[], size: number): AsyncGenerator<SourceObservation[]> {
    for (let i = 0; i < all.length; i += size) yield resolveEmployeeKeys(this.sql, all.slice(i, i + size), this.settings.hrisConnectorId);
  }

  private async fetchRows(signal?: AbortSignal): Promise<unknown[]> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.authHeader) headers[this.settings.authHeaderName] = this.authHeader;
    const timeout = AbortSignal.timeout(this.settings.timeoutMs);
    const where = `GET ${new URL(this.settings.url).origin}${new URL(this.settings.url).pathname}`;
    let text: string;
    try {
      const res = await fetch(this.settings.url, { headers, signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
      text = await res.text();
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
    return rows;
  }
}
