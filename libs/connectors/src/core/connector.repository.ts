import { Injectable } from '@nestjs/common';
import { GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { Connector } from './entities/connector.entity';
import { SyncRun } from './entities/sync-run.entity';
import { SyncError } from './entities/sync-error.entity';

/** Every query on connector, sync_run and sync_error. */
/** A new connector's columns (the id and timestamps are the table's). */
export type NewConnector = Pick<Connector, 'kind' | 'name' | 'schedule' | 'enabled' | 'settings' | 'secretsSealed' | 'pushTokenHash' | 'cursor'>;

@Injectable()
export class ConnectorRepository {
  constructor(private readonly tx: TransactionHost) {}

  @GenerateSql({ params: [SqlExample.ID] })
  findById(id: string): Promise<Connector | null> {
    return this.tx.manager.findOne(Connector, { where: { id } });
  }

  /** Compared trimmed and ignoring case. */
  @GenerateSql({ params: ['Workday'] })
  findByName(name: string): Promise<Connector | null> {
    return this.tx.manager.createQueryBuilder(Connector, 'c').where('lower(trim(c.name)) = lower(trim(:name))', { name }).getOne();
  }

  @GenerateSql({ params: ['token-hash'] })
  findByPushTokenHash(hash: string): Promise<Connector | null> {
    return this.tx.manager.findOne(Connector, { where: { pushTokenHash: hash } });
  }

  @GenerateSql({ params: [] })
  list(): Promise<Connector[]> {
    return this.tx.manager.find(Connector, { order: { name: 'ASC' } });
  }

  @GenerateSql({ params: [] })
  scheduled(): Promise<Connector[]> {
    return this.tx.manager.createQueryBuilder(Connector, 'c').where('c.enabled').andWhere('c.schedule IS NOT NULL').getMany();
  }

  @GenerateSql({ params: [Object.assign(new Connector(), { kind: 'csv', name: 'Workday', schedule: null, enabled: true, settings: {}, secretsSealed: null, pushTokenHash: null, cursor: null })] })
  save(connector: Connector): Promise<Connector> {
    return this.tx.manager.save(Connector, connector);
  }

  /**
   * Saves the connector in a savepoint of the caller's transaction: a unique index refusing it (a concurrent write
   * took the name first) fails the savepoint only, so the caller can answer and its transaction stays usable.
   */
  @GenerateSql({ params: [Object.assign(new Connector(), { id: SqlExample.ID, kind: 'csv', name: 'Workday', schedule: null, enabled: true, settings: {}, secretsSealed: null, pushTokenHash: null, cursor: null })] })
  saveInSavepoint(connector: Connector): Promise<Connector> {
    return this.tx.run(() => this.tx.manager.transaction(() => this.save(connector)));
  }

  /** A new connector of these values (created as the entity), saved as saveInSavepoint saves. */
  @GenerateSql({ params: [{ kind: 'csv', name: 'Workday', schedule: null, enabled: true, settings: {}, secretsSealed: null, pushTokenHash: null, cursor: null }] })
  insertInSavepoint(values: NewConnector): Promise<Connector> {
    return this.saveInSavepoint(this.tx.manager.create(Connector, values));
  }

  @GenerateSql({ params: [SqlExample.ID] })
  findRun(id: string): Promise<SyncRun | null> {
    return this.tx.manager.findOne(SyncRun, { where: { id } });
  }

  @GenerateSql({ params: [SqlExample.IDS, 5] })
  runs(connectorIds: readonly string[], limit: number): Promise<SyncRun[]> {
    return this.tx.manager
      .createQueryBuilder(SyncRun, 'r')
      .where('r.connector_id = ANY(:connectorIds)', { connectorIds })
      .orderBy('r.started_at', 'DESC')
      .limit(limit)
      .getMany();
  }

  @GenerateSql({ params: [SqlExample.ID, 50] })
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
  @GenerateSql({ params: [SqlExample.ID, 'FULL', false, null, 300] })
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

  /**
   * Adds a committed batch's counts and source rows (the checkpoint) to a RUNNING run, and beats its heart. False
   * when the run is no longer RUNNING (another run took it over): the caller must stop.
   */
  @GenerateSql({ params: [SqlExample.ID, { created: 1, updated: 2, unchanged: 3, deactivated: 0, reactivated: 0, failed: 0 }, 10] })
  async addRunCounts(runId: string, c: Record<string, number>, sourceRows: number): Promise<boolean> {
    // Counted in a SELECT: TypeORM answers an UPDATE … RETURNING with [rows, affected], not the rows.
    const [{ n }] = await this.tx.query<{ n: number }>(
      `WITH u AS (
         UPDATE sync_run SET created = created + $2, updated = updated + $3, unchanged = unchanged + $4, deactivated = deactivated + $5,
           reactivated = reactivated + $6, failed = failed + $7, checkpoint = checkpoint + $8, heartbeat_at = now(), updated_at = now()
         WHERE id = $1 AND status = 'RUNNING' RETURNING id)
       SELECT count(*)::int AS n FROM u`,
      [runId, c.created, c.updated, c.unchanged, c.deactivated, c.reactivated, c.failed, sourceRows],
    );
    return n > 0;
  }

  /** Beats a RUNNING run's heart; false when it is no longer RUNNING. */
  @GenerateSql({ params: [SqlExample.ID] })
  async touchRun(runId: string): Promise<boolean> {
    const [{ n }] = await this.tx.query<{ n: number }>(
      `WITH u AS (UPDATE sync_run SET heartbeat_at = now() WHERE id = $1 AND status = 'RUNNING' RETURNING id) SELECT count(*)::int AS n FROM u`,
      [runId],
    );
    return n > 0;
  }

  /**
   * The killed run a new run with this resume key continues: the connector's latest applying run before it, when
   * that one was ABORTED (no heartbeat) with the same key. Null otherwise.
   */
  @GenerateSql({ params: [SqlExample.ID, SqlExample.ID_2, 'resume-key'] })
  async resumable(connectorId: string, runId: string, resumeKey: string): Promise<{ id: string; checkpoint: number } | null> {
    const [last] = await this.tx.query<{ id: string; checkpoint: number; status: string; resume_key: string | null }>(
      `SELECT id, checkpoint, status, resume_key FROM sync_run
        WHERE connector_id = $1 AND id <> $2 AND NOT dry_run ORDER BY started_at DESC LIMIT 1`,
      [connectorId, runId],
    );
    return last && last.status === 'ABORTED' && last.resume_key === resumeKey ? { id: last.id, checkpoint: last.checkpoint } : null;
  }

  /** Records the pull's resume key, and the killed run this one continues from (its checkpoint). */
  @GenerateSql({ params: [SqlExample.ID, 'resume-key', { id: SqlExample.ID_2, checkpoint: 100 }] })
  async startFrom(runId: string, resumeKey: string | null, from: { id: string; checkpoint: number } | null): Promise<void> {
    await this.tx.query(`UPDATE sync_run SET resume_key = $2, resumed_from = $3, checkpoint = $4, updated_at = now() WHERE id = $1`, [
      runId, resumeKey, from?.id ?? null, from?.checkpoint ?? 0,
    ]);
  }

  @GenerateSql({ params: [SqlExample.ID, { status: 'SUCCEEDED', counts: { created: 1, updated: 2, unchanged: 3, deactivated: 0, reactivated: 0, failed: 0 }, nextCursor: 'cursor-2' }] })
  async finishRun(runId: string, values: { status: 'SUCCEEDED' | 'FAILED'; counts?: Record<string, number>; nextCursor?: string | null; errorMessage?: string | null; diff?: unknown[] | null }): Promise<void> {
    const c = values.counts;
    await this.tx.query(
      `UPDATE sync_run SET status = $2, finished_at = now(), updated_at = now(), next_cursor = $3, error_message = $4, diff = $5::jsonb,
         created = coalesce($6, created), updated = coalesce($7, updated), unchanged = coalesce($8, unchanged),
         deactivated = coalesce($9, deactivated), reactivated = coalesce($10, reactivated), failed = coalesce($11, failed)
       WHERE id = $1 AND status = 'RUNNING'`,
      [runId, values.status, values.nextCursor ?? null, values.errorMessage ?? null, values.diff ? JSON.stringify(values.diff) : null,
        c?.created ?? null, c?.updated ?? null, c?.unchanged ?? null, c?.deactivated ?? null, c?.reactivated ?? null, c?.failed ?? null],
    );
  }

  /** Which of these employee external ids this connector has synced. */
  @GenerateSql({ params: [SqlExample.ID, ['E-1', 'E-2']] })
  async knownExternalIds(connectorId: string, externalIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.tx.query<{ external_id: string }>(
      `SELECT external_id FROM external_ref WHERE connector_id = $1 AND entity = 'employee' AND external_id = ANY($2::text[])`,
      [connectorId, externalIds],
    );
    return new Set(rows.map((r) => r.external_id));
  }

  @GenerateSql({ params: [SqlExample.ID, 'cursor-1'] })
  async setCursor(connectorId: string, cursor: string | null): Promise<void> {
    await this.tx.query(`UPDATE connector SET cursor = $2, updated_at = now() WHERE id = $1`, [connectorId, cursor]);
  }
}
