import { BusinessErrorCode } from '@app/shared';
import { EmployeeStatusChanged, EmployeeSyncWriter } from '@app/employees';
import { lineError } from '../csv/line-errors';
import { Sql, SyncDiffEntry } from './sync-types';

export interface DeactivationOutcome {
  deactivated: number;
  statusChanges: EmployeeStatusChanged[];
}

/**
 * Deactivates (through the employees lib: status TERMINATED, never deleted) the employees of this connector that
 * the source no longer has: every one not in `seenExternalIds` after a completed full snapshot (`missingFromSnapshot`),
 * or the given ids (deleted in an incremental pull). The source payload's status is set to TERMINATED, so a person
 * HR reactivates by hand stays active, and one the source brings back is reactivated. An HR admin is left as is and
 * reported (their payload is kept, so each run reports them again).
 */
export async function deactivateMissing(sql: Sql, writer: EmployeeSyncWriter, scope: { connectorId: string; runId: string | null }, externalIds: readonly string[], missingFromSnapshot: boolean, dryRun: boolean, diff: SyncDiffEntry[] | null): Promise<DeactivationOutcome> {
  // The ids go in as one array parameter: PostgreSQL hashes it, so each external_ref row is one hash probe.
  const gone = await sql<{ ref_id: string; external_id: string; emp_id: string }>(
    `SELECT r.id AS ref_id, r.external_id, r.internal_id AS emp_id FROM external_ref r
     WHERE r.connector_id = $1 AND r.entity = 'employee' AND r.payload->>'status' IS DISTINCT FROM 'TERMINATED'
       AND ${missingFromSnapshot ? 'NOT' : ''} (r.external_id = ANY($2::text[]))`,
    [scope.connectorId, [...new Set(externalIds)]],
  );
  if (gone.length === 0) return { deactivated: 0, statusChanges: [] };
  const outcome = await writer.deactivate(gone.map((g) => ({ key: g.external_id, employeeId: g.emp_id })), dryRun, diff ? 1000 : 0);
  diff?.push(...outcome.diff);
  const admins = new Set(outcome.hrAdmins);
  if (admins.size > 0 && !dryRun) {
    const refusal = lineError(BusinessErrorCode.HR_ADMIN_STATUS);
    await sql(
      `INSERT INTO sync_error (connector_id, run_id, external_id, field, message, code, payload)
       SELECT $1, $2, r.external_id, $4, $5, $6, r.payload FROM external_ref r WHERE r.id = ANY($3::uuid[])`,
      [scope.connectorId, scope.runId, gone.filter((g) => admins.has(g.external_id)).map((g) => g.ref_id), refusal.field, refusal.message, BusinessErrorCode.HR_ADMIN_STATUS],
    );
  }
  await sql(
    `UPDATE external_ref r SET payload = r.payload || '{"status":"TERMINATED"}'::jsonb, updated_at = now() WHERE r.id = ANY($1::uuid[])`,
    [gone.filter((g) => !admins.has(g.external_id)).map((g) => g.ref_id)],
  );
  return { deactivated: outcome.deactivated, statusChanges: outcome.statusChanges };
}
