import { BusinessErrorCode } from '@app/shared';
import { EmployeeManagerChanged, EmployeeSyncWriter } from '@app/employees';
import { lineError } from '../csv/line-errors';
import { Sql, SyncDiffEntry } from './sync-types';

export interface ManagerOutcome {
  changes: EmployeeManagerChanged[];
  errors: number;
}

interface PendingLink {
  ref_id: string;
  external_id: string;
  emp_id: string;
  mgr_ext: string | null;
  mgr_id: string | null;
}

/**
 * Applies the manager links whose source value changed (external_ref.manager_pending), after all rows of a
 * run are in, so the order of rows does not matter. Unknown managers are this connector's to find; the links are
 * made by the employees lib (EmployeeSyncWriter.linkManagers), which refuses those that would close a cycle. Both
 * are reported as sync errors and stay pending (a later run retries them); every other link is applied at once.
 * `only`: the links of these records alone (a push resolves its own records, not every pending link of its connector).
 */
export async function resolveManagerLinks(sql: Sql, writer: EmployeeSyncWriter, scope: { connectorId: string; runId: string | null }, dryRun: boolean, diff: SyncDiffEntry[] | null, only: readonly string[] | null = null): Promise<ManagerOutcome> {
  const pending = await sql<PendingLink>(
    `SELECT r.id AS ref_id, r.external_id, r.internal_id AS emp_id, r.payload->>'managerExternalId' AS mgr_ext, m.internal_id AS mgr_id
       FROM external_ref r
       LEFT JOIN external_ref m ON m.connector_id = r.connector_id AND m.entity = 'employee' AND m.external_id = r.payload->>'managerExternalId'
      WHERE r.connector_id = $1 AND r.entity = 'employee' AND r.manager_pending AND ($2::text[] IS NULL OR r.external_id = ANY($2::text[]))
      ORDER BY r.external_id`,
    [scope.connectorId, only],
  );
  if (pending.length === 0) return { changes: [], errors: 0 };
  const unknown = pending.filter((p) => p.mgr_ext !== null && p.mgr_id === null);
  const known = pending.filter((p) => p.mgr_ext === null || p.mgr_id !== null);
  const outcome = await writer.linkManagers(known.map((p) => ({ key: p.external_id, employeeId: p.emp_id, managerId: p.mgr_id })), dryRun, diff ? 1000 : 0);
  diff?.push(...outcome.diff);
  const cycles = new Set(outcome.cycles);
  const refused = [
    ...unknown.map((p) => ({ p, code: BusinessErrorCode.UNKNOWN_MANAGER as const })),
    ...known.filter((p) => cycles.has(p.external_id)).map((p) => ({ p, code: BusinessErrorCode.MANAGER_CYCLE as const })),
  ];
  await sql(
    `INSERT INTO sync_error (connector_id, run_id, external_id, field, message, code, payload)
     SELECT $1, $2, r.external_id, e.field, e.message, e.code, r.payload
       FROM jsonb_to_recordset($3::jsonb) AS e(ref_id uuid, field text, message text, code text) JOIN external_ref r ON r.id = e.ref_id`,
    [scope.connectorId, scope.runId, JSON.stringify(refused.map(({ p, code }) => ({ ref_id: p.ref_id, code, ...lineError(code, { manager: p.mgr_ext }) })))],
  );
  if (!dryRun) {
    const done = known.filter((p) => !cycles.has(p.external_id)).map((p) => p.ref_id);
    await sql(`UPDATE external_ref SET manager_pending = false, updated_at = now() WHERE id = ANY($1::uuid[])`, [done]);
  }
  return { changes: outcome.changes, errors: refused.length };
}
