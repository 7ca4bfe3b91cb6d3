import { SourceEmployee, SYNC_FIELDS, SyncField } from '../core/ports';
import { EMPLOYEE_FIELDS, PAYLOAD_KEYS, SOURCE_COLUMNS } from './employee-fields';
import { MergeScope, RowProblem, Sql, SyncCounts, SyncDiffEntry, zeroCounts } from './sync-types';

export interface BatchOutcome {
  counts: SyncCounts;
  /** Employees whose status changed: for EMPLOYEE_STATUS_CHANGED. */
  statusChanges: Array<{ employeeId: string; previousStatus: string; newStatus: string }>;
}

const bool = (b: boolean) => (b ? 'TRUE' : 'FALSE');

/**
 * Merges one batch of source employees, set-based, in the caller's transaction: stage the rows with one
 * INSERT … SELECT FROM unnest(), resolve references, lock and read the current rows, compute per-field apply
 * flags, then one INSERT for new people, one UPDATE for changed ones and one statement per external_ref
 * change. A field is written only when the source changed it since the last sync (external_ref.payload) and
 * the value differs from ours, so HR edits of other fields — and every field HR owns — survive.
 */
export async function mergeEmployeeBatch(sql: Sql, scope: MergeScope, rows: readonly SourceEmployee[], problems: readonly RowProblem[]): Promise<BatchOutcome> {
  const synced = new Set<SyncField>([...scope.provided].filter((f) => !scope.owned.has(f)));
  const notProvided = SYNC_FIELDS.filter((f) => !scope.provided.has(f));

  await sql(`DROP TABLE IF EXISTS sync_stage`);
  await sql(`CREATE TEMP TABLE sync_stage (
    seq int, ext_id text, line int,
    ${SOURCE_COLUMNS.map((c) => `${c.column} ${c.type}`).join(', ')},
    payload jsonb, ref_id uuid, prev jsonb, emp_id uuid, is_new boolean NOT NULL DEFAULT false, mgr_id uuid,
    department_id uuid, job_role_id uuid, location_id uuid,
    ${EMPLOYEE_FIELDS.map((f) => `cur_${f.column} ${f.type}, a_${f.column} boolean NOT NULL DEFAULT false`).join(', ')},
    any_change boolean NOT NULL DEFAULT false, mgr_changed boolean NOT NULL DEFAULT false, reactivating boolean NOT NULL DEFAULT false,
    err_field text, err text
  ) ON COMMIT DROP`);

  const all = [...rows.map((r) => ({ r, problem: null as RowProblem | null })), ...problems.map((p) => ({ r: { externalId: p.externalId ?? '', line: p.line } as SourceEmployee, problem: p }))];
  const params: unknown[] = [
    all.map((_, i) => i),
    all.map((x) => x.r.externalId),
    all.map((x) => x.r.line ?? null),
    ...SOURCE_COLUMNS.map((c) => all.map((x) => (x.r as unknown as Record<string, unknown>)[c.key] ?? null)),
    all.map((x) => x.problem?.field ?? null),
    all.map((x) => x.problem?.message ?? null),
    notProvided,
  ];
  const cols = ['seq', 'ext_id', 'line', ...SOURCE_COLUMNS.map((c) => c.column), 'err_field', 'err'];
  const types = ['int', 'text', 'int', ...SOURCE_COLUMNS.map((c) => c.type), 'text', 'text'];
  const payload = `jsonb_build_object(${PAYLOAD_KEYS.map(([k, c]) => `'${k}', u.${c}`).join(', ')}) - $${params.length}::text[]`;
  // Stage and resolve references in one pass: by (connector, external id), else (below) adopt an unlinked
  // employee with the same email. The lookup is a correlated key lookup (OFFSET 0 keeps it one): external_ref
  // grows fast mid-run while its statistics lag, so a join plan can go bad. A row whose source payload equals
  // the one of the last sync, linked to an existing employee, would change nothing: it is not staged at all
  // and counted as unchanged (every apply flag needs a payload change, so this skips no write).
  await sql(
    `INSERT INTO sync_stage (${cols.join(', ')}, payload, ref_id, prev, emp_id)
     SELECT p.*, r.id, r.payload, r.internal_id
     FROM (SELECT u.*, ${payload} AS payload FROM unnest(${types.map((t, i) => `$${i + 1}::${t}[]`).join(', ')}) AS u(${cols.join(', ')})) p
     LEFT JOIN LATERAL (SELECT r.id, r.payload, r.internal_id FROM external_ref r
                        WHERE r.connector_id = $${params.length + 1} AND r.entity = 'employee' AND r.external_id = p.ext_id OFFSET 0) r ON p.err IS NULL
     WHERE NOT (p.err IS NULL AND r.payload IS NOT NULL AND r.payload = p.payload AND EXISTS (SELECT 1 FROM employee e WHERE e.id = r.internal_id))`,
    [...params, scope.connectorId],
  );
  const [{ staged }] = await sql<{ staged: string }>(`SELECT count(*) AS staged FROM sync_stage`);
  const skipped = all.length - Number(staged);
  if (Number(staged) === 0) return { counts: { ...zeroCounts(), unchanged: skipped }, statusChanges: [] };
  await sql(`ANALYZE sync_stage`);

  await sql(
    `UPDATE sync_stage s SET emp_id = e.id FROM employee e
     WHERE s.emp_id IS NULL AND s.err IS NULL AND s.email IS NOT NULL AND e.email = s.email
       AND NOT EXISTS (SELECT 1 FROM external_ref r WHERE r.connector_id = $1 AND r.entity = 'employee' AND r.internal_id = e.id)`,
    [scope.connectorId],
  );
  // Lock the employees of the batch and read their current values (HR edits wait for this batch, or are seen).
  await sql(
    `UPDATE sync_stage s SET ${EMPLOYEE_FIELDS.map((f) => `cur_${f.column} = e.${f.column}`).join(', ')}
     FROM (SELECT * FROM employee WHERE id IN (SELECT emp_id FROM sync_stage WHERE emp_id IS NOT NULL) FOR UPDATE) e
     WHERE e.id = s.emp_id`,
  );
  await sql(`UPDATE sync_stage SET err_field = 'externalId', err = 'The linked employee no longer exists' WHERE emp_id IS NOT NULL AND cur_status IS NULL AND err IS NULL`);

  // Org tables: create missing names (unless dry), then resolve ids.
  for (const f of EMPLOYEE_FIELDS.filter((x) => x.org && scope.provided.has(x.field))) {
    {
      await sql(`INSERT INTO ${f.org!.table} (name) SELECT DISTINCT ${f.source} FROM sync_stage WHERE ${f.source} IS NOT NULL AND err IS NULL ON CONFLICT (name) DO NOTHING`);
    }
    await sql(`UPDATE sync_stage s SET ${f.column} = o.id FROM ${f.org!.table} o WHERE o.name = s.${f.source}`);
  }

  // Apply flags: synced, changed in the source since the last sync, and different from ours.
  const flag = (f: (typeof EMPLOYEE_FIELDS)[number]) => {
    const key = f.field;
    const differs = f.org
      ? `(s.${f.column} IS DISTINCT FROM s.cur_${f.column} OR (s.${f.source} IS NOT NULL AND s.${f.column} IS NULL))`
      : `s.${f.source} IS DISTINCT FROM s.cur_${f.column}`;
    return `a_${f.column} = ${bool(synced.has(key))} AND s.emp_id IS NOT NULL AND s.err IS NULL
      AND s.payload->'${key}' IS DISTINCT FROM s.prev->'${key}' ${f.notNull ? `AND s.${f.source} IS NOT NULL` : ''} AND ${differs}`;
  };
  await sql(`UPDATE sync_stage s SET ${EMPLOYEE_FIELDS.map(flag).join(',\n ')},
    mgr_changed = ${bool(synced.has('managerExternalId'))} AND s.emp_id IS NOT NULL AND s.err IS NULL AND s.payload->'managerExternalId' IS DISTINCT FROM s.prev->'managerExternalId'`);
  await sql(`UPDATE sync_stage SET any_change = ${EMPLOYEE_FIELDS.map((f) => `a_${f.column}`).join(' OR ')},
    reactivating = a_status AND cur_status = 'TERMINATED' AND status <> 'TERMINATED'`);

  // Problems only the database can see.
  await sql(`UPDATE sync_stage SET err_field = 'email', err = 'A new employee needs an email' WHERE emp_id IS NULL AND err IS NULL AND email IS NULL`);
  await sql(`UPDATE sync_stage SET err_field = 'firstName', err = 'A new employee needs a first and a last name' WHERE emp_id IS NULL AND err IS NULL AND (first_name IS NULL OR last_name IS NULL)`);
  for (const [column, flag, field, label] of [['email', 'a_email', 'email', 'email'], ['employee_number', 'a_employee_number', 'employeeNumber', 'employee number']]) {
    const writes = `s.err IS NULL AND s.${column} IS NOT NULL AND (s.emp_id IS NULL OR s.${flag})`;
    const refuse = `err_field = '${field}', err = 'Another employee already uses this ${label}', any_change = false, mgr_changed = false, reactivating = false`;
    await sql(`UPDATE sync_stage s SET ${refuse} FROM employee e WHERE ${writes} AND e.${column} = s.${column} AND e.id IS DISTINCT FROM s.emp_id`);
    await sql(
      `UPDATE sync_stage s SET ${refuse}
       FROM (SELECT seq, row_number() OVER (PARTITION BY ${column} ORDER BY seq) AS rn FROM sync_stage s WHERE ${writes}) d
       WHERE d.seq = s.seq AND d.rn > 1`,
    );
  }
  await sql(`UPDATE sync_stage SET emp_id = gen_random_uuid(), is_new = true WHERE emp_id IS NULL AND err IS NULL`);
  if (synced.has('managerExternalId')) {
    // A new person cannot close a cycle (nobody reports to them yet): link an already-synced manager at once.
    await sql(
      `UPDATE sync_stage s SET mgr_id = (SELECT m.internal_id FROM external_ref m WHERE m.connector_id = $1 AND m.entity = 'employee' AND m.external_id = s.manager_ext)
       WHERE s.is_new AND s.manager_ext IS NOT NULL`,
      [scope.connectorId],
    );
  }

  if (scope.diffLimit > scope.diff.length) scope.diff.push(...(await diffEntries(sql, scope.diffLimit - scope.diff.length)));

  // A dry run applies too, inside a transaction its caller rolls back.
  const statusChanges: BatchOutcome['statusChanges'] = [];
  {
    await sql(
      `INSERT INTO employee (id, employee_number, first_name, last_name, email, department_id, job_role_id, location_id, manager_id, status, work_context, hire_date, version)
       SELECT emp_id, employee_number, first_name, last_name, email, department_id, job_role_id, location_id, mgr_id,
              coalesce(status, 'ACTIVE'), coalesce(work_context, 'OFFICE'), hire_date, 1
       FROM sync_stage WHERE is_new`,
    );
    const changed = await sql<{ id: string; previous: string; current: string }>(
      `WITH u AS (
         UPDATE employee e SET ${EMPLOYEE_FIELDS.map((f) => `${f.column} = CASE WHEN s.a_${f.column} THEN s.${f.org ? f.column : f.source} ELSE e.${f.column} END`).join(', ')},
           version = e.version + 1, updated_at = now()
         FROM sync_stage s WHERE e.id = s.emp_id AND s.any_change AND NOT s.is_new
         RETURNING e.id, s.cur_status AS previous, e.status AS current)
       SELECT * FROM u WHERE previous IS DISTINCT FROM current`,
    );
    statusChanges.push(...changed.map((c) => ({ employeeId: c.id, previousStatus: c.previous, newStatus: c.current })));
    await sql(
      `INSERT INTO external_ref (connector_id, entity, external_id, internal_id, payload, manager_pending)
       SELECT $1, 'employee', ext_id, emp_id, payload, ${bool(synced.has('managerExternalId'))} AND manager_ext IS NOT NULL AND mgr_id IS NULL
       FROM sync_stage WHERE ref_id IS NULL AND err IS NULL AND emp_id IS NOT NULL`,
      [scope.connectorId],
    );
    // Only the refs whose payload changed, by primary key (a join here scanned external_ref on every batch).
    const refIds = (await sql<{ ref_id: string }>(`SELECT ref_id FROM sync_stage WHERE ref_id IS NOT NULL AND err IS NULL AND prev IS DISTINCT FROM payload`)).map((r) => r.ref_id);
    if (refIds.length > 0) {
      await sql(
        `UPDATE external_ref r SET payload = s.payload, manager_pending = r.manager_pending OR s.mgr_changed, updated_at = now()
         FROM sync_stage s WHERE r.id = ANY($1::uuid[]) AND r.id = s.ref_id AND s.err IS NULL AND r.payload IS DISTINCT FROM s.payload`,
        [refIds],
      );
    }
  }
  await sql(
    `INSERT INTO sync_error (connector_id, run_id, external_id, line, field, message, payload)
     SELECT $1, $2, nullif(ext_id, ''), line, err_field, err, payload FROM sync_stage WHERE err IS NOT NULL`,
    [scope.connectorId, scope.runId],
  );
  const [c] = await sql<Record<keyof SyncCounts, string>>(
    `SELECT count(*) FILTER (WHERE is_new) AS created,
            count(*) FILTER (WHERE err IS NOT NULL) AS failed,
            count(*) FILTER (WHERE reactivating) AS reactivated,
            count(*) FILTER (WHERE err IS NULL AND NOT is_new AND (any_change OR mgr_changed) AND NOT reactivating) AS updated,
            count(*) FILTER (WHERE err IS NULL AND NOT is_new AND NOT any_change AND NOT mgr_changed) AS unchanged,
            0 AS deactivated
     FROM sync_stage`,
  );
  const counts = Object.fromEntries(Object.entries(c).map(([k, v]) => [k, Number(v)])) as unknown as SyncCounts;
  counts.unchanged += skipped;
  return { counts, statusChanges };
}

async function diffEntries(sql: Sql, limit: number): Promise<SyncDiffEntry[]> {
  const rows = await sql<Record<string, unknown>>(
    `SELECT s.*, (SELECT name FROM department WHERE id = s.cur_department_id) AS cur_department_name,
            (SELECT name FROM job_role WHERE id = s.cur_job_role_id) AS cur_job_title_name,
            (SELECT name FROM location WHERE id = s.cur_location_id) AS cur_location_name
     FROM sync_stage s WHERE s.err IS NULL AND (s.is_new OR s.any_change OR s.mgr_changed) ORDER BY s.seq LIMIT $1`,
    [limit],
  );
  const text = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
  return rows.map((r) => {
    const changes: SyncDiffEntry['changes'] = [];
    for (const f of EMPLOYEE_FIELDS) {
      if (!r.is_new && !r[`a_${f.column}`]) continue;
      const from = r.is_new ? null : f.org ? r[`cur_${f.source}_name`] ?? r[`cur_${f.column}`] : r[`cur_${f.column}`];
      if (r.is_new && r[f.source] === null) continue;
      changes.push({ field: f.field, from: text(from), to: text(r[f.source]) });
    }
    if (r.mgr_changed || (r.is_new && r.manager_ext)) {
      changes.push({ field: 'managerExternalId', from: text((r.prev as Record<string, unknown> | null)?.managerExternalId), to: text(r.manager_ext) });
    }
    const action: SyncDiffEntry['action'] = r.is_new ? 'CREATE' : r.reactivating ? 'REACTIVATE' : 'UPDATE';
    return { action, externalId: String(r.ext_id), employeeId: r.is_new ? null : (r.emp_id as string), changes };
  });
}
