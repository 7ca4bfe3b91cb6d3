import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@app/persistence';
import { Connector } from './entities/connector.entity';
import { SyncRun } from './entities/sync-run.entity';
import { SyncError } from './entities/sync-error.entity';

/** Every query on connector, sync_run and sync_error. */
@Injectable()
export class ConnectorRepository {
  constructor(private readonly tx: TransactionHost) {}

  findById(id: string): Promise<Connector | null> {
    return this.tx.manager.findOne(Connector, { where: { id } });
  }

  findByName(name: string): Promise<Connector | null> {
    return this.tx.manager.findOne(Connector, { where: { name } });
  }

  findByPushTokenHash(hash: string): Promise<Connector | null> {
    return this.tx.manager.findOne(Connector, { where: { pushTokenHash: hash } });
  }

  list(): Promise<Connector[]> {
    return this.tx.manager.find(Connector, { order: { name: 'ASC' } });
  }

  scheduled(): Promise<Connector[]> {
    return this.tx.manager.createQueryBuilder(Connector, 'c').where('c.enabled').andWhere('c.schedule IS NOT NULL').getMany();
  }

  save(connector: Connector): Promise<Connector> {
    return this.tx.manager.save(Connector, connector);
  }

  findRun(id: string): Promise<SyncRun | null> {
    return this.tx.manager.findOne(SyncRun, { where: { id } });
  }

  runs(connectorIds: readonly string[], limit: number): Promise<SyncRun[]> {
    return this.tx.manager
      .createQueryBuilder(SyncRun, 'r')
      .where('r.connector_id = ANY(:connectorIds)', { connectorIds })
      .orderBy('r.started_at', 'DESC')
      .limit(limit)
      .getMany();
  }

  errors(runId: string, limit: number): Promise<SyncError[]> {
    return this.tx.manager
      .createQueryBuilder(SyncError, 'e')
      .where('e.run_id = :runId', { runId })
      .orderBy('e.line', 'ASC', 'NULLS LAST')
      .addOrderBy('e.created_at', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** Aborts RUNNING runs whose heartbeat is older than `staleSeconds` (their process died), then opens a run. */
  async openRun(connectorId: string, mode: string, dryRun: boolean, cursor: string | null, staleSeconds: number): Promise<string> {
    await this.tx.query(
      `UPDATE sync_run SET status = 'ABORTED', finished_at = now(), error_message = 'No heartbeat: the run was killed', updated_at = now()
       WHERE connector_id = $1 AND status = 'RUNNING' AND heartbeat_at < now() - make_interval(secs => $2)`,
      [connectorId, staleSeconds],
    );
    const [row] = await this.tx.query<{ id: string }>(
      `INSERT INTO sync_run (connector_id, started_at, heartbeat_at, status, mode, dry_run, cursor) VALUES ($1, now(), now(), 'RUNNING', $2, $3, $4) RETURNING id`,
      [connectorId, mode, dryRun, cursor],
    );
    return row.id;
  }

  async addRunCounts(runId: string, c: Record<string, number>): Promise<void> {
    await this.tx.query(
      `UPDATE sync_run SET created = created + $2, updated = updated + $3, unchanged = unchanged + $4, deactivated = deactivated + $5,
         reactivated = reactivated + $6, failed = failed + $7, heartbeat_at = now(), updated_at = now() WHERE id = $1`,
      [runId, c.created, c.updated, c.unchanged, c.deactivated, c.reactivated, c.failed],
    );
  }

  async finishRun(runId: string, values: { status: 'SUCCEEDED' | 'FAILED'; counts?: Record<string, number>; nextCursor?: string | null; errorMessage?: string | null; diff?: unknown[] | null }): Promise<void> {
    const c = values.counts;
    await this.tx.query(
      `UPDATE sync_run SET status = $2, finished_at = now(), updated_at = now(), next_cursor = $3, error_message = $4, diff = $5::jsonb,
         created = coalesce($6, created), updated = coalesce($7, updated), unchanged = coalesce($8, unchanged),
         deactivated = coalesce($9, deactivated), reactivated = coalesce($10, reactivated), failed = coalesce($11, failed)
       WHERE id = $1`,
      [runId, values.status, values.nextCursor ?? null, values.errorMessage ?? null, values.diff ? JSON.stringify(values.diff) : null,
        c?.created ?? null, c?.updated ?? null, c?.unchanged ?? null, c?.deactivated ?? null, c?.reactivated ?? null, c?.failed ?? null],
    );
  }

  async setCursor(connectorId: string, cursor: string | null): Promise<void> {
    await this.tx.query(`UPDATE connector SET cursor = $2, updated_at = now() WHERE id = $1`, [connectorId, cursor]);
  }
}
