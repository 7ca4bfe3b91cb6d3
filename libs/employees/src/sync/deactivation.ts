import type { EmployeeStatusChanged } from '../employee-events';
import type { StagedChange, SyncSql } from './sync-port';

/** A person a source no longer has: `key` is the caller's name for them. */
export interface Departure {
  key: string;
  employeeId: string;
}

export interface DeactivationOutcome {
  /** People set TERMINATED (dry run: who would be). */
  deactivated: number;
  statusChanges: EmployeeStatusChanged[];
  /** Keys of the HR admins left as they are (HR_ADMIN_STATUS: a connector never changes their status). */
  hrAdmins: string[];
  diff: StagedChange[];
}

const GONE = 'employee_departures';

/**
 * Deactivates (status TERMINATED, never deletes) the people a source no longer has, set-based, in the caller's
 * transaction. Only the transition counts: someone already TERMINATED is left as is. A connector never changes an HR
 * admin's status: they stay, and are answered as refused.
 */
export async function deactivate(sql: SyncSql, departures: readonly Departure[], dryRun: boolean, diffLimit: number): Promise<DeactivationOutcome> {
  await sql(`DROP TABLE IF EXISTS ${GONE}`);
  // The ids go in as one array parameter: PostgreSQL hashes it.
  await sql(
    `CREATE TEMP TABLE ${GONE} ON COMMIT DROP AS
     SELECT u.key, u.emp_id, 'HR_ADMIN' = ANY(e.roles) AND e.status <> 'TERMINATED' AS hr_admin
       FROM unnest($1::text[], $2::uuid[]) AS u(key, emp_id) JOIN employee e ON e.id = u.emp_id`,
    [departures.map((d) => d.key), departures.map((d) => d.employeeId)],
  );
  const hrAdmins = (await sql<{ key: string }>(`SELECT key FROM ${GONE} WHERE hr_admin ORDER BY key`)).map((r) => r.key);
  if (dryRun) {
    const rows = await sql<{ key: string; emp_id: string; status: string }>(
      `SELECT g.key, g.emp_id, e.status FROM ${GONE} g JOIN employee e ON e.id = g.emp_id WHERE NOT g.hr_admin AND e.status <> 'TERMINATED'`,
    );
    const diff = rows.slice(0, diffLimit).map((r) => ({ action: 'DEACTIVATE' as const, externalId: r.key, employeeId: r.emp_id, changes: [{ field: 'status', from: r.status, to: 'TERMINATED' }] }));
    return { deactivated: rows.length, statusChanges: [], hrAdmins, diff };
  }
  const changed = await sql<{ id: string; previous: string }>(
    `WITH cur AS (SELECT e.id, e.status FROM employee e WHERE e.id IN (SELECT emp_id FROM ${GONE} WHERE NOT hr_admin) FOR UPDATE),
     u AS (UPDATE employee e SET status = 'TERMINATED', version = e.version + 1, updated_at = now()
           FROM cur WHERE e.id = cur.id AND cur.status <> 'TERMINATED' RETURNING e.id, cur.status AS previous)
     SELECT * FROM u`,
  );
  const statusChanges = changed.map((c) => ({ employeeId: c.id, previousStatus: c.previous, newStatus: 'TERMINATED' }));
  return { deactivated: changed.length, statusChanges, hrAdmins, diff: [] };
}
