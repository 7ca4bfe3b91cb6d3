import { SourceEmployee, SYNC_FIELDS, SyncField } from '../core/ports';
import { EMPLOYEE_FIELDS, orgKey, orgName, SOURCE_COLUMNS } from './employee-fields';
import { stageBatchSql, stageTableSql } from './employee-stage.sql';
import { MergeScope, RowProblem, Sql, SyncCounts, SyncDiffEntry, zeroCounts } from './sync-types';

export interface BatchOutcome {
  counts: SyncCounts;
  /** Employees whose status changed: for EMPLOYEE_STATUS_CHANGED. */
  statusChanges: Array<{ employeeId: string; previousStatus: string; newStatus: string }>;
}

const bool = (b: boolean) => (b ? 'TRUE' : 'FALSE');
const ORG_FIELDS = EMPLOYEE_FIELDS.filter((f) => f.org);


/**
 * Merges one batch of source employees, set-based, in the caller's transaction, in a fixed handful of statements
 * whatever the batch size: stage it (one statement computes links, current values, apply flags and problems),
 * create the department, job role and location names it brings, then write everything (new people, changed
 * people, their external refs, errors) in one statement. A field is written only when the source changed it since
 * the last sync (external_ref.payload) and it differs from ours, so HR edits of other fields, and every field HR
 * owns, survive.
 */
export async function mergeEmployeeBatch(sql: Sql, scope: MergeScope, rows: readonly SourceEmployee[], problems: readonly RowProblem[]): Promise<BatchOutcome> {
  const synced = new Set<SyncField>([...scope.provided].filter((f) => !scope.owned.has(f)));
  const all = [...rows.map((r) => ({ r, problem: null as RowProblem | null })), ...problems.map((p) => ({ r: { externalId: p.externalId ?? '', line: p.line } as SourceEmployee, problem: p }))];

  await sql(`DROP TABLE IF EXISTS sync_stage`);
  await sql(stageTableSql());
  const [{ staged, existing }] = await sql<{ staged: number; existing: number }>(stageBatchSql(synced), [
    all.map((_, i) => i),
    all.map((x) => x.r.externalId),
    all.map((x) => x.r.line ?? null),
    ...SOURCE_COLUMNS.map((c) => all.map((x) => (x.r as unknown as Record<string, unknown>)[c.key] ?? null)),
    all.map((x) => x.problem?.field ?? null),
    all.map((x) => x.problem?.message ?? null),
    SYNC_FIELDS.filter((f) => !scope.provided.has(f)),
    scope.connectorId,
  ]);
  const skipped = all.length - staged;
  if (staged === 0) return { counts: { ...zeroCounts(), unchanged: skipped }, statusChanges: [] };
  // Plans that join the stage to employee and external_ref by key need its size; a batch of new people needs none.
  if (existing > 0) await sql(`ANALYZE sync_stage`);

  // Names for the people created (HR-owned fields too: those are filled on creation) and the fields changed, in
  // sorted order, so two syncs creating the same names never wait on each other in opposite orders.
  const orgs = ORG_FIELDS.filter((f) => scope.provided.has(f.field));
  if (orgs.length > 0) {
    await sql(
      `WITH ${orgs.map((f, i) => `o${i} AS (INSERT INTO ${f.org!.table} (name)
         SELECT DISTINCT ${orgName(f, f.source)} FROM sync_stage WHERE ${f.source} IS NOT NULL AND (is_new OR a_${f.column}) ORDER BY 1 ON CONFLICT ${f.org!.ignoreCase ? '' : '(name) '}DO NOTHING)`).join(', ')}
       SELECT 1`,
    );
  }
  if (scope.diffLimit > scope.diff.length) scope.diff.push(...(await diffEntries(sql, scope.diffLimit - scope.diff.length)));

  // A dry run writes too, inside a transaction its caller rolls back.
  const value = (f: (typeof EMPLOYEE_FIELDS)[number]) => (f.org ? `s.${f.column}` : `s.${f.source}`);
  const [out] = await sql<Record<keyof SyncCounts, number> & { status_changes: BatchOutcome['statusChanges'] }>(
    `WITH src AS MATERIALIZED (
       SELECT s.*, ${ORG_FIELDS.map((f) => `(SELECT o.id FROM ${f.org!.table} o WHERE ${orgKey(f, 'o.name')} = ${orgKey(f, `s.${f.source}`)}) AS ${f.column}`).join(', ')}
         FROM sync_stage s WHERE s.is_new OR s.any_change
     ), created AS (
       INSERT INTO employee (id, employee_number, first_name, last_name, email, department_id, job_role_id, location_id, manager_id, status, work_context, hire_date, version)
       SELECT emp_id, employee_number, first_name, last_name, email, department_id, job_role_id, location_id, mgr_id,
              coalesce(status, 'ACTIVE'), coalesce(work_context, 'OFFICE'), hire_date, 1
         FROM src WHERE is_new
     ), changed AS (
       UPDATE employee e SET ${EMPLOYEE_FIELDS.map((f) => `${f.column} = CASE WHEN s.a_${f.column} THEN ${value(f)} ELSE e.${f.column} END`).join(', ')},
              version = e.version + 1, updated_at = now()
         FROM src s WHERE e.id = ANY(ARRAY(SELECT emp_id FROM src WHERE NOT is_new)) AND e.id = s.emp_id AND NOT s.is_new
       RETURNING e.id, s.cur_status AS previous, e.status AS current
     ), new_refs AS (
       INSERT INTO external_ref (connector_id, entity, external_id, internal_id, payload, manager_pending)
       SELECT $1, 'employee', ext_id, emp_id, payload, ${bool(synced.has('managerExternalId'))} AND manager_ext IS NOT NULL AND mgr_id IS NULL
         FROM sync_stage WHERE ref_id IS NULL AND err IS NULL AND emp_id IS NOT NULL
     ), changed_refs AS (
       -- By primary key: a join here scanned external_ref on every batch.
       UPDATE external_ref r SET payload = s.payload, manager_pending = r.manager_pending OR s.mgr_changed, updated_at = now()
         FROM sync_stage s
        WHERE r.id = ANY(ARRAY(SELECT ref_id FROM sync_stage WHERE ref_id IS NOT NULL AND err IS NULL AND prev IS DISTINCT FROM payload))
          AND r.id = s.ref_id AND s.err IS NULL AND r.payload IS DISTINCT FROM s.payload
     ), errors AS (
       INSERT INTO sync_error (connector_id, run_id, external_id, line, field, message, payload)
       SELECT $1, $2, nullif(ext_id, ''), line, err_field, err, payload FROM sync_stage WHERE err IS NOT NULL
     )
     SELECT count(*) FILTER (WHERE is_new)::int AS created,
            count(*) FILTER (WHERE err IS NOT NULL)::int AS failed,
            count(*) FILTER (WHERE reactivating)::int AS reactivated,
            count(*) FILTER (WHERE err IS NULL AND NOT is_new AND (any_change OR mgr_changed) AND NOT reactivating)::int AS updated,
            count(*) FILTER (WHERE err IS NULL AND NOT is_new AND NOT any_change AND NOT mgr_changed)::int AS unchanged,
            0 AS deactivated,
            (SELECT coalesce(json_agg(json_build_object('employeeId', id, 'previousStatus', previous, 'newStatus', current)), '[]')
               FROM changed WHERE previous IS DISTINCT FROM current) AS status_changes
       FROM sync_stage`,
    [scope.connectorId, scope.runId],
  );
  const { status_changes: statusChanges, ...counts } = out;
  counts.unchanged += skipped;
  return { counts, statusChanges };
}

async function diffEntries(sql: Sql, limit: number): Promise<SyncDiffEntry[]> {
  const rows = await sql<Record<string, unknown>>(
    `SELECT * FROM sync_stage WHERE err IS NULL AND (is_new OR any_change OR mgr_changed) ORDER BY seq LIMIT $1`,
    [limit],
  );
  const text = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
  return rows.map((r) => {
    const changes: SyncDiffEntry['changes'] = [];
    for (const f of EMPLOYEE_FIELDS) {
      if (!r.is_new && !r[`a_${f.column}`]) continue;
      if (r.is_new && r[f.source] === null) continue;
      changes.push({ field: f.field, from: r.is_new ? null : text(r[`cur_${f.source}`]), to: text(r[f.source]) });
    }
    if (r.mgr_changed || (r.is_new && r.manager_ext)) {
      changes.push({ field: 'managerExternalId', from: text((r.prev as Record<string, unknown> | null)?.managerExternalId), to: text(r.manager_ext) });
    }
    const action: SyncDiffEntry['action'] = r.is_new ? 'CREATE' : r.reactivating ? 'REACTIVATE' : 'UPDATE';
    return { action, externalId: String(r.ext_id), employeeId: r.is_new ? null : (r.emp_id as string), changes };
  });
}
