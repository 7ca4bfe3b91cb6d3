import { setImmediate as nextTurn } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@app/persistence';
import { EmployeeSyncWriter } from '@app/employees';
import { HrisPull, SourceEmployee, SyncField } from '../core/ports';
import { mergeEmployeeBatch } from './employee-batch';
import { resolveManagerLinks } from './manager-links';
import { deactivateMissing } from './deactivation';
import { screenBatch } from './record-checks';
import { addCounts, MergeScope, Sql, SyncCounts, SyncDiffEntry, zeroCounts } from './sync-types';

export interface EmployeeSyncOptions {
  connectorId: string;
  runId: string | null;
  /** FULL: people missing at the end are deactivated. */
  full: boolean;
  dryRun: boolean;
  owned: readonly SyncField[];
  /** Resolve the pending manager links of these records only (a push), rather than all of the connector's. */
  linksOf?: readonly string[];
  /** Called after each applied batch with its counts and the number of source rows it took (in the batch's transaction). */
  onBatch?: (counts: SyncCounts, sourceRows: number) => Promise<void>;
  /** Source rows a killed run already committed (its checkpoint): skipped, their ids still count as seen. */
  skipRows?: number;
}

export interface EmployeeSyncResult {
  counts: SyncCounts;
  diff: SyncDiffEntry[];
  linkErrors: number;
}

/** Thrown inside a dry run's transaction to roll it back once its part of the diff is known. */
class DryRunRollback extends Error {
  constructor(readonly result: unknown) {
    super('dry run');
  }
}

const DIFF_LIMIT = 1000;

/**
 * Applies an HRIS pull to the employees (written by the employees lib, EmployeeSyncWriter) with the sync guarantees: each batch is its own transaction
 * (all of it or none), manager links after all batches, deactivation only after a completed full snapshot.
 * A dry run does the same work, each unit in a transaction that is rolled back, and returns the diff: each
 * batch is compared with the data as it is (a file's rows are unique, so batches do not see each other), and
 * the manager step sees the links already pending, not the file's (its CREATE and UPDATE entries carry the
 * managerExternalId; unknown managers are found by the CSV checks before).
 */
@Injectable()
export class EmployeeSync {
  constructor(
    private readonly tx: TransactionHost,
    private readonly writer: EmployeeSyncWriter,
  ) {}

  apply(pull: HrisPull, options: EmployeeSyncOptions): Promise<EmployeeSyncResult> {
    if (options.dryRun && this.tx.inTransaction) throw new Error('A dry run rolls back its own transactions: start it outside one');
    return this.applyPull(pull, options);
  }

  private async applyPull(pull: HrisPull, options: EmployeeSyncOptions): Promise<EmployeeSyncResult> {
    const sql: Sql = (text, params) => this.tx.query(text, params);
    const provided = new Set<SyncField>([...pull.fields, 'status']);
    const scope: MergeScope = {
      connectorId: options.connectorId,
      runId: options.runId,
      provided,
      owned: new Set(options.owned),
      linkExisting: await this.linksExisting(options.connectorId),
      dryRun: options.dryRun,
      diffLimit: options.dryRun ? DIFF_LIMIT : 0,
      diff: [],
    };
    const counts = zeroCounts();
    const seen: string[] = [];
    let toSkip = options.skipRows ?? 0;
    for await (const incoming of pull.batches) {
      if (options.full) for (const r of incoming) if (r.externalId) seen.push(r.externalId);
      const skip = Math.min(toSkip, incoming.length);
      toSkip -= skip;
      const batch = skip > 0 ? incoming.slice(skip) : incoming;
      if (batch.length === 0) continue;
      const rows: SourceEmployee[] = batch.map((r) => ({ ...r, status: r.status ?? 'ACTIVE' }));
      const { ok, problems } = screenBatch(rows, provided);
      await this.inTransaction(options.dryRun, async () => {
        const merged = await mergeEmployeeBatch(sql, this.writer, scope, ok, problems);
        addCounts(counts, merged);
        if (options.onBatch) await options.onBatch(merged, batch.length);
      });
      // Let other requests in between batches (the embedded engine runs statements on this thread).
      await nextTurn();
    }
    const links = await this.inTransaction(options.dryRun, () =>
      resolveManagerLinks(sql, this.writer, options, options.dryRun, options.dryRun ? scope.diff : null, options.linksOf ?? null),
    );
    const deleted = pull.deletedExternalIds ? await pull.deletedExternalIds() : [];
    if (options.full || deleted.length > 0) {
      const gone = await this.inTransaction(options.dryRun, async () => {
        const outcome = await deactivateMissing(sql, this.writer, options, options.full ? seen : deleted, options.full, options.dryRun, options.dryRun ? scope.diff : null);
        const extra = { deactivated: outcome.deactivated };
        if (options.onBatch) await options.onBatch({ ...zeroCounts(), ...extra }, 0);
        return extra;
      });
      addCounts(counts, gone);
    }
    return { counts, diff: scope.diff, linkErrors: links.errors };
  }

  /**
   * One unit of the sync in its own transaction, rolled back in a dry run: a batch holds a pool connection (and,
   * on the embedded engine, the engine) only for itself, so a preview of a large file lets other requests through.
   * Without PostgreSQL's JIT: the batch statements are long expression lists whose estimated cost crosses the JIT
   * threshold, and compiling them took longer than running them (a 5,000-row stage: 125 ms with JIT, 49 ms without).
   */
  private async inTransaction<T>(dryRun: boolean, fn: () => Promise<T>): Promise<T> {
    try {
      return await this.tx.run(async () => {
        await this.tx.query('SET LOCAL jit = off');
        const result = await fn();
        if (dryRun) throw new DryRunRollback(result);
        return result;
      });
    } catch (e) {
      if (e instanceof DryRunRollback) return e.result as T;
      throw e;
    }
  }

  /** Whether HR let this connector link an employee it finds by email that no connector links (off by default). */
  private async linksExisting(connectorId: string): Promise<boolean> {
    const [row] = await this.tx.query<{ link: boolean }>(`SELECT coalesce(settings->>'linkExistingEmployees' = 'true', false) AS link FROM connector WHERE id = $1`, [connectorId]);
    return row?.link ?? false;
  }
}
