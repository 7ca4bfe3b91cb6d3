import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { TransactionHost } from '@app/persistence';
import { EMPLOYEE_MANAGER_CHANGED, EMPLOYEE_STATUS_CHANGED, EmployeeManagerChanged, EmployeeStatusChanged } from '@app/employees';
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
  /** Called after each applied batch with its counts (in the batch's transaction). */
  onBatch?: (counts: SyncCounts) => Promise<void>;
}

export interface EmployeeSyncResult {
  counts: SyncCounts;
  diff: SyncDiffEntry[];
  linkErrors: number;
}

/** Thrown inside a dry run's transaction to roll everything back once the diff is known. */
class DryRunRollback extends Error {
  constructor(readonly result: EmployeeSyncResult) {
    super('dry run');
  }
}

const DIFF_LIMIT = 1000;

/**
 * Applies an HRIS pull to the employee table with the sync guarantees: each batch is its own transaction
 * (all of it or none), manager links after all batches, deactivation only after a completed full snapshot.
 * A dry run does the same work in one transaction that is rolled back, and returns the diff.
 */
@Injectable()
export class EmployeeSync {
  constructor(
    private readonly tx: TransactionHost,
    private readonly events: EventEmitter2,
  ) {}

  async apply(pull: HrisPull, options: EmployeeSyncOptions): Promise<EmployeeSyncResult> {
    if (!options.dryRun) return this.applyPull(pull, options);
    try {
      await this.tx.run(async () => {
        throw new DryRunRollback(await this.applyPull(pull, options));
      });
    } catch (e) {
      if (e instanceof DryRunRollback) return e.result;
      throw e;
    }
    throw new Error('unreachable');
  }

  private async applyPull(pull: HrisPull, options: EmployeeSyncOptions): Promise<EmployeeSyncResult> {
    const sql: Sql = (text, params) => this.tx.query(text, params);
    const provided = new Set<SyncField>([...pull.fields, 'status']);
    const scope: MergeScope = {
      connectorId: options.connectorId,
      runId: options.runId,
      provided,
      owned: new Set(options.owned),
      dryRun: options.dryRun,
      diffLimit: options.dryRun ? DIFF_LIMIT : 0,
      diff: [],
    };
    const counts = zeroCounts();
    const seen: string[] = [];
    for await (const batch of pull.batches) {
      if (batch.length === 0) continue;
      const rows: SourceEmployee[] = batch.map((r) => ({ ...r, status: r.status ?? 'ACTIVE' }));
      const { ok, problems } = screenBatch(rows, provided);
      if (options.full) for (const r of rows) if (r.externalId) seen.push(r.externalId);
      await this.inTransaction(async () => {
        const outcome = await mergeEmployeeBatch(sql, scope, ok, problems);
        if (!options.dryRun) await this.publishStatus(outcome.statusChanges);
        addCounts(counts, outcome.counts);
        if (options.onBatch) await options.onBatch(outcome.counts);
      });
    }
    const links = await this.inTransaction(async () => {
      const outcome = await resolveManagerLinks(sql, options.connectorId, options.runId, options.dryRun, options.dryRun ? scope.diff : null, options.linksOf ?? null);
      for (const c of outcome.changes) {
        const event: EmployeeManagerChanged = c;
        await this.events.emitAsync(EMPLOYEE_MANAGER_CHANGED, event);
      }
      return outcome;
    });
    const deleted = pull.deletedExternalIds ? await pull.deletedExternalIds() : [];
    if (options.full || deleted.length > 0) {
      const gone = await this.inTransaction(async () => {
        const outcome = await deactivateMissing(sql, options, options.full ? seen : deleted, options.full, options.dryRun, options.dryRun ? scope.diff : null);
        await this.publishStatus(outcome.statusChanges);
        const extra = { deactivated: outcome.deactivated };
        if (options.onBatch) await options.onBatch({ ...zeroCounts(), ...extra });
        return extra;
      });
      addCounts(counts, gone);
    }
    return { counts, diff: scope.diff, linkErrors: links.errors };
  }

  /**
   * One unit of the sync in its own transaction (joining a dry run's). Without PostgreSQL's JIT: the batch
   * statements are long expression lists whose estimated cost crosses the JIT threshold, and compiling them
   * took longer than running them (a 5,000-row stage: 125 ms with JIT, 49 ms without).
   */
  private inTransaction<T>(fn: () => Promise<T>): Promise<T> {
    return this.tx.run(async () => {
      await this.tx.query('SET LOCAL jit = off');
      return fn();
    });
  }

  private async publishStatus(changes: Array<{ employeeId: string; previousStatus: string; newStatus: string }>): Promise<void> {
    for (const c of changes) {
      const event: EmployeeStatusChanged = c;
      await this.events.emitAsync(EMPLOYEE_STATUS_CHANGED, event);
    }
  }
}
