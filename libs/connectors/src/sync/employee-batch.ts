import { BATCH_STAGE, EmployeeSyncWriter } from '@app/employees';
import { SourceEmployee } from '../core/ports';
import { lineErrorSql } from '../csv/line-errors';
import { MergeScope, RowProblem, Sql, SyncCounts, zeroCounts } from './sync-types';

const bool = (b: boolean) => (b ? 'TRUE' : 'FALSE');

/**
 * Merges one batch of source employees in the caller's transaction: the employees lib writes the people
 * (EmployeeSyncWriter.batchUpsert, given this connector's links from external_ref), then this connector keeps its
 * links (new and changed external refs, with the payload they were applied with) and reports the records refused,
 * in one statement on the staged batch.
 */
export async function mergeEmployeeBatch(sql: Sql, writer: EmployeeSyncWriter, scope: MergeScope, rows: readonly SourceEmployee[], problems: readonly RowProblem[]): Promise<SyncCounts> {
  const all = [
    ...rows.map((record) => ({ record, problem: null })),
    ...problems.map((p) => ({ record: { externalId: p.externalId ?? '', line: p.line }, problem: { field: p.field, message: p.message } })),
  ];
  const outcome = await writer.batchUpsert(
    {
      provided: scope.provided,
      owned: scope.owned,
      linkExisting: scope.linkExisting,
      diffLimit: Math.max(0, scope.diffLimit - scope.diff.length),
      fillLinks: (table, keyed) => fillLinks(sql, scope.connectorId, table, keyed),
      linkedElsewhere: (ids) => linkedByAConnector(sql, ids),
    },
    all,
    scope.dryRun,
  );
  scope.diff.push(...outcome.diff);
  const skipped = all.length - outcome.staged;
  if (outcome.staged === 0) return { ...zeroCounts(), unchanged: skipped };

  const [counts] = await sql<SyncCounts>(
    `WITH new_refs AS (
       INSERT INTO external_ref (connector_id, entity, external_id, internal_id, payload, manager_pending)
       SELECT $1, 'employee', ext_id, emp_id, payload, ${bool(scope.provided.has('managerExternalId') && !scope.owned.has('managerExternalId'))} AND manager_ext IS NOT NULL AND mgr_id IS NULL
         FROM ${BATCH_STAGE} WHERE ref_id IS NULL AND err IS NULL AND emp_id IS NOT NULL
     ), changed_refs AS (
       -- By primary key: a join here scanned external_ref on every batch.
       UPDATE external_ref r SET payload = s.payload, manager_pending = r.manager_pending OR s.mgr_changed, updated_at = now()
         FROM ${BATCH_STAGE} s
        WHERE r.id = ANY(ARRAY(SELECT ref_id FROM ${BATCH_STAGE} WHERE ref_id IS NOT NULL AND err IS NULL AND prev IS DISTINCT FROM payload))
          AND r.id = s.ref_id AND s.err IS NULL AND r.payload IS DISTINCT FROM s.payload
     ), errors AS (
       INSERT INTO sync_error (connector_id, run_id, external_id, line, field, message, code, payload)
       SELECT $1, $2, nullif(ext_id, ''), line, coalesce(${lineErrorSql('err_code', 'field')}, err_field), coalesce(${lineErrorSql('err_code', 'message')}, err), err_code, payload
         FROM ${BATCH_STAGE} WHERE err IS NOT NULL
     )
     SELECT count(*) FILTER (WHERE is_new)::int AS created,
            count(*) FILTER (WHERE err IS NOT NULL)::int AS failed,
            count(*) FILTER (WHERE reactivating)::int AS reactivated,
            count(*) FILTER (WHERE err IS NULL AND NOT is_new AND (any_change OR mgr_changed) AND NOT reactivating)::int AS updated,
            count(*) FILTER (WHERE err IS NULL AND NOT is_new AND NOT any_change AND NOT mgr_changed)::int AS unchanged,
            0 AS deactivated
       FROM ${BATCH_STAGE}`,
    [scope.connectorId, scope.runId],
  );
  counts.unchanged += skipped;
  return counts;
}

/**
 * This connector's link of each record (its external_ref: the employee, the payload last applied, the ref's id), and
 * the employee its manager key names when the connector has synced them, into the writer's links table.
 */
async function fillLinks(sql: Sql, connectorId: string, table: string, rows: ReadonlyArray<{ seq: number; externalId: string; managerExternalId: string | null }>): Promise<void> {
  if (rows.length === 0) return;
  // Correlated key lookups (OFFSET 0 keeps them so): external_ref grows fast mid-run while its statistics lag.
  await sql(
    `INSERT INTO ${table} (seq, ref_id, previous, employee_id, manager_id)
     SELECT u.seq, r.id, r.payload, r.internal_id,
            -- The manager only matters to a new person (one without a link yet): the employees lib links them at once.
            CASE WHEN u.mgr_ext IS NOT NULL AND r.id IS NULL THEN (SELECT m.internal_id FROM external_ref m WHERE m.connector_id = $1 AND m.entity = 'employee' AND m.external_id = u.mgr_ext OFFSET 0) END
       FROM unnest($2::int[], $3::text[], $4::text[]) AS u(seq, ext_id, mgr_ext)
       LEFT JOIN LATERAL (SELECT r.id, r.payload, r.internal_id FROM external_ref r
                           WHERE r.connector_id = $1 AND r.entity = 'employee' AND r.external_id = u.ext_id OFFSET 0) r ON true`,
    [connectorId, rows.map((r) => r.seq), rows.map((r) => r.externalId), rows.map((r) => r.managerExternalId)],
  );
}

/** Which of these employees a record of any connector links. */
async function linkedByAConnector(sql: Sql, employeeIds: readonly string[]): Promise<ReadonlySet<string>> {
  const rows = await sql<{ id: string }>(`SELECT DISTINCT internal_id AS id FROM external_ref WHERE entity = 'employee' AND internal_id = ANY($1::uuid[])`, [employeeIds]);
  return new Set(rows.map((r) => r.id));
}
