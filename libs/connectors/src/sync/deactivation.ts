import { Sql, SyncDiffEntry } from './sync-types';

export interface DeactivationOutcome {
  deactivated: number;
  statusChanges: Array<{ employeeId: string; previousStatus: string; newStatus: string }>;
}

/**
 * Deactivates (status TERMINATED, never deletes) the employees of this connector that the source no longer
 * has: every one not in `seenExternalIds` after a completed full snapshot (`missingFromSnapshot`), or the
 * given ids (deleted in an incremental pull). Only the transition counts: the source payload's status is set
 * to TERMINATED, so a person HR reactivates by hand stays active, and one the source brings back is reactivated.
 */
export async function deactivateMissing(sql: Sql, scope: { connectorId: string; runId: string | null }, externalIds: readonly string[], missingFromSnapshot: boolean, dryRun: boolean, diff: SyncDiffEntry[] | null): Promise<DeactivationOutcome> {
  const { connectorId, runId } = scope;
  // The ids go in as one array parameter: PostgreSQL hashes it, so each external_ref row is one hash probe.
  await sql(`DROP TABLE IF EXISTS sync_gone`);
  await sql(
    `CREATE TEMP TABLE sync_gone ON COMMIT DROP AS
     SELECT r.id AS ref_id, r.external_id, r.internal_id AS emp_id, r.payload FROM external_ref r
     WHERE r.connector_id = $1 AND r.entity = 'employee' AND r.payload->>'status' IS DISTINCT FROM 'TERMINATED'
       AND ${missingFromSnapshot ? 'NOT' : ''} (r.external_id = ANY($2::text[]))`,
    [connectorId, [...new Set(externalIds)]],
  );
  // A connector never changes an HR admin's status: they stay as they are, and the run reports it.
  const admins = await sql(
    `WITH d AS (DELETE FROM sync_gone g USING employee e WHERE e.id = g.emp_id AND 'HR_ADMIN' = ANY(e.roles) AND e.status <> 'TERMINATED' RETURNING g.external_id, g.payload)
     SELECT * FROM d`,
  );
  if (admins.length > 0 && !dryRun) {
    await sql(
      `INSERT INTO sync_error (connector_id, run_id, external_id, field, message, payload)
       SELECT $1, $2, a.external_id, 'status', 'The employee is an HR admin: not deactivated (their status is changed in Skillpath only, never by a connector)', a.payload
       FROM jsonb_to_recordset($3::jsonb) AS a(external_id text, payload jsonb)`,
      [connectorId, runId, JSON.stringify(admins)],
    );
  }
  if (dryRun) {
    const rows = await sql<{ external_id: string; emp_id: string; status: string }>(
      `SELECT g.external_id, g.emp_id, e.status FROM sync_gone g JOIN employee e ON e.id = g.emp_id WHERE e.status <> 'TERMINATED'`,
    );
    diff?.push(...rows.slice(0, 1000).map((r) => ({ action: 'DEACTIVATE' as const, externalId: r.external_id, employeeId: r.emp_id, changes: [{ field: 'status', from: r.status, to: 'TERMINATED' }] })));
    return { deactivated: rows.length, statusChanges: [] };
  }
  const changed = await sql<{ id: string; previous: string }>(
    `WITH cur AS (SELECT e.id, e.status FROM employee e WHERE e.id IN (SELECT emp_id FROM sync_gone) FOR UPDATE),
     u AS (UPDATE employee e SET status = 'TERMINATED', version = e.version + 1, updated_at = now()
           FROM cur WHERE e.id = cur.id AND cur.status <> 'TERMINATED' RETURNING e.id, cur.status AS previous)
     SELECT * FROM u`,
  );
  await sql(
    `UPDATE external_ref r SET payload = r.payload || '{"status":"TERMINATED"}'::jsonb, updated_at = now()
     FROM sync_gone g WHERE r.id = g.ref_id`,
  );
  return { deactivated: changed.length, statusChanges: changed.map((c) => ({ employeeId: c.id, previousStatus: c.previous, newStatus: 'TERMINATED' })) };
}
