import { Injectable, Logger } from '@nestjs/common';
import { AppConfig, AppError, isUniqueViolation, Metrics, notFound } from '@app/shared';
import { TransactionHost } from '@app/persistence';
import { EmployeeSync } from '../sync/employee-sync';
import { SyncCounts } from '../sync/sync-types';
import { ConnectorRepository } from './connector.repository';
import { ConnectorSecrets } from './connector-secrets';
import { ConnectorRegistry } from './registry';
import { SyncRun } from './entities/sync-run.entity';
import { Connector } from './entities/connector.entity';
import { HrisPull, SYNC_FIELDS, SyncField } from './ports';
import { MetricSync } from '../performance/metric-sync';

export class SyncAlreadyRunningError extends AppError {
  constructor(readonly connectorId: string) {
    super('CONFLICT', 'A sync of this connector is already running');
  }
}

/** Another run took this one over (its heartbeat was late): it stops, its last batch rolled back. */
class RunTakenOver extends Error {
  constructor() {
    super('Another run took this one over: its heartbeat was late');
  }
}

export interface RunOptions {
  dryRun?: boolean;
  /** AUTO: incremental when the connector can and has a cursor, else a full snapshot. */
  mode?: 'AUTO' | 'FULL' | 'INCREMENTAL';
  /** A pull given by the caller (an uploaded file) instead of the connector's own port. */
  pull?: HrisPull;
  /** Whether `pull` is complete (people missing from it are deactivated). */
  pullIsFull?: boolean;
}


/**
 * Runs syncs: one RUNNING run per connector (a unique partial index refuses a second), a heartbeat every
 * `heartbeatSeconds` and per batch, so a killed run's slot is taken over after `staleSeconds`; counts, errors,
 * cursor and a checkpoint per committed batch recorded on the run. A run that takes over a killed one with the
 * same pull (resumeKey) resumes after its checkpoint. Must be called outside any transaction: every batch
 * commits on its own.
 */
@Injectable()
export class SyncRunner {
  private readonly logger = new Logger(SyncRunner.name);
  /** After this long without a heartbeat, a RUNNING run is considered killed (SYNC_STALE_SECONDS). */
  staleSeconds: number;
  /** How often a running sync beats its heart (SYNC_HEARTBEAT_SECONDS). */
  heartbeatSeconds: number;
  batchSize = 2000;

  constructor(
    private readonly tx: TransactionHost,
    private readonly repo: ConnectorRepository,
    private readonly registry: ConnectorRegistry,
    private readonly secrets: ConnectorSecrets,
    private readonly employees: EmployeeSync,
    private readonly metrics: MetricSync,
    config: AppConfig,
    private readonly monitoring: Metrics,
  ) {
    this.staleSeconds = config.SYNC_STALE_SECONDS;
    this.heartbeatSeconds = config.SYNC_HEARTBEAT_SECONDS;
  }

  async run(connectorId: string, options: RunOptions = {}): Promise<SyncRun> {
    if (this.tx.inTransaction) throw new Error('SyncRunner.run must be called outside a transaction');
    const connector = await this.repo.findById(connectorId);
    if (!connector) throw notFound('Connector');
    const dryRun = options.dryRun ?? false;
    const port = options.pull ? null : this.registry.build({ id: connector.id, kind: connector.kind, name: connector.name, settings: connector.settings, secrets: this.secrets.open(connector) });
    if (!options.pull && !port) throw new AppError('BAD_USER_INPUT', `A ${connector.kind} connector receives pushes or uploads; it has nothing to pull`, 'id');
    const incremental = !options.pull && port?.kind === 'HRIS' && !!port.changesSince && !!connector.cursor && options.mode !== 'FULL';
    const mode = options.pull ? 'UPLOAD' : port?.kind === 'PERFORMANCE' ? 'METRICS' : incremental ? 'INCREMENTAL' : 'FULL';
    const runId = await this.open(connector, mode, dryRun);
    const heartbeat = setInterval(() => void this.beat(runId), this.heartbeatSeconds * 1000);
    heartbeat.unref();
    try {
      const ctx = { connectorId, batchSize: this.batchSizeOf(connector) };
      if (port?.kind === 'PERFORMANCE') {
        const result = await this.metrics.apply(await port.observations({ ...ctx, since: connector.cursor }), { connectorId, runId, dryRun, onBatch: (c) => this.progress(runId, dryRun, c, 0) });
        await this.finish(connector, runId, dryRun, result.counts, result.nextCursor, null);
      } else {
        const pull = options.pull ?? (port?.kind === 'HRIS' ? await (incremental ? port.changesSince!(connector.cursor as string, ctx) : port.fullSnapshot(ctx)) : null);
        if (!pull) throw new Error('no pull');
        const full = options.pull ? options.pullIsFull === true : !incremental;
        const resumeKey = dryRun ? null : (pull.resumeKey ?? null);
        const from = resumeKey ? await this.repo.resumable(connectorId, runId, resumeKey) : null;
        if (resumeKey) await this.repo.startFrom(runId, resumeKey, from);
        const result = await this.employees.apply(pull, { connectorId, runId, full, dryRun, owned: ownedFields(connector), skipRows: from?.checkpoint ?? 0, onBatch: (c, rows) => this.progress(runId, dryRun, c, rows) });
        await this.finish(connector, runId, dryRun, result.counts, pull.nextCursor?.() ?? null, result.diff);
      }
    } catch (e) {
      await this.tx.run(() => this.repo.finishRun(runId, { status: 'FAILED', errorMessage: e instanceof Error ? e.message : String(e) }));
    } finally {
      clearInterval(heartbeat);
    }
    const run = (await this.repo.findRun(runId)) as SyncRun;
    this.monitoring.syncRunEnded({ kind: connector.kind, mode: run.mode, status: run.status, counts: run });
    return run;
  }

  private async open(connector: Connector, mode: string, dryRun: boolean): Promise<string> {
    try {
      return await this.tx.run(() => this.repo.openRun(connector.id, mode, dryRun, connector.cursor, this.staleSeconds));
    } catch (e) {
      if (isUniqueViolation(e)) {
        throw new SyncAlreadyRunningError(connector.id);
      }
      throw e;
    }
  }

  /** In the batch's transaction: counts and checkpoint (dry runs: the heartbeat only); stops a run taken over. */
  private async progress(runId: string, dryRun: boolean, counts: SyncCounts, sourceRows: number): Promise<void> {
    const alive = dryRun ? await this.repo.touchRun(runId) : await this.repo.addRunCounts(runId, counts as unknown as Record<string, number>, sourceRows);
    if (!alive) throw new RunTakenOver();
  }

  /** The timer's heartbeat, on its own connection; a failure is logged and the next beat tries again. */
  private async beat(runId: string): Promise<void> {
    try {
      await this.repo.touchRun(runId);
    } catch (e) {
      this.logger.warn(`sync run ${runId}: heartbeat failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private async finish(connector: Connector, runId: string, dryRun: boolean, counts: SyncCounts, nextCursor: string | null, diff: unknown[] | null): Promise<void> {
    await this.tx.run(async () => {
      await this.repo.finishRun(runId, { status: 'SUCCEEDED', counts: counts as unknown as Record<string, number>, nextCursor, diff: dryRun ? diff ?? [] : null });
      if (!dryRun && nextCursor) await this.repo.setCursor(connector.id, nextCursor);
    });
  }

  private batchSizeOf(connector: Connector): number {
    const n = Number(connector.settings?.batchSize);
    return Number.isInteger(n) && n >= 1 && n <= 10000 ? n : this.batchSize;
  }
}

/** The fields HR owns locally for this connector (settings.ownedFields). */
export function ownedFields(connector: Pick<Connector, 'settings'>): SyncField[] {
  const list = connector.settings?.ownedFields;
  return Array.isArray(list) ? list.filter((f): f is SyncField => (SYNC_FIELDS as readonly string[]).includes(f as string)) : [];
}
