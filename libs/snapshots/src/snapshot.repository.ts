import { Injectable } from '@nestjs/common';
import { decodeCursor } from '@app/shared';
import { GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { reportingLineSql, EMPLOYEE_VIEW } from '@app/employees';
import { PATH_ASSIGNMENT_VIEW } from '@app/skill-paths';
import type { SnapshotKind } from './entities/employee-snapshot.entity';
import type { SnapshotSection } from './domain/snapshot.model';

export interface SavedSnapshotRow {
  id: string;
  employee_id: string;
  assignment_id: string;
  kind: SnapshotKind;
  taken_on: string;
  period_month: string | null;
  content: SnapshotSection;
}

export interface SnapshotToSave {
  employee_id: string;
  assignment_id: string;
  taken_on: string;
  content: SnapshotSection;
  taken_by_id: string | null;
}

const COLUMNS = `id, employee_id, assignment_id, kind, taken_on::text AS taken_on, period_month::text AS period_month, content`;
const RECORDSET = `jsonb_to_recordset($1::jsonb) AS x(employee_id uuid, assignment_id uuid, taken_on date, content jsonb, taken_by_id uuid)`;

/** Every query on saved snapshots and on the employees a snapshot batch covers. */
@Injectable()
export class SnapshotRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** On-demand snapshots (one statement); saving again the same day replaces that day's row. */
  @GenerateSql({ params: [[{ employee_id: SqlExample.ID, assignment_id: SqlExample.ID_2, taken_on: SqlExample.DATE, content: { assignmentId: SqlExample.ID_2, pathId: SqlExample.ID, pathName: 'Backend engineer', currentLevel: 'BASELINE', currentLevelSummary: null, targetLevel: 'PROFICIENT', targetLevelSummary: null, nextLevel: 'PROFICIENT', targetDate: null, horizonDate: SqlExample.DATE_2, horizonSource: 'SIX_MONTHS', currentBehaviours: [], targetBehaviours: [], handledDifferently: [], startHere: [], nextLevelCertifications: [], practiceBudgets: [], payoffs: [] }, taken_by_id: null }]] })
  saveOnDemand(rows: readonly SnapshotToSave[]): Promise<SavedSnapshotRow[]> {
    return this.tx.query<SavedSnapshotRow>(
      `INSERT INTO employee_snapshot (employee_id, assignment_id, kind, taken_on, content, taken_by_id)
       SELECT x.employee_id, x.assignment_id, 'ON_DEMAND', x.taken_on, x.content, x.taken_by_id FROM ${RECORDSET}
       ON CONFLICT (employee_id, assignment_id, taken_on) WHERE kind = 'ON_DEMAND'
       DO UPDATE SET content = EXCLUDED.content, taken_by_id = EXCLUDED.taken_by_id, updated_at = now()
       RETURNING ${COLUMNS}`,
      [JSON.stringify(rows)],
    );
  }

  /** Monthly snapshots (one statement); rows already saved for that month are left alone. Returns how many were new. */
  @GenerateSql({ params: [[{ employee_id: SqlExample.ID, assignment_id: SqlExample.ID_2, taken_on: SqlExample.DATE, content: { assignmentId: SqlExample.ID_2, pathId: SqlExample.ID, pathName: 'Backend engineer', currentLevel: 'BASELINE', currentLevelSummary: null, targetLevel: 'PROFICIENT', targetLevelSummary: null, nextLevel: 'PROFICIENT', targetDate: null, horizonDate: SqlExample.DATE_2, horizonSource: 'SIX_MONTHS', currentBehaviours: [], targetBehaviours: [], handledDifferently: [], startHere: [], nextLevelCertifications: [], practiceBudgets: [], payoffs: [] }, taken_by_id: null }], '2026-01-01'] })
  async saveMonthly(rows: readonly SnapshotToSave[], periodMonth: string): Promise<number> {
    if (rows.length === 0) return 0;
    const inserted = await this.tx.query<{ id: string }>(
      `INSERT INTO employee_snapshot (employee_id, assignment_id, kind, taken_on, period_month, content, taken_by_id)
       SELECT x.employee_id, x.assignment_id, 'MONTHLY', x.taken_on, $2::date, x.content, x.taken_by_id FROM ${RECORDSET}
       ON CONFLICT (employee_id, assignment_id, period_month) WHERE kind = 'MONTHLY' DO NOTHING
       RETURNING id`,
      [JSON.stringify(rows), periodMonth],
    );
    return inserted.length;
  }

  /** An employee's saved snapshots, newest first (bounded). */
  @GenerateSql({ params: [SqlExample.ID, 12] })
  history(employeeId: string, limit: number): Promise<SavedSnapshotRow[]> {
    return this.tx.query<SavedSnapshotRow>(
      `SELECT ${COLUMNS} FROM employee_snapshot WHERE employee_id = $1 ORDER BY taken_on DESC, kind DESC, created_at DESC LIMIT $2`,
      [employeeId, limit],
    );
  }

  /** Per assignment, the latest snapshot taken on or before `onDate` (on-demand wins over monthly on the same day). */
  @GenerateSql({ params: [SqlExample.ID, SqlExample.DATE] })
  latestOnOrBefore(employeeId: string, onDate: string): Promise<SavedSnapshotRow[]> {
    return this.tx.query<SavedSnapshotRow>(
      `SELECT DISTINCT ON (assignment_id) ${COLUMNS} FROM employee_snapshot
        WHERE employee_id = $1 AND taken_on <= $2::date
        ORDER BY assignment_id, taken_on DESC, kind DESC, updated_at DESC`,
      [employeeId, onDate],
    );
  }

  /** Active employees on at least one path, after `afterId` in id order (monthly batches). */
  @GenerateSql({ name: 'first batch', params: [null, 100] }, { name: 'next batch', params: [SqlExample.ID, 100] })
  async employeesWithAssignments(afterId: string | null, limit: number): Promise<string[]> {
    const rows = await this.tx.query<{ employee_id: string }>(
      `SELECT DISTINCT a.employee_id FROM ${PATH_ASSIGNMENT_VIEW} a JOIN ${EMPLOYEE_VIEW} e ON e.id = a.employee_id
        WHERE a.ended_on IS NULL AND e.status <> 'TERMINATED' AND ($1::uuid IS NULL OR a.employee_id > $1::uuid)
        ORDER BY a.employee_id LIMIT $2`,
      [afterId, limit],
    );
    return rows.map((r) => r.employee_id);
  }

  /** One page (by name) of the not-terminated people below `managerId`; one statement for the page, one for the count. */
  @GenerateSql({ name: 'first page', params: [SqlExample.ID, 20] }, { name: 'next page', params: [SqlExample.ID, 20, SqlExample.CURSOR] })
  async linePage(managerId: string, first: number, after?: string): Promise<{ ids: Array<{ id: string; key: string }>; total: number }> {
    const line = `e.id IN (${reportingLineSql('$1', false)}) AND e.status <> 'TERMINATED'`;
    const key = `lower(e.last_name || ' ' || e.first_name)`;
    const params: unknown[] = [managerId];
    const cursor = decodeCursor(after);
    let where = line;
    if (cursor) where += ` AND (${key}, e.id) > ($${params.push(String(cursor.key))}, $${params.push(cursor.id)}::uuid)`;
    const ids = await this.tx.query<{ id: string; key: string }>(
      `SELECT e.id, ${key} AS key FROM ${EMPLOYEE_VIEW} e WHERE ${where} ORDER BY ${key}, e.id LIMIT $${params.push(first + 1)}`,
      params,
    );
    const [{ total }] = await this.tx.query<{ total: number }>(`SELECT count(*)::int AS total FROM ${EMPLOYEE_VIEW} e WHERE ${line}`, [managerId]);
    return { ids, total: Number(total) };
  }
}
