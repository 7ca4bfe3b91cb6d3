import { EMPLOYEE_FAILURES, EmployeeFailureCode } from '../employee-failures';
import { EMPLOYEE_FIELDS, EmployeeSyncField, FieldSpec, orgKey, PAYLOAD_KEYS, SOURCE_COLUMNS } from './sync-fields';

/** The temp table a batch is staged in (this transaction only). */
export const BATCH_STAGE = 'employee_batch';
/** The temp table the caller fills with its links before staging: (seq, ref_id, previous, employee_id, manager_id). */
export const BATCH_LINKS = 'employee_batch_links';

const bool = (b: boolean) => (b ? 'TRUE' : 'FALSE');
const cur = (f: FieldSpec) => `cur_${f.source}`;
const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
/** A staged problem's field or message, from its code. */
const problemSql = (part: 'field' | 'message') =>
  `CASE problem ${(Object.keys(EMPLOYEE_FAILURES) as EmployeeFailureCode[]).map((code) => `WHEN '${code}' THEN ${quote(EMPLOYEE_FAILURES[code][part])}`).join(' ')} END`;

export function linksTableSql(): string {
  return `CREATE TEMP TABLE ${BATCH_LINKS} (seq int PRIMARY KEY, ref_id uuid, previous jsonb, employee_id uuid, manager_id uuid) ON COMMIT DROP`;
}

/** The per-batch stage: source values, what we hold now (in the source's terms), apply flags, and the outcome. */
export function stageTableSql(): string {
  return `CREATE TEMP TABLE ${BATCH_STAGE} (
    seq int, ext_id text, line int,
    ${SOURCE_COLUMNS.map((c) => `${c.column} ${c.type}`).join(', ')},
    err_field text, err text, err_code text, payload jsonb, ref_id uuid, prev jsonb, emp_id uuid, is_new boolean, mgr_id uuid,
    ${EMPLOYEE_FIELDS.map((f) => `${cur(f)} ${f.type}, a_${f.column} boolean`).join(', ')},
    any_change boolean, mgr_changed boolean, reactivating boolean
  ) ON COMMIT DROP`;
}

/** The stage's input columns, in the order of the unnest() arrays. */
export const STAGE_INPUT = [
  { column: 'seq', type: 'int' }, { column: 'ext_id', type: 'text' }, { column: 'line', type: 'int' },
  ...SOURCE_COLUMNS.map((c) => ({ column: c.column, type: c.type })),
  { column: 'err_field', type: 'text' }, { column: 'err', type: 'text' },
];

/**
 * Stages one batch in ONE statement (parameters: the STAGE_INPUT arrays, then the fields the source does not
 * provide, whether the caller may link an employee found by email, and the employees a connector links already),
 * layer by layer:
 *   input    the rows, with the source payload the caller keeps (fields not provided left out)
 *   fresh    the caller's link of each row (BATCH_LINKS); a row whose payload equals the previous one, linked to
 *            an existing employee, would change nothing and is not staged at all (counted unchanged)
 *   linked   the employee each row is linked to: by the caller's link, else (only when the caller may link existing
 *            employees) the employee with the same email, case-insensitively, that no connector has linked; locked
 *            FOR UPDATE and read as it is now, so HR edits wait for the batch or are seen by it
 *   flagged  per field: synced, changed in the source since the last sync, and different from ours; a first link
 *            never clears a field (a null source value is not applied)
 *   guarded  problems: new people without email or name, an email an employee the row may not link already has
 *            (linked by a connector, or created in Skillpath while linking is off), a status change of an HR admin
 *   then     email (case-insensitively), then employee number, refused when another employee has it or an earlier
 *            row of the batch writes it
 * New people get their id and, when the caller knows their manager already (BATCH_LINKS.manager_id), their manager link.
 * Returns the number of rows staged and how many of them are existing employees.
 */
export function stageBatchSql(synced: ReadonlySet<EmployeeSyncField>): string {
  // Whether the caller may link an employee it finds by email that no connector has linked (off by default).
  const LINK_EXISTING = `$${STAGE_INPUT.length + 2}::boolean`;
  const LINKED_ELSEWHERE = `$${STAGE_INPUT.length + 3}::uuid[]`;
  const notProvided = `$${STAGE_INPUT.length + 1}`;
  const payload = `jsonb_build_object(${PAYLOAD_KEYS.map(([k, c]) => `'${k}', u.${c}`).join(', ')}) - ${notProvided}::text[]`;
  const flag = (f: FieldSpec) =>
    `${bool(synced.has(f.field))} AND l.cur_id IS NOT NULL AND l.err IS NULL AND l.payload->'${f.field}' IS DISTINCT FROM l.prev->'${f.field}'
     ${f.notNull ? `AND l.${f.source} IS NOT NULL` : `AND (l.ref_id IS NOT NULL OR l.${f.source} IS NOT NULL)`} AND ${orgKey(f, `l.${f.source}`)} IS DISTINCT FROM ${orgKey(f, `l.${cur(f)}`)} AS raw_${f.column}`;
  // Current org names only where there is one (new people have none): unguarded, the lookup ran for every row.
  const curValue = (f: FieldSpec) =>
    f.org ? `CASE WHEN c.${f.column} IS NOT NULL THEN (SELECT o.name FROM ${f.org.table} o WHERE o.id = c.${f.column}) END` : `c.${f.column}`;
  // `key` is how values compare: emails case-insensitively (the unique index is on lower(email)).
  const taken = (key: (v: string) => string, column: string, writes: string, prior: string, code: string) =>
    `coalesce(${prior}, CASE WHEN ${writes} AND (EXISTS (SELECT 1 FROM employee e WHERE ${key(`e.${column}`)} = ${key(`w.${column}`)} AND e.id IS DISTINCT FROM w.link_id)
       OR count(*) FILTER (WHERE ${writes}) OVER (PARTITION BY ${key(`w.${column}`)} ORDER BY w.seq ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) > 0)
       THEN '${code}' END)`;
  const lower = (v: string) => `lower(${v})`;
  const asIs = (v: string) => v;
  const outColumns = [
    'seq', 'ext_id', 'line', ...SOURCE_COLUMNS.map((c) => c.column), 'err_field', 'err', 'err_code', 'payload', 'ref_id', 'prev', 'emp_id', 'is_new', 'mgr_id',
    ...EMPLOYEE_FIELDS.flatMap((f) => [cur(f), `a_${f.column}`]), 'any_change', 'mgr_changed', 'reactivating',
  ];
  return `WITH staged AS (
  INSERT INTO ${BATCH_STAGE} (${outColumns.join(', ')})
  WITH input AS (
    SELECT u.*, ${payload} AS payload
      FROM unnest(${STAGE_INPUT.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ')}) AS u(${STAGE_INPUT.map((c) => c.column).join(', ')})
  ), fresh AS (
    -- Correlated key lookups (OFFSET 0 keeps them so): a hashed existence check would read all of employee for every batch.
    SELECT i.*, r.ref_id, r.previous AS prev, r.employee_id AS ref_emp, r.manager_id AS known_mgr
      FROM input i
      LEFT JOIN ${BATCH_LINKS} r ON r.seq = i.seq AND i.err IS NULL
      LEFT JOIN LATERAL (SELECT true AS alive FROM employee e WHERE e.id = r.employee_id AND r.previous = i.payload OFFSET 0) ex ON true
     WHERE ex.alive IS NULL
  ), linked AS (
    SELECT f.*, coalesce(f.ref_emp, CASE WHEN ${LINK_EXISTING} AND NOT same.owned THEN same.id END) AS link_id, same.id AS same_id, same.owned AS same_owned,
           c.id AS cur_id, 'HR_ADMIN' = ANY(c.roles) AS cur_hr_admin, ${EMPLOYEE_FIELDS.map((x) => `${curValue(x)} AS ${cur(x)}`).join(', ')}
      FROM fresh f
      LEFT JOIN LATERAL (SELECT e.id, e.id = ANY(${LINKED_ELSEWHERE}) AS owned FROM employee e
                          WHERE f.ref_id IS NULL AND f.err IS NULL AND f.email IS NOT NULL AND lower(e.email) = lower(f.email)) same ON true
      LEFT JOIN LATERAL (SELECT e.* FROM employee e WHERE e.id = coalesce(f.ref_emp, CASE WHEN ${LINK_EXISTING} AND NOT same.owned THEN same.id END) FOR UPDATE) c ON true
  ), flagged AS (
    SELECT l.*, ${EMPLOYEE_FIELDS.map(flag).join(',\n      ')},
      ${bool(synced.has('managerExternalId'))} AND l.cur_id IS NOT NULL AND l.err IS NULL
        AND l.payload->'managerExternalId' IS DISTINCT FROM l.prev->'managerExternalId' AS raw_mgr
      FROM linked l
  ), guarded AS (
    SELECT l.*,
      CASE WHEN l.err IS NOT NULL THEN NULL
           WHEN l.link_id IS NOT NULL AND l.cur_id IS NULL THEN 'EMPLOYEE_GONE'
           WHEN l.link_id IS NULL AND l.email IS NULL THEN 'EMAIL_REQUIRED'
           WHEN l.link_id IS NULL AND (l.first_name IS NULL OR l.last_name IS NULL) THEN 'NAMES_REQUIRED'
           WHEN l.link_id IS NULL AND l.same_id IS NOT NULL THEN CASE WHEN l.same_owned THEN 'EMAIL_LINKED_ELSEWHERE' ELSE 'EMAIL_NOT_LINKABLE' END
           WHEN l.cur_hr_admin AND l.raw_status THEN 'HR_ADMIN_STATUS'
      END AS problem0
      FROM flagged l
  ), email_checked AS (
    SELECT w.*, ${taken(lower, 'email', `(w.err IS NULL AND w.problem0 IS NULL AND w.email IS NOT NULL AND (w.link_id IS NULL OR w.raw_email))`, 'w.problem0', 'EMAIL_TAKEN')} AS problem1
      FROM guarded w
  ), checked AS (
    SELECT w.*, ${taken(asIs, 'employee_number', `(w.err IS NULL AND w.problem1 IS NULL AND w.employee_number IS NOT NULL AND (w.link_id IS NULL OR w.raw_employee_number))`, 'w.problem1', 'EMPLOYEE_NUMBER_TAKEN')} AS problem
      FROM email_checked w
  ), outcome AS (
    SELECT k.*, k.err IS NULL AND k.problem IS NULL AS ok, k.err IS NULL AND k.problem IS NULL AND k.link_id IS NULL AS new_person FROM checked k
  )
  SELECT seq, ext_id, line, ${SOURCE_COLUMNS.map((c) => c.column).join(', ')},
         coalesce(err_field, ${problemSql('field')}), coalesce(err, ${problemSql('message')}), problem, payload, ref_id, prev,
         CASE WHEN new_person THEN gen_random_uuid() ELSE link_id END, new_person,
         CASE WHEN new_person AND ${bool(synced.has('managerExternalId'))} AND manager_ext IS NOT NULL
              -- A new person cannot close a cycle (nobody reports to them yet): link a manager the caller knows at once.
              THEN known_mgr END,
         ${EMPLOYEE_FIELDS.map((f) => `${cur(f)}, ok AND raw_${f.column}`).join(', ')},
         ok AND (${EMPLOYEE_FIELDS.map((f) => `raw_${f.column}`).join(' OR ')}), ok AND raw_mgr,
         ok AND raw_status AND cur_status = 'TERMINATED' AND status <> 'TERMINATED'
    FROM outcome
  RETURNING is_new, err)
SELECT count(*)::int AS staged, count(*) FILTER (WHERE NOT is_new AND err IS NULL)::int AS existing FROM staged`;
}
