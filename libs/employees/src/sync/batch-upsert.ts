import { EMPLOYEE_SYNC_FIELDS, EMPLOYEE_FIELDS, EmployeeSyncField, EmployeeSyncRecord, orgKey, orgName, SOURCE_COLUMNS } from './sync-fields';
import { BATCH_LINKS, BATCH_STAGE, linksTableSql, stageBatchSql, stageTableSql } from './batch-stage.sql';
import type { EmployeeStatusChanged } from '../employee-events';
import type { StagedChange, SyncSql } from './sync-port';

const ORG_FIELDS = EMPLOYEE_FIELDS.filter((f) => f.org);

/** One record of a batch, or a problem the caller found in it before (refused with its field and message). */
export type BatchRow = { record: EmployeeSyncRecord; problem: null } | { record: Pick<EmployeeSyncRecord, 'externalId' | 'line'>; problem: { field: string; message: string } };

export interface BatchScope {
  /** Fields the source provides. */
  provided: ReadonlySet<EmployeeSyncField>;
  /** Fields HR owns: filled on creation, never overwritten afterwards. */
  owned: ReadonlySet<EmployeeSyncField>;
  /** May a record link an employee found by its email that no connector links (the connector's linkExistingEmployees). */
  linkExisting: boolean;
  /**
   * Fills BATCH_LINKS for the rows (`seq` is the row's index): the employee each record is linked to already, the
   * source payload it was last applied with, the caller's key for the link, and the manager of the record when the
   * caller knows them already.
   */
  fillLinks(table: string, rows: ReadonlyArray<{ seq: number; externalId: string; managerExternalId: string | null }>): Promise<void>;
  /** Which of these employees a connector links already: they are never linked by email. */
  linkedElsewhere(employeeIds: readonly string[]): Promise<ReadonlySet<string>>;
  /** Collect up to this many change entries (dry runs); 0 = none. */
  diffLimit: number;
}

export interface BatchUpsert {
  /** Rows staged (the rest would change nothing). */
  staged: number;
  statusChanges: EmployeeStatusChanged[];
  diff: StagedChange[];
}

/**
 * Stages and writes one batch, set-based, in the caller's transaction, in a fixed handful of statements whatever the
 * batch size: the caller's links, the same-email people, the stage (one statement computes links, current values,
 * apply flags and problems), the department, job role and location names it brings, then new and changed people. A
 * field is written only when the source changed it since the last sync (the previous payload) and it differs from
 * ours, so HR edits of other fields, and every field HR owns, survive. The staged rows stay in BATCH_STAGE until the
 * transaction ends, for the caller to keep its links (ext_id, payload, ref_id, prev, emp_id, is_new, mgr_id,
 * mgr_changed) and report its refusals (err_code, err_field, err).
 */
export async function batchUpsert(sql: SyncSql, scope: BatchScope, rows: readonly BatchRow[]): Promise<BatchUpsert> {
  const synced = new Set<EmployeeSyncField>([...scope.provided].filter((f) => !scope.owned.has(f)));
  await sql(`DROP TABLE IF EXISTS ${BATCH_LINKS}`);
  await sql(linksTableSql());
  const value = (r: BatchRow, key: keyof EmployeeSyncRecord): unknown => (r.problem ? null : (r.record as unknown as Record<string, unknown>)[key] ?? null);
  await scope.fillLinks(
    BATCH_LINKS,
    rows.flatMap((r, seq) => (r.problem || !r.record.externalId ? [] : [{ seq, externalId: r.record.externalId, managerExternalId: (value(r, 'managerExternalId') as string | null) }])),
  );
  const linkedElsewhere = await sameEmailLinked(sql, scope, rows);

  await sql(`DROP TABLE IF EXISTS ${BATCH_STAGE}`);
  await sql(stageTableSql());
  const [{ staged, existing }] = await sql<{ staged: number; existing: number }>(stageBatchSql(synced), [
    rows.map((_, i) => i),
    rows.map((r) => r.record.externalId ?? ''),
    rows.map((r) => r.record.line ?? null),
    ...SOURCE_COLUMNS.map((c) => rows.map((r) => value(r, c.key))),
    rows.map((r) => r.problem?.field ?? null),
    rows.map((r) => r.problem?.message ?? null),
    EMPLOYEE_SYNC_FIELDS.filter((f) => !scope.provided.has(f)),
    scope.linkExisting,
    [...linkedElsewhere],
  ]);
  if (staged === 0) return { staged, statusChanges: [], diff: [] };
  // Plans that join the stage to employee by key need its size; a batch of new people needs none.
  if (existing > 0) await sql(`ANALYZE ${BATCH_STAGE}`);

  // Names for the people created (HR-owned fields too: those are filled on creation) and the fields changed, in
  // sorted order, so two syncs creating the same names never wait on each other in opposite orders.
  const orgs = ORG_FIELDS.filter((f) => scope.provided.has(f.field));
  if (orgs.length > 0) {
    await sql(
      `WITH ${orgs.map((f, i) => `o${i} AS (INSERT INTO ${f.org!.table} (name)
         SELECT DISTINCT ${orgName(f, f.source)} FROM ${BATCH_STAGE} WHERE ${f.source} IS NOT NULL AND (is_new OR a_${f.column}) ORDER BY 1 ON CONFLICT ${f.org!.ignoreCase ? '' : '(name) '}DO NOTHING)`).join(', ')}
       SELECT 1`,
    );
  }
  const diff = scope.diffLimit > 0 ? await stagedChanges(sql, scope.diffLimit) : [];

  const written = (f: (typeof EMPLOYEE_FIELDS)[number]) => (f.org ? `s.${f.column}` : `s.${f.source}`);
  const [out] = await sql<{ status_changes: EmployeeStatusChanged[] }>(
    `WITH src AS MATERIALIZED (
       SELECT s.*, ${ORG_FIELDS.map((f) => `(SELECT o.id FROM ${f.org!.table} o WHERE ${orgKey(f, 'o.name')} = ${orgKey(f, `s.${f.source}`)}) AS ${f.column}`).join(', ')}
         FROM ${BATCH_STAGE} s WHERE s.is_new OR s.any_change
     ), created AS (
       INSERT INTO employee (id, employee_number, first_name, last_name, email, department_id, job_role_id, location_id, manager_id, status, work_context, hire_date, version)
       SELECT emp_id, employee_number, first_name, last_name, email, department_id, job_role_id, location_id, mgr_id,
              coalesce(status, 'ACTIVE'), coalesce(work_context, 'OFFICE'), hire_date, 1
         FROM src WHERE is_new
     ), changed AS (
       UPDATE employee e SET ${EMPLOYEE_FIELDS.map((f) => `${f.column} = CASE WHEN s.a_${f.column} THEN ${written(f)} ELSE e.${f.column} END`).join(', ')},
              version = e.version + 1, updated_at = now()
         FROM src s WHERE e.id = ANY(ARRAY(SELECT emp_id FROM src WHERE NOT is_new)) AND e.id = s.emp_id AND NOT s.is_new
       RETURNING e.id, s.cur_status AS previous, e.status AS current
     )
     SELECT (SELECT coalesce(json_agg(json_build_object('employeeId', id, 'previousStatus', previous, 'newStatus', current)), '[]')
               FROM changed WHERE previous IS DISTINCT FROM current) AS status_changes`,
  );
  return { staged, statusChanges: out.status_changes, diff };
}

/** The employees that records of this batch without a link find by their email, and that a connector links already. */
async function sameEmailLinked(sql: SyncSql, scope: BatchScope, rows: readonly BatchRow[]): Promise<ReadonlySet<string>> {
  const emails = rows.map((r) => (r.problem ? null : r.record.email ?? null));
  if (!emails.some((e) => e)) return new Set();
  const found = await sql<{ id: string }>(
    `SELECT e.id FROM employee e WHERE lower(e.email) = ANY(
       ARRAY(SELECT lower(u.email) FROM unnest($1::text[]) WITH ORDINALITY AS u(email, n)
              LEFT JOIN ${BATCH_LINKS} l ON l.seq = u.n - 1 WHERE u.email IS NOT NULL AND l.employee_id IS NULL))`,
    [emails],
  );
  return found.length > 0 ? scope.linkedElsewhere(found.map((f) => f.id)) : new Set();
}

/** What the staged batch changes, field by field (a dry run's diff). */
async function stagedChanges(sql: SyncSql, limit: number): Promise<StagedChange[]> {
  const rows = await sql<Record<string, unknown>>(
    `SELECT * FROM ${BATCH_STAGE} WHERE err IS NULL AND (is_new OR any_change OR mgr_changed) ORDER BY seq LIMIT $1`,
    [limit],
  );
  const text = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
  return rows.map((r) => {
    const changes: StagedChange['changes'] = [];
    for (const f of EMPLOYEE_FIELDS) {
      if (!r.is_new && !r[`a_${f.column}`]) continue;
      if (r.is_new && r[f.source] === null) continue;
      changes.push({ field: f.field, from: r.is_new ? null : text(r[`cur_${f.source}`]), to: text(r[f.source]) });
    }
    if (r.mgr_changed || (r.is_new && r.manager_ext)) {
      changes.push({ field: 'managerExternalId', from: text((r.prev as Record<string, unknown> | null)?.managerExternalId), to: text(r.manager_ext) });
    }
    const action: StagedChange['action'] = r.is_new ? 'CREATE' : r.reactivating ? 'REACTIVATE' : 'UPDATE';
    return { action, externalId: String(r.ext_id), employeeId: r.is_new ? null : (r.emp_id as string), changes };
  });
}
