import { Injectable } from '@nestjs/common';
import { decodeCursor, jsonArrayOf, Page, toPage } from '@app/shared';
import { GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { DEPARTMENT_VIEW, EMPLOYEE_VIEW, JOB_ROLE_VIEW } from '@app/employees';
import { CertificationRecord } from './entities/certification-record.entity';
import { currentRecordSql, effectiveDeadlineSql, HELD_STATUSES, recordColumnsSql, recordStatusSql } from './record-status.sql';
import { RecordRow, RecordView, toRecordView } from './record-view';
import { bindToday } from './record-view-columns';

/** A SQL predicate with the parameters it already pushed. */
export interface Predicate {
  sql: string;
  params: unknown[];
}

/** Each node's whole answer as exact JSON (recordObjectSql, `$today` for today); the page then has `nodesJson`. */
export type NodeJson = { object: string; joined: boolean } | null | undefined;

/** A page whose nodes were read as their exact JSON (raw-json.ts): `nodesJson` is the array, `nodes` is empty. */
export type RecordPage = Page<RecordView> & { nodesJson?: string };

export interface RecordListQuery {
  /** Restricts `r.employee_id` to what the viewer may see. */
  visible: Predicate;
  today: string;
  employeeId?: string;
  certificationId?: string;
  statuses?: string[];
  first: number;
  after?: string;
  nodeJson?: NodeJson;
}

export interface RenewalsDueQuery {
  /** Restricts `r.employee_id` (the scope: reporting line or organization). */
  scope: Predicate;
  today: string;
  withinDays: number;
  departmentId?: string;
  first: number;
  after?: string;
  nodeJson?: NodeJson;
}

export interface GapQuery {
  visible: Predicate;
  today: string;
  departmentId?: string;
  jobRoleId?: string;
}

export interface GapRow {
  employee_id: string;
  first_name: string;
  last_name: string;
  email: string;
  department_id: string | null;
  department_name: string | null;
  job_role_id: string | null;
  job_role_name: string | null;
  manager_id: string | null;
  manager_name: string | null;
  certification_id: string;
  certification_name: string;
  reason: 'MISSING' | 'EXPIRED' | 'REVOKED';
  record_id: string | null;
  lapsed_deadline: string | null;
}

const HELD = `ARRAY[${HELD_STATUSES.map((s) => `'${s}'`).join(',')}]`;

/** A new award: its id chosen by the caller, its cycle dates computed. */
export type NewRecord = Pick<CertificationRecord, 'id' | 'employeeId' | 'certificationId' | 'earnedOn' | 'extendedUntil' | 'renewsId' | 'credentialId' | 'credentialUrl' | 'evidenceUrl'> &
  Partial<Pick<CertificationRecord, 'expiresOn' | 'windowOpensOn' | 'graceEndsOn'>>;

/** The columns a record's later changes write: superseded, extended or revoked. */
export type RecordChanges = Partial<Pick<CertificationRecord, 'supersededById' | 'extendedUntil' | 'graceEndsOn' | 'extensionReason' | 'extendedBy' | 'revokedAt' | 'revokeReason' | 'revokedBy'>>;

/** Every query on certification_record; statuses always come from recordStatusSql with `today` as a parameter. */
@Injectable()
export class CertificationRecordRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Inserts an award as the records service built it (its id chosen up front, its dates computed). */
  @GenerateSql({ params: [{ id: SqlExample.ID, employeeId: SqlExample.ID, certificationId: SqlExample.ID_2, earnedOn: SqlExample.DATE, expiresOn: SqlExample.DATE_2, windowOpensOn: null, graceEndsOn: null, extendedUntil: null, renewsId: null, credentialId: 'CRED-1', credentialUrl: null, evidenceUrl: null }] })
  async insert(values: NewRecord): Promise<void> {
    await this.tx.manager.insert(CertificationRecord, this.tx.manager.create(CertificationRecord, values));
  }

  /** Writes the given columns of one record: superseding, extending or revoking it (records are never otherwise rewritten). */
  @GenerateSql(
    { name: 'supersede', params: [SqlExample.ID, { supersededById: SqlExample.ID_2 }] },
    { name: 'extend', params: [SqlExample.ID, { extendedUntil: SqlExample.DATE_2, graceEndsOn: SqlExample.DATE_2, extensionReason: 'Exam centre closed', extendedBy: SqlExample.ID_2 }] },
    { name: 'revoke', params: [SqlExample.ID, { revokedAt: SqlExample.NOW, revokeReason: 'Issued in error', revokedBy: SqlExample.ID_2 }] },
  )
  async update(id: string, changes: RecordChanges): Promise<void> {
    await this.tx.manager.update(CertificationRecord, { id }, changes);
  }

  /** Whether an employee (active or not) has this id. */
  @GenerateSql({ params: [SqlExample.ID] })
  async employeeExists(id: string): Promise<boolean> {
    return (await this.tx.query(`SELECT 1 FROM ${EMPLOYEE_VIEW} employee WHERE id = $1`, [id])).length > 0;
  }

  @GenerateSql({ params: [SqlExample.ID] })
  findEntity(id: string): Promise<CertificationRecord | null> {
    return this.tx.manager.findOne(CertificationRecord, { where: { id } });
  }

  /** The current record of an employee for a certification, locked for the renewal that follows. */
  @GenerateSql({ params: [SqlExample.ID, SqlExample.ID_2] })
  findCurrentForUpdate(employeeId: string, certificationId: string): Promise<CertificationRecord | null> {
    return this.tx.manager
      .createQueryBuilder(CertificationRecord, 'r')
      .where('r.employee_id = :employeeId AND r.certification_id = :certificationId', { employeeId, certificationId })
      .andWhere(currentRecordSql('r'))
      .setLock('pessimistic_write')
      .getOne();
  }

  @GenerateSql({ params: [SqlExample.ID, 'CRED-1'] })
  async credentialTaken(certificationId: string, credentialId: string): Promise<boolean> {
    const rows = await this.tx.query(`SELECT 1 FROM certification_record WHERE certification_id = $1 AND credential_id = $2 LIMIT 1`, [certificationId, credentialId]);
    return rows.length > 0;
  }

  @GenerateSql({ params: [SqlExample.ID, SqlExample.DATE] })
  async byId(id: string, today: string): Promise<RecordView | null> {
    const rows = await this.tx.query<RecordRow>(`SELECT ${recordColumnsSql('r', '$1')} FROM certification_record r WHERE r.id = $2`, [today, id]);
    return rows[0] ? toRecordView(rows[0]) : null;
  }

  /** Earlier records of each record's renewal chain, newest first (one recursive statement for all ids). */
  @GenerateSql({ params: [SqlExample.IDS, SqlExample.DATE] })
  async chainsOf(ids: readonly string[], today: string): Promise<Array<RecordView & { rootId: string }>> {
    const rows = await this.tx.query<RecordRow & { root_id: string }>(
      `WITH RECURSIVE chain AS (
         SELECT s.id AS root_id, s.renews_id AS next_id, 1 AS depth FROM certification_record s WHERE s.id = ANY($2::uuid[]) AND s.renews_id IS NOT NULL
         UNION ALL
         SELECT c.root_id, p.renews_id, c.depth + 1 FROM chain c JOIN certification_record p ON p.id = c.next_id
          WHERE p.renews_id IS NOT NULL AND c.depth < 200
       )
       SELECT c.root_id, ${recordColumnsSql('r', '$1')} FROM chain c JOIN certification_record r ON r.id = c.next_id ORDER BY c.root_id, c.depth`,
      [today, ids],
    );
    return rows.map((row) => ({ ...toRecordView(row), rootId: row.root_id }));
  }

  /** Records the viewer may see, newest award first; one statement for the page, one for the count. */
  @GenerateSql({ name: 'first page', params: [{ visible: SqlExample.ANYONE, today: SqlExample.DATE, first: 20 }] }, { name: 'filtered, next page', params: [{ visible: SqlExample.ANYONE, today: SqlExample.DATE, employeeId: SqlExample.ID, certificationId: SqlExample.ID_2, statuses: ['ACTIVE'], first: 20, after: SqlExample.CURSOR }] }, { name: 'as JSON', params: [{ visible: SqlExample.ANYONE, today: SqlExample.DATE, first: 20, nodeJson: { object: "json_build_object('id', r.id, 'certification', c.name)", joined: true } }] })
  list(q: RecordListQuery): Promise<RecordPage> {
    const params = [...q.visible.params];
    const where = [q.visible.sql];
    const p = (v: unknown) => `$${params.push(v)}`;
    const today = p(q.today);
    if (q.employeeId) where.push(`r.employee_id = ${p(q.employeeId)}`);
    if (q.certificationId) where.push(`r.certification_id = ${p(q.certificationId)}`);
    if (q.statuses?.length) where.push(`${recordStatusSql('r', today)} = ANY(${p(q.statuses)}::text[])`);
    return this.page(params, where, today, { key: `r.earned_on::text`, descending: true }, q.first, q.after, q.nodeJson);
  }

  /**
   * Current records in scope whose effective deadline is within `withinDays` of today, or that are
   * already RENEWAL_DUE or IN_GRACE; EXPIRED ones (past grace) are compliance gaps, not renewals.
   * Terminated employees are left out. Sorted by deadline.
   */
  @GenerateSql({ name: 'first page', params: [{ scope: SqlExample.ANYONE, today: SqlExample.DATE, withinDays: 60, first: 20 }] }, { name: 'one department, next page', params: [{ scope: SqlExample.ANYONE, today: SqlExample.DATE, withinDays: 60, departmentId: SqlExample.ID, first: 20, after: SqlExample.CURSOR }] })
  renewalsDue(q: RenewalsDueQuery): Promise<RecordPage> {
    const params = [...q.scope.params];
    const p = (v: unknown) => `$${params.push(v)}`;
    const today = p(q.today);
    const status = recordStatusSql('r', today);
    const where = [
      q.scope.sql,
      currentRecordSql('r'),
      `${effectiveDeadlineSql('r')} IS NOT NULL`,
      `${status} <> 'EXPIRED'`,
      `(${status} IN ('RENEWAL_DUE','IN_GRACE') OR ${effectiveDeadlineSql('r')} <= ${today}::date + ${p(q.withinDays)}::int)`,
      `EXISTS (SELECT 1 FROM ${EMPLOYEE_VIEW} e WHERE e.id = r.employee_id AND e.status <> 'TERMINATED'${q.departmentId ? ` AND e.department_id = ${p(q.departmentId)}` : ''})`,
    ];
    return this.page(params, where, today, { key: `${effectiveDeadlineSql('r')}::text`, descending: false }, q.first, q.after, q.nodeJson);
  }

  /**
   * One statement: the filter is evaluated once, counted, and the page read from it (keyset). With `nodeJson`, each
   * row is read as its exact JSON text instead of its columns.
   */
  private async page(params: unknown[], where: string[], today: string, sort: { key: string; descending: boolean }, first: number, after?: string, nodeJson?: NodeJson): Promise<RecordPage> {
    const filter = where.join(' AND ');
    const countParams = [...params];
    const cursor = decodeCursor(after);
    const cmp = sort.descending ? '<' : '>';
    let cursorWhere = 'TRUE';
    if (cursor) {
      params.push(String(cursor.key), cursor.id);
      cursorWhere = `(r.sort_key, r.id) ${cmp} ($${params.length - 1}, $${params.length}::uuid)`;
    }
    params.push(first + 1);
    const dir = sort.descending ? 'DESC' : 'ASC';
    // `today` is always typed, even when neither the filter nor the selected fields read it.
    const columns = nodeJson ? `r.id, ${bindToday(nodeJson.object, () => today)}::text AS node_json, ${today}::date AS today` : recordColumnsSql('r', today);
    const join = nodeJson?.joined ? 'JOIN certification c ON c.id = r.certification_id' : '';
    const rows = await this.tx.query<RecordRow & { sort_key: string; total_count: string; node_json?: string }>(
      `WITH filtered AS MATERIALIZED (SELECT r.*, ${sort.key} AS sort_key FROM certification_record r WHERE ${filter})
       SELECT ${columns}, r.sort_key, (SELECT count(*) FROM filtered) AS total_count
         FROM filtered r ${join} WHERE ${cursorWhere} ORDER BY r.sort_key ${dir}, r.id ${dir} LIMIT $${params.length}`,
      params,
    );
    let count = rows[0]?.total_count;
    if (count === undefined && cursor) {
      // past the last page: count without reading a page (`today` is always typed, even when no filter reads it)
      [{ count }] = await this.tx.query<{ count: string }>(`SELECT count(*) FROM certification_record r WHERE ${filter} AND ${today}::date IS NOT NULL`, countParams);
    }
    const cursorOf = (r: { id: string; sort_key: string }) => ({ key: r.sort_key, id: r.id });
    if (nodeJson) {
      const page = toPage(rows, first, Number(count ?? 0), cursorOf);
      return { ...page, nodes: [], nodesJson: jsonArrayOf(page.nodes.map((r) => r.node_json ?? 'null')) };
    }
    const keys = new Map(rows.map((r) => [r.id, r.sort_key]));
    return toPage(rows.map(toRecordView), first, Number(count ?? 0), (r) => ({ key: keys.get(r.id) ?? null, id: r.id }));
  }

  /**
   * Required certifications (BASELINE level of the employee's job role) that a visible, non-terminated
   * employee does not hold today: never held (MISSING), or whose latest non-superseded record is
   * EXPIRED or REVOKED. One statement.
   */
  @GenerateSql({ name: 'everyone', params: [{ visible: SqlExample.ANYONE, today: SqlExample.DATE }] }, { name: 'one department and role', params: [{ visible: SqlExample.ANYONE, today: SqlExample.DATE, departmentId: SqlExample.ID, jobRoleId: SqlExample.ID_2 }] })
  complianceGaps(q: GapQuery): Promise<GapRow[]> {
    const params = [...q.visible.params];
    const p = (v: unknown) => `$${params.push(v)}`;
    const today = p(q.today);
    const status = recordStatusSql('r', today);
    const filters = [q.visible.sql, `e.status <> 'TERMINATED'`];
    if (q.departmentId) filters.push(`e.department_id = ${p(q.departmentId)}`);
    if (q.jobRoleId) filters.push(`e.job_role_id = ${p(q.jobRoleId)}`);
    return this.tx.query<GapRow>(
      `WITH need AS (
         SELECT DISTINCT e.id AS employee_id, q.certification_id
           FROM ${EMPLOYEE_VIEW} e JOIN certification_requirement q ON q.job_role_id = e.job_role_id AND q.required AND q.level = 'BASELINE'
          WHERE ${filters.join(' AND ')}
       ),
       latest AS (
         SELECT DISTINCT ON (r.employee_id, r.certification_id) r.employee_id, r.certification_id, r.id, ${status} AS status,
                ${effectiveDeadlineSql('r')}::text AS deadline
           FROM certification_record r JOIN need n ON n.employee_id = r.employee_id AND n.certification_id = r.certification_id
          WHERE r.superseded_by_id IS NULL
          ORDER BY r.employee_id, r.certification_id, (${status} = ANY(${HELD})) DESC, r.revoked_at IS NULL DESC, r.earned_on DESC, r.id
       )
       SELECT e.id AS employee_id, e.first_name, e.last_name, e.email,
              e.department_id, d.name AS department_name, e.job_role_id, j.name AS job_role_name,
              e.manager_id, CASE WHEN m.id IS NULL THEN NULL ELSE m.first_name || ' ' || m.last_name END AS manager_name,
              c.id AS certification_id, c.name AS certification_name,
              CASE WHEN l.id IS NULL THEN 'MISSING' WHEN l.status = 'REVOKED' THEN 'REVOKED' ELSE 'EXPIRED' END AS reason,
              l.id AS record_id, CASE WHEN l.status = 'EXPIRED' THEN l.deadline END AS lapsed_deadline
         FROM need n
         JOIN ${EMPLOYEE_VIEW} e ON e.id = n.employee_id
         JOIN certification c ON c.id = n.certification_id
         LEFT JOIN latest l ON l.employee_id = n.employee_id AND l.certification_id = n.certification_id
         LEFT JOIN ${DEPARTMENT_VIEW} d ON d.id = e.department_id
         LEFT JOIN ${JOB_ROLE_VIEW} j ON j.id = e.job_role_id
         LEFT JOIN ${EMPLOYEE_VIEW} m ON m.id = e.manager_id
        WHERE l.id IS NULL OR NOT (l.status = ANY(${HELD}))
        ORDER BY e.last_name, e.first_name, e.id, c.name`,
      params,
    );
  }

  /** Names of the required certifications of a role's level that the employee does not hold on `onDate`. */
  @GenerateSql({ params: [SqlExample.ID, SqlExample.ID_2, 'BASELINE', SqlExample.DATE] })
  async missingForLevel(employeeId: string, jobRoleId: string, level: string, onDate: string): Promise<string[]> {
    const rows = await this.tx.query<{ name: string }>(
      `SELECT c.name FROM certification_requirement q JOIN certification c ON c.id = q.certification_id
        WHERE q.job_role_id = $2 AND q.level = $3 AND q.required
          AND NOT EXISTS (
            SELECT 1 FROM certification_record r
             WHERE r.employee_id = $1 AND r.certification_id = q.certification_id AND r.earned_on <= $4::date
               AND ${recordStatusSql('r', '$4')} = ANY(${HELD}))
        ORDER BY c.name`,
      [employeeId, jobRoleId, level, onDate],
    );
    return rows.map((r) => r.name);
  }
}
