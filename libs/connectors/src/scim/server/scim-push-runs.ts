import { Injectable, Logger } from '@nestjs/common';
import { Metrics } from '@app/shared';
import { TransactionHost } from '@app/persistence';
import { Connector } from '../../core/entities/connector.entity';
import type { PushErrorRow } from './scim-users.repository';

/**
 * A SCIM write the sync engine refused (a manager cycle, an email another employee has, an HR admin's status) is a
 * sync run of its connector that HR sees with its errors (syncRuns / syncErrors): mode PUSH, status FAILED. It is
 * written once the write's transaction has rolled back, in a transaction of its own, so the refusal leaves exactly
 * this run and nothing of the write.
 */
@Injectable()
export class ScimPushRuns {
  private readonly logger = new Logger('ScimPushRuns');

  constructor(
    private readonly tx: TransactionHost,
    private readonly monitoring: Metrics,
  ) {}

  /** Called inside the push's transaction: the run is recorded when that transaction is over. */
  async recordWhenSettled(connector: Connector, detail: string, errors: readonly PushErrorRow[]): Promise<void> {
    await this.tx.whenSettled(async () => {
      try {
        await this.tx.run(() => this.record(connector.id, detail, errors));
        this.monitoring.syncRunEnded({ kind: connector.kind, mode: 'PUSH', status: 'FAILED', counts: { failed: errors.length } });
      } catch (e) {
        // The client still gets its SCIM error; a failure to record is logged, never turned into a 500.
        this.logger.error(`Could not record the refused SCIM push: ${e instanceof Error ? e.message : String(e)}`);
      }
    });
  }

  private async record(connectorId: string, detail: string, errors: readonly PushErrorRow[]): Promise<void> {
    const [run] = await this.tx.query<{ id: string }>(
      `INSERT INTO sync_run (connector_id, started_at, heartbeat_at, finished_at, status, mode, dry_run, failed, error_message)
       VALUES ($1, now(), now(), now(), 'FAILED', 'PUSH', false, $2, $3) RETURNING id`,
      [connectorId, errors.length, detail],
    );
    await this.tx.query(
      `INSERT INTO sync_error (connector_id, run_id, external_id, field, message, code, payload)
       SELECT $1, $2, e.external_id, e.field, e.message, e.code, e.payload FROM jsonb_to_recordset($3::jsonb) AS e(external_id text, field text, message text, code text, payload jsonb)`,
      [connectorId, run.id, JSON.stringify(errors)],
    );
  }
}
