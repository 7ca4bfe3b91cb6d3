import { Sql, SyncDiffEntry } from './sync-types';

export interface ManagerOutcome {
  changes: Array<{ employeeId: string; previousManagerId: string | null; newManagerId: string | null }>;
  errors: number;
}

/**
 * Applies the manager links whose source value changed (external_ref.manager_pending), after all rows of a
 * run are in, so the order of rows does not matter. Unknown managers and links that would close a cycle are
 * reported as sync errors and stay pending (a later run retries them); every other link is applied at once.
 * `only`: the links of these records alone (a push resolves its own records, not every pending link of its connector).
 */
export async function resolveManagerLinks(sql: Sql, connectorId: string, runId: string | null, dryRun: boolean, diff: SyncDiffEntry[] | null, only: readonly string[] | null = null): Promise<ManagerOutcome> {
  await sql(`DROP TABLE IF EXISTS sync_mgr`);
  await sql(
    `CREATE TEMP TABLE sync_mgr ON COMMIT DROP AS
     SELECT r.id AS ref_id, r.external_id, r.internal_id AS emp_id, r.payload AS payload, r.payload->>'managerExternalId' AS mgr_ext,
            NULL::uuid AS mgr_id, NULL::uuid AS cur_mgr, NULL::text AS err
     FROM external_ref r WHERE r.connector_id = $1 AND r.entity = 'employee' AND r.manager_pending AND ($2::text[] IS NULL OR r.external_id = ANY($2::text[]))`,
    [connectorId, only],
  );
  await sql(`CREATE INDEX ON sync_mgr (emp_id)`);
  await sql(`ANALYZE sync_mgr`);
  await sql(
    `UPDATE sync_mgr s SET mgr_id = m.internal_id FROM external_ref m
     WHERE m.connector_id = $1 AND m.entity = 'employee' AND m.external_id = s.mgr_ext`,
    [connectorId],
  );
  await sql(`UPDATE sync_mgr SET err = 'Unknown manager "' || mgr_ext || '"' WHERE mgr_ext IS NOT NULL AND mgr_id IS NULL`);
  await sql(
    `UPDATE sync_mgr s SET cur_mgr = e.manager_id
     FROM (SELECT id, manager_id FROM employee WHERE id IN (SELECT emp_id FROM sync_mgr) FOR UPDATE) e WHERE e.id = s.emp_id`,
  );
  // Walk up the reporting line each proposed link would give; reaching the start again is a cycle.
  await sql(
    `WITH RECURSIVE proposed AS (SELECT emp_id, mgr_id FROM sync_mgr WHERE err IS NULL),
     walk(start, cur, depth) AS (
       SELECT emp_id, mgr_id, 1 FROM proposed WHERE mgr_id IS NOT NULL
       UNION ALL
       SELECT w.start, CASE WHEN p.emp_id IS NOT NULL THEN p.mgr_id ELSE e.manager_id END, w.depth + 1
       FROM walk w JOIN employee e ON e.id = w.cur LEFT JOIN proposed p ON p.emp_id = w.cur
       WHERE w.cur <> w.start AND w.depth < 256
     )
     UPDATE sync_mgr s SET err = 'Manager "' || s.mgr_ext || '" would close a reporting cycle'
     FROM (SELECT DISTINCT start FROM walk WHERE cur = start) c WHERE c.start = s.emp_id`,
  );
  await sql(
    `INSERT INTO sync_error (connector_id, run_id, external_id, field, message, payload)
     SELECT $1, $2, external_id, 'managerExternalId', err, payload FROM sync_mgr WHERE err IS NOT NULL`,
    [connectorId, runId],
  );
  const [{ errors }] = await sql<{ errors: string }>(`SELECT count(*) AS errors FROM sync_mgr WHERE err IS NOT NULL`);
  if (dryRun) {
    if (diff) {
      const rows = await sql<{ external_id: string; emp_id: string; cur_mgr: string | null; mgr_id: string | null }>(
        `SELECT external_id, emp_id, cur_mgr, mgr_id FROM sync_mgr WHERE err IS NULL AND cur_mgr IS DISTINCT FROM mgr_id LIMIT 1000`,
      );
      diff.push(...rows.map((r) => ({ action: 'MANAGER' as const, externalId: r.external_id, employeeId: r.emp_id, changes: [{ field: 'managerId', from: r.cur_mgr, to: r.mgr_id }] })));
    }
    return { changes: [], errors: Number(errors) };
  }
  const changed = await sql<{ id: string; previous: string | null; current: string | null }>(
    `WITH u AS (
       UPDATE employee e SET manager_id = s.mgr_id, version = e.version + 1, updated_at = now()
       FROM sync_mgr s WHERE e.id = s.emp_id AND s.err IS NULL AND e.manager_id IS DISTINCT FROM s.mgr_id
       RETURNING e.id, s.cur_mgr AS previous, e.manager_id AS current)
     SELECT * FROM u`,
  );
  await sql(`UPDATE external_ref r SET manager_pending = false, updated_at = now() FROM sync_mgr s WHERE r.id = s.ref_id AND s.err IS NULL`);
  return { changes: changed.map((c) => ({ employeeId: c.id, previousManagerId: c.previous, newManagerId: c.current })), errors: Number(errors) };
}
