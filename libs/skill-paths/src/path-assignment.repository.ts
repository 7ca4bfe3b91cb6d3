import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { decodeCursor, groupByKeys, jsonObjectSql, Page, SelectionTree, toPage } from '@app/shared';
import { GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import type { RelationSql } from '@app/employees';
import { PathAssignment } from './entities/path-assignment.entity';
import { COUNTED_OBSERVATION_SQL, PathObservation } from './entities/path-observation.entity';
import { LevelAchievement } from './entities/level-achievement.entity';
import { SkillPath } from './entities/skill-path.entity';
import { PathLevelName } from './entities/path-level-name';

export interface AssignmentListQuery {
  /** SQL predicate on `a.employee_id` restricting to what the viewer may see, with its params. */
  visible: { sql: string; params: unknown[] };
  employeeId?: string;
  pathId?: string;
  /** Ended assignments too (history); default: active ones only. */
  includeEnded?: boolean;
  first: number;
  after?: string;
}

/** Current and target level of one employee on one path (team views). */
export interface EmployeePathLevel {
  employeeId: string;
  assignmentId: string;
  pathId: string;
  jobRoleId: string;
  currentLevel: PathLevelName | null;
  targetLevel: PathLevelName;
  targetDate: string | null;
}

/** Every query on assignments, observations and level achievements. */
@Injectable()
export class PathAssignmentRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Puts an employee on a path (the service checks the path, the role, duplicates and levels first). */
  @GenerateSql({ params: [{ employeeId: SqlExample.ID, pathId: SqlExample.ID_2, targetLevel: 'PROFICIENT' }] })
  insert(values: Pick<PathAssignment, 'employeeId' | 'pathId' | 'targetLevel'> & Partial<Pick<PathAssignment, 'currentLevel' | 'targetDate' | 'assignedById'>>): Promise<PathAssignment> {
    return this.tx.manager.save(PathAssignment, this.tx.manager.create(PathAssignment, { currentLevel: null, targetDate: null, assignedById: null, ...values }), { transaction: false });
  }

  /** Saves an updated or ended assignment. */
  @GenerateSql({ params: [Object.assign(new PathAssignment(), { id: SqlExample.ID, employeeId: SqlExample.ID, pathId: SqlExample.ID_2, currentLevel: 'BASELINE', targetLevel: 'PROFICIENT', targetDate: SqlExample.DATE_2, assignedById: SqlExample.ID_2, endedOn: null, endReason: null, endedById: null })] })
  save(assignment: PathAssignment): Promise<PathAssignment> {
    return this.tx.manager.save(PathAssignment, assignment);
  }

  /** Moves the assignment's current level (the level it newly reached). */
  @GenerateSql({ params: [SqlExample.ID, 'PROFICIENT'] })
  async setCurrentLevel(id: string, currentLevel: PathLevelName): Promise<void> {
    await this.tx.manager.update(PathAssignment, { id }, { currentLevel });
  }

  @GenerateSql({ params: [{ employeeId: SqlExample.ID, behaviourId: SqlExample.ID_2, observedOn: SqlExample.DATE, note: 'Paired on the review', evidenceUrl: null, selfReported: false, recordedById: SqlExample.ID_2, confirmedById: null, confirmedAt: null }] })
  insertObservation(values: Pick<PathObservation, 'employeeId' | 'behaviourId' | 'observedOn' | 'note' | 'evidenceUrl' | 'selfReported' | 'recordedById' | 'confirmedById' | 'confirmedAt'>): Promise<PathObservation> {
    return this.tx.manager.save(PathObservation, this.tx.manager.create(PathObservation, values));
  }

  /** Saves a confirmed observation. */
  @GenerateSql({ params: [Object.assign(new PathObservation(), { id: SqlExample.ID, employeeId: SqlExample.ID, behaviourId: SqlExample.ID_2, observedOn: SqlExample.DATE, note: null, evidenceUrl: null, selfReported: true, recordedById: SqlExample.ID, confirmedById: SqlExample.ID_2, confirmedAt: SqlExample.NOW })] })
  saveObservation(observation: PathObservation): Promise<PathObservation> {
    return this.tx.manager.save(PathObservation, observation);
  }

  /** Records the levels an employee newly reached on a path, one row each, in one statement. */
  @GenerateSql({ params: [[{ employeeId: SqlExample.ID, pathId: SqlExample.ID_2, level: 'BASELINE', reachedOn: SqlExample.DATE }, { employeeId: SqlExample.ID, pathId: SqlExample.ID_2, level: 'PROFICIENT', reachedOn: SqlExample.DATE }]] })
  async insertAchievements(rows: ReadonlyArray<Pick<LevelAchievement, 'employeeId' | 'pathId' | 'level' | 'reachedOn'>>): Promise<void> {
    await this.tx.manager.insert(LevelAchievement, [...rows]);
  }

  @GenerateSql({ params: [SqlExample.ID] })
  findById(id: string): Promise<PathAssignment | null> {
    return this.tx.manager.findOne(PathAssignment, { where: { id } });
  }

  /** The employee's active (not ended) assignment on the path. */
  @GenerateSql({ params: [SqlExample.ID, SqlExample.ID_2] })
  findByEmployeeAndPath(employeeId: string, pathId: string): Promise<PathAssignment | null> {
    return this.tx.manager.findOne(PathAssignment, { where: { employeeId, pathId, endedOn: IsNull() } });
  }

  /** Keyset page (by id) of assignments matching the filters; one query for the page, one for the count. */
  @GenerateSql({ name: 'first page', params: [{ visible: SqlExample.ANYONE, first: 20 }] }, { name: 'filtered, next page', params: [{ visible: SqlExample.ANYONE, employeeId: SqlExample.ID, pathId: SqlExample.ID_2, includeEnded: true, first: 20, after: SqlExample.CURSOR }] })
  async list(q: AssignmentListQuery): Promise<Page<PathAssignment>> {
    const params: unknown[] = [...q.visible.params];
    const where: string[] = [q.visible.sql];
    if (q.employeeId) where.push(`a.employee_id = $${params.push(q.employeeId)}`);
    if (q.pathId) where.push(`a.path_id = $${params.push(q.pathId)}`);
    if (!q.includeEnded) where.push('a.ended_on IS NULL');
    const filter = where.join(' AND ');
    const countParams = [...params];
    const cursor = decodeCursor(q.after);
    let pageWhere = filter;
    if (cursor) pageWhere += ` AND a.id > $${params.push(cursor.id)}::uuid`;
    const rows = await this.tx.manager
      .createQueryBuilder(PathAssignment, 'a')
      .where(pageWhere.replace(/\$(\d+)/g, ':p$1'), Object.fromEntries(params.map((v, i) => [`p${i + 1}`, v])))
      .orderBy('a.id')
      .limit(q.first + 1)
      .getMany();
    const [{ count }] = await this.tx.query<{ count: number }>(`SELECT count(*)::int AS count FROM path_assignment a WHERE ${filter}`, countParams);
    return toPage(rows, q.first, Number(count), (a) => ({ key: null, id: a.id }));
  }

  /**
   * The path assignments of the employee aliased `e` as a JSON array of the selected fields, ordered as
   * `byEmployeeIds` (active ones only); null when the selection asks for a field only the resolver path answers
   * (`exact`: any field a resolver answers, see jsonObjectSql).
   */
  static assignmentsJsonSql(selection: SelectionTree, sql: RelationSql, exact = false): string | null {
    const object = jsonObjectSql(selection, {
      columns: { id: 'a.id', employeeId: 'a.employee_id', pathId: 'a.path_id', currentLevel: 'a.current_level', targetLevel: 'a.target_level', targetDate: 'a.target_date::text', assignedById: 'a.assigned_by_id' },
      needs: { employee: ['employeeId'], path: ['pathId'] },
      resolved: new Set(['employee', 'path']),
      typename: 'PathAssignment',
    }, exact);
    return object && sql.many({ object, from: 'path_assignment a', key: 'a.employee_id', where: 'a.ended_on IS NULL', orderBy: 'a.id' });
  }

  /** Active assignments of many employees at once, grouped in `employeeIds` order (one query, for DataLoaders). */
  @GenerateSql({ params: [SqlExample.IDS] })
  async byEmployeeIds(employeeIds: readonly string[]): Promise<PathAssignment[][]> {
    const rows = await this.tx.manager.createQueryBuilder(PathAssignment, 'a').where('a.employee_id = ANY(:employeeIds) AND a.ended_on IS NULL', { employeeIds }).orderBy('a.id').getMany();
    return groupByKeys(employeeIds, rows, (r) => r.employeeId);
  }

  /** Current/target level per employee on their active paths, in `employeeIds` order (one array per employee, one query). */
  @GenerateSql({ params: [SqlExample.IDS] })
  async levelsByEmployeeIds(employeeIds: readonly string[]): Promise<EmployeePathLevel[][]> {
    const rows = await this.tx.query<{ employee_id: string; id: string; path_id: string; job_role_id: string; current_level: PathLevelName | null; target_level: PathLevelName; target_date: string | null }>(
      `SELECT a.employee_id, a.id, a.path_id, p.job_role_id, a.current_level, a.target_level, a.target_date::text AS target_date
         FROM path_assignment a JOIN skill_path p ON p.id = a.path_id
        WHERE a.employee_id = ANY($1) AND a.ended_on IS NULL ORDER BY p.name, a.id`,
      [employeeIds],
    );
    const byEmployee = new Map<string, EmployeePathLevel[]>();
    for (const r of rows) {
      const list = byEmployee.get(r.employee_id) ?? [];
      list.push({ employeeId: r.employee_id, assignmentId: r.id, pathId: r.path_id, jobRoleId: r.job_role_id, currentLevel: r.current_level, targetLevel: r.target_level, targetDate: r.target_date });
      byEmployee.set(r.employee_id, list);
    }
    return employeeIds.map((id) => byEmployee.get(id) ?? []);
  }

  @GenerateSql({ params: [SqlExample.ID] })
  observationById(id: string): Promise<PathObservation | null> {
    return this.tx.manager.findOne(PathObservation, { where: { id } });
  }

  /** Every observation of the employee against the given behaviours, newest first. */
  @GenerateSql({ params: [SqlExample.ID, SqlExample.IDS] })
  observations(employeeId: string, behaviourIds: readonly string[]): Promise<PathObservation[]> {
    return this.tx.manager
      .createQueryBuilder(PathObservation, 'o')
      .where('o.employee_id = :employeeId AND o.behaviour_id = ANY(:behaviourIds)', { employeeId, behaviourIds })
      .orderBy('o.observed_on', 'DESC')
      .addOrderBy('o.created_at', 'DESC')
      .getMany();
  }

  /** Counted observations per behaviour for one employee (self-evidence only once confirmed). */
  @GenerateSql({ params: [SqlExample.ID, SqlExample.IDS] })
  async countedObservations(employeeId: string, behaviourIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.tx.query<{ behaviour_id: string; n: number }>(
      `SELECT o.behaviour_id, count(*)::int AS n FROM path_observation o
        WHERE o.employee_id = $1 AND o.behaviour_id = ANY($2) AND ${COUNTED_OBSERVATION_SQL}
        GROUP BY o.behaviour_id`,
      [employeeId, behaviourIds],
    );
    return new Map(rows.map((r) => [r.behaviour_id, Number(r.n)]));
  }

  @GenerateSql({ params: [SqlExample.ID, SqlExample.ID_2] })
  achievements(employeeId: string, pathId: string): Promise<LevelAchievement[]> {
    return this.tx.manager.find(LevelAchievement, { where: { employeeId, pathId } });
  }

  /** The path a behaviour belongs to (with the level), or null. */
  @GenerateSql({ params: [SqlExample.ID] })
  async pathOfBehaviour(behaviourId: string): Promise<{ path: SkillPath; levelId: string } | null> {
    const rows = await this.tx.query<{ path_id: string; level_id: string }>(
      `SELECT l.path_id, l.id AS level_id FROM path_behaviour b JOIN path_level l ON l.id = b.level_id WHERE b.id = $1`,
      [behaviourId],
    );
    if (!rows[0]) return null;
    const path = await this.tx.manager.findOne(SkillPath, { where: { id: rows[0].path_id } });
    return path ? { path, levelId: rows[0].level_id } : null;
  }
}
