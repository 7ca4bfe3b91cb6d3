import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@app/persistence';
import { EmployeeEventPublisher } from '../employee-event-publisher';
import { BatchRow, BatchScope, BatchUpsert, batchUpsert } from './batch-upsert';
import { deactivate, Departure, DeactivationOutcome } from './deactivation';
import { LinkOutcome, linkManagers, ManagerLink } from './manager-links';
import type { SyncSql } from './sync-port';

/**
 * The port through which a sync (CSV files, HRIS pulls, SCIM pushes) writes people: only the employees lib writes
 * the employee table. Each call runs in the caller's transaction and publishes the employee events of what it
 * changed (not in a dry run, whose transaction the caller rolls back). Refusals come back by code
 * (EMPLOYEE_FAILURES) for the caller to report in its own terms.
 */
@Injectable()
export class EmployeeSyncWriter {
  constructor(
    private readonly tx: TransactionHost,
    private readonly events: EmployeeEventPublisher,
  ) {}

  private readonly sql: SyncSql = (text, params) => this.tx.query(text, params);

  /** Creates and updates the people of one batch (see batchUpsert); the staged rows stay in BATCH_STAGE for the caller. */
  async batchUpsert(scope: BatchScope, rows: readonly BatchRow[], dryRun: boolean): Promise<BatchUpsert> {
    const outcome = await batchUpsert(this.sql, scope, rows);
    if (!dryRun) await this.events.statusesChanged(outcome.statusChanges);
    return outcome;
  }

  /** Sets managers, refusing the links that would close a reporting cycle (MANAGER_CYCLE). */
  async linkManagers(links: readonly ManagerLink[], dryRun: boolean, diffLimit = 0): Promise<LinkOutcome> {
    if (links.length === 0) return { changes: [], cycles: [], diff: [] };
    const outcome = await linkManagers(this.sql, links, dryRun, diffLimit);
    if (!dryRun) await this.events.managersChanged(outcome.changes);
    return outcome;
  }

  /** Sets people a source no longer has TERMINATED, except HR admins (HR_ADMIN_STATUS). */
  async deactivate(departures: readonly Departure[], dryRun: boolean, diffLimit = 0): Promise<DeactivationOutcome> {
    if (departures.length === 0) return { deactivated: 0, statusChanges: [], hrAdmins: [], diff: [] };
    const outcome = await deactivate(this.sql, departures, dryRun, diffLimit);
    if (!dryRun) await this.events.statusesChanged(outcome.statusChanges);
    return outcome;
  }
}
