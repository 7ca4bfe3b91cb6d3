import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { OperationLabels } from './operation-labels';

/** What a pg pool reports about its connections (node-postgres `Pool`). */
export interface PoolStats {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** Jobs waiting or running per queue, read at each scrape (e.g. from pg-boss `getQueueSize`). */
export type QueueDepthSource = () => Promise<Array<{ queue: string; state: string; count: number }>>;

export interface SyncRunEnd {
  /** Connector kind (SCIM, BAMBOOHR, CSV, REST_METRICS …). */
  kind: string;
  /** FULL, INCREMENTAL, UPLOAD, METRICS, PUSH. */
  mode: string;
  /** SUCCEEDED, FAILED, ABORTED. */
  status: string;
  /** Records by outcome: created, updated, unchanged, deactivated, reactivated, failed. */
  counts: Partial<Record<'created' | 'updated' | 'unchanged' | 'deactivated' | 'reactivated' | 'failed', number>>;
}

const SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const JOB_BUCKETS = [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300, 900];
const RECORD_OUTCOMES = ['created', 'updated', 'unchanged', 'deactivated', 'reactivated', 'failed'] as const;
const CODE = /^[A-Z][A-Z0-9_]{0,39}$/;

let processRegistry: Registry | undefined;
/** Node's process metrics (CPU, memory, event loop lag, GC), collected once per process whatever the number of apps. */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/**
 * The service's Prometheus metrics (GET /metrics), one registry per application. Callers record through the
 * methods below, so names and labels stay in one place and their cardinality bounded:
 * - GraphQL: `graphqlRequest` (the API's Apollo plugin), per operation (see OperationLabels) and error code;
 * - connectors: `syncRunEnded` when a sync run ends;
 * - background jobs: `jobDuration` / `jobFailed` (or `timeJob` around a handler), and `queueDepthFrom`
 *   for a source of queue sizes read at scrape time;
 * - the database: `observePool` for a pg pool's total, idle and waiting connections.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new OperationLabels();
  private readonly pools = new Map<string, () => PoolStats | undefined>();
  private readonly queueSources: QueueDepthSource[] = [];

  private readonly graphqlRequests = new Counter({
    name: 'skillpath_graphql_requests_total', help: 'GraphQL requests by operation name and type', labelNames: ['operation', 'type'] as const, registers: [this.registry],
  });
  private readonly graphqlSeconds = new Histogram({
    name: 'skillpath_graphql_request_duration_seconds', help: 'GraphQL request latency by operation, from receipt to response', labelNames: ['operation', 'type'] as const,
    buckets: SECONDS_BUCKETS, registers: [this.registry],
  });
  private readonly graphqlErrors = new Counter({
    name: 'skillpath_graphql_errors_total', help: 'GraphQL errors by operation and the code the client was given', labelNames: ['operation', 'code'] as const, registers: [this.registry],
  });
  private readonly syncRuns = new Counter({
    name: 'skillpath_sync_runs_total', help: 'Connector sync runs ended, by connector kind, mode and status', labelNames: ['kind', 'mode', 'status'] as const, registers: [this.registry],
  });
  private readonly syncRecords = new Counter({
    name: 'skillpath_sync_records_total', help: 'Records of ended sync runs by outcome (created, updated, unchanged, deactivated, reactivated, failed)',
    labelNames: ['kind', 'mode', 'outcome'] as const, registers: [this.registry],
  });
  private readonly jobSeconds = new Histogram({
    name: 'skillpath_job_duration_seconds', help: 'Background job run time by queue and result', labelNames: ['queue', 'result'] as const, buckets: JOB_BUCKETS, registers: [this.registry],
  });
  private readonly jobFailures = new Counter({
    name: 'skillpath_job_failures_total', help: 'Background jobs that failed (each failed attempt), by queue', labelNames: ['queue'] as const, registers: [this.registry],
  });

  constructor() {
    const pools = this.pools;
    new Gauge({
      name: 'skillpath_db_pool_connections', help: 'Database pool connections: total open, idle, and callers waiting for one', labelNames: ['pool', 'state'] as const, registers: [this.registry],
      collect() {
        this.reset();
        for (const [pool, read] of pools) {
          const stats = read();
          if (!stats) continue;
          this.set({ pool, state: 'total' }, stats.totalCount);
          this.set({ pool, state: 'idle' }, stats.idleCount);
          this.set({ pool, state: 'waiting' }, stats.waitingCount);
        }
      },
    });
    const sources = this.queueSources;
    new Gauge({
      name: 'skillpath_job_queue_depth', help: 'Background jobs per queue and state, read at scrape time', labelNames: ['queue', 'state'] as const, registers: [this.registry],
      async collect() {
        this.reset();
        for (const source of sources) for (const { queue, state, count } of await source()) this.set({ queue, state }, count);
      },
    });
  }

  /** One GraphQL request: `operation` as the plugin resolved it (undefined: none resolved; null: anonymous). */
  graphqlRequest(operation: string | null | undefined, type: string, seconds: number, errorCodes: readonly string[]): void {
    const label = this.operations.of(operation);
    this.graphqlRequests.inc({ operation: label, type });
    this.graphqlSeconds.observe({ operation: label, type }, seconds);
    for (const code of errorCodes) this.graphqlErrors.inc({ operation: label, code: CODE.test(code) ? code : 'OTHER' });
  }

  syncRunEnded(run: SyncRunEnd): void {
    this.syncRuns.inc({ kind: run.kind, mode: run.mode, status: run.status });
    for (const outcome of RECORD_OUTCOMES) {
      const n = run.counts[outcome] ?? 0;
      if (n > 0) this.syncRecords.inc({ kind: run.kind, mode: run.mode, outcome }, n);
    }
  }

  /** A job of `queue` ran for `seconds` (result: completed or failed; a failure also counts in skillpath_job_failures_total). */
  jobDuration(queue: string, seconds: number, result: 'completed' | 'failed' = 'completed'): void {
    this.jobSeconds.observe({ queue, result }, seconds);
    if (result === 'failed') this.jobFailures.inc({ queue });
  }

  /** A job of `queue` failed without a duration to report (e.g. it expired or went to the dead-letter queue). */
  jobFailed(queue: string): void {
    this.jobFailures.inc({ queue });
  }

  /** Runs `work` as one job of `queue`, recording its duration and, when it throws, its failure (the error is rethrown). */
  async timeJob<T>(queue: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      const result = await work();
      this.jobDuration(queue, (performance.now() - started) / 1000);
      return result;
    } catch (e) {
      this.jobDuration(queue, (performance.now() - started) / 1000, 'failed');
      throw e;
    }
  }

  /** Reads queue depths from `source` at each scrape (a failing source is skipped for that scrape). */
  queueDepthFrom(source: QueueDepthSource): void {
    this.queueSources.push(async () => {
      try {
        return await source();
      } catch {
        return [];
      }
    });
  }

  /** Reports the pool `read` returns (read at each scrape; undefined while there is none). */
  observePool(name: string, read: () => PoolStats | undefined): void {
    this.pools.set(name, read);
  }

  /** The Prometheus text exposition of this application's metrics and the process's. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    const merged = Registry.merge([processMetrics(), this.registry]);
    return { contentType: merged.contentType, body: await merged.metrics() };
  }
}
