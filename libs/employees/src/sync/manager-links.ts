import type { EmployeeManagerChanged } from '../employee-events';
import { managerCycleSql } from '../manager-cycle.sql';
import type { StagedChange, SyncSql } from './sync-port';

/** A manager link asked for: `key` is the caller's name for it (e.g. the source's id of the person). */
export interface ManagerLink {
  key: string;
  employeeId: string;
  managerId: string | null;
}

export interface LinkOutcome {
  /** Links made (dry run: that would be made); links already in place are neither made nor refused. */
  changes: EmployeeManagerChanged[];
  /** Keys of the links refused because they would close a reporting cycle (MANAGER_CYCLE). */
  cycles: string[];
  diff: StagedChange[];
}

const LINKS = 'employee_links';

/**
 * Sets the managers of many people at once, set-based, in the caller's transaction: the people are locked, links
 * that would close a reporting cycle (the one rule, managerCycleSql) are refused and every other one is made.
 */
export async function linkManagers(sql: SyncSql, links: readonly ManagerLink[], dryRun: boolean, diffLimit: number): Promise<LinkOutcome> {
  await sql(`DROP TABLE IF EXISTS ${LINKS}`);
  await sql(
    `CREATE TEMP TABLE ${LINKS} ON COMMIT DROP AS
     SELECT u.key, u.emp_id, u.mgr_id, NULL::uuid AS cur_mgr, false AS cycle FROM unnest($1::text[], $2::uuid[], $3::uuid[]) AS u(key, emp_id, mgr_id)`,
    [links.map((l) => l.key), links.map((l) => l.employeeId), links.map((l) => l.managerId)],
  );
  await sql(`CREATE INDEX ON ${LINKS} (emp_id)`);
  await sql(`ANALYZE ${LINKS}`);
  await sql(
    `UPDATE ${LINKS} s SET cur_mgr = e.manager_id
     FROM (SELECT id, manager_id FROM employee WHERE id IN (SELECT emp_id FROM ${LINKS}) FOR UPDATE) e WHERE e.id = s.emp_id`,
  );
  await sql(`UPDATE ${LINKS} s SET cycle = true FROM (${managerCycleSql(`SELECT emp_id, mgr_id FROM ${LINKS}`)}) c WHERE c.emp_id = s.emp_id`);
  const cycles = (await sql<{ key: string }>(`SELECT key FROM ${LINKS} WHERE cycle ORDER BY key`)).map((r) => r.key);
  if (dryRun) {
    const rows = await sql<{ key: string; emp_id: string; cur_mgr: string | null; mgr_id: string | null }>(
      `SELECT key, emp_id, cur_mgr, mgr_id FROM ${LINKS} WHERE NOT cycle AND cur_mgr IS DISTINCT FROM mgr_id LIMIT $1`,
      [diffLimit],
    );
    const diff = rows.map((r) => ({ action: 'MANAGER' as const, externalId: r.key, employeeId: r.emp_id, changes: [{ field: 'managerId', from: r.cur_mgr, to: r.mgr_id }] }));
    return { changes: [], cycles, diff };
  }
  const changed = await sql<{ id: string; previous: string | null; current: string | null }>(
    // In a CTE: the driver answers a bare UPDATE … RETURNING with its row count beside the rows.
    `WITH u AS (
       UPDATE employee e SET manager_id = s.mgr_id, version = e.version + 1, updated_at = now()
         FROM ${LINKS} s WHERE e.id = s.emp_id AND NOT s.cycle AND e.manager_id IS DISTINCT FROM s.mgr_id
       RETURNING e.id, s.cur_mgr AS previous, e.manager_id AS current)
     SELECT * FROM u`,
  );
  return { changes: changed.map((c) => ({ employeeId: c.id, previousManagerId: c.previous, newManagerId: c.current })), cycles, diff: [] };
}
