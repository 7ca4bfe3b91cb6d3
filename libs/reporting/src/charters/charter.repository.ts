import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { CERTIFICATION_VIEW } from '@app/certifications';
import { DEPARTMENT_VIEW, EMPLOYEE_VIEW, JOB_ROLE_VIEW } from '@app/employees';
import { PLAYBOOK_TEMPLATE_VIEW } from '@app/playbooks';
import { PATH_LEVEL_VIEW } from '@app/skill-paths';
import { ProgramCharter } from './entities/program-charter.entity';
import { ProgramGoal } from './entities/program-goal.entity';
import { businessMetricSql, BusinessMetricRow, CharterSqlPlaceholders, cohortGoalsSql, CohortGoalRow, cohortSizeSql } from './charter-progress.sql';

export interface ProgressQuery {
  programId: string;
  population: { sql: string; params: unknown[] };
  today: string;
  timeZone: string;
}

/** What a charter may name, by kind: each owner's published view. */
const CHARTER_REFERENCES = {
  path_level: PATH_LEVEL_VIEW,
  certification: CERTIFICATION_VIEW,
  playbook_template: PLAYBOOK_TEMPLATE_VIEW,
  department: DEPARTMENT_VIEW,
  job_role: JOB_ROLE_VIEW,
} as const;

@Injectable()
export class CharterRepository {
  constructor(private readonly tx: TransactionHost) {}

  @GenerateSql({ params: [{ name: 'Cloud certification drive', subjectKind: 'CERTIFICATION', certificationId: SqlExample.ID_2, startsOn: SqlExample.DATE, createdById: SqlExample.ID }, [{ position: 0, kind: 'COMPLETION', targetPercent: 80, withinDays: 90 }]] })
  async insert(charter: Partial<ProgramCharter>, goals: Array<Partial<ProgramGoal>>): Promise<{ charter: ProgramCharter; goals: ProgramGoal[] }> {
    const saved = await this.tx.manager.save(ProgramCharter, this.tx.manager.create(ProgramCharter, charter));
    return { charter: saved, goals: await this.saveGoals(saved.id, goals) };
  }

  @GenerateSql({ params: [SqlExample.ID] })
  findById(id: string): Promise<ProgramCharter | null> {
    return this.tx.manager.findOne(ProgramCharter, { where: { id } });
  }

  /** Newest start first; archived programs only when asked for. */
  @GenerateSql({ name: 'active', params: [false] }, { name: 'with archived', params: [true] })
  list(includeArchived: boolean): Promise<ProgramCharter[]> {
    return this.tx.manager.find(ProgramCharter, { where: includeArchived ? {} : { archivedAt: IsNull() }, order: { startsOn: 'DESC', name: 'ASC', id: 'ASC' } });
  }

  /** The program row locked for the change that follows. */
  @GenerateSql({ params: [SqlExample.ID] })
  findForUpdate(id: string): Promise<ProgramCharter | null> {
    return this.tx.manager.findOne(ProgramCharter, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  @GenerateSql({ params: [SqlExample.ID, { name: 'Renamed drive' }] })
  async update(id: string, patch: Partial<ProgramCharter>): Promise<void> {
    await this.tx.manager.update(ProgramCharter, { id }, patch);
  }

  /** Replaces every goal of a program, in the given order. */
  @GenerateSql({ params: [SqlExample.ID, [{ position: 0, kind: 'COMPLETION', targetPercent: 80, withinDays: 90 }]] })
  async replaceGoals(programId: string, goals: Array<Partial<ProgramGoal>>): Promise<ProgramGoal[]> {
    await this.tx.manager.delete(ProgramGoal, { programId });
    return this.saveGoals(programId, goals);
  }

  private saveGoals(programId: string, goals: Array<Partial<ProgramGoal>>): Promise<ProgramGoal[]> {
    return this.tx.manager.save(ProgramGoal, goals.map((g, i) => this.tx.manager.create(ProgramGoal, { ...g, programId, position: i })));
  }

  /** Goals of several programs in one statement, in their order. */
  @GenerateSql({ params: [[SqlExample.ID]] })
  async goalsOf(programIds: string[]): Promise<ProgramGoal[]> {
    if (!programIds.length) return [];
    return this.tx.manager
      .createQueryBuilder(ProgramGoal, 'g')
      .where('g.program_id = ANY(:ids::uuid[])', { ids: programIds })
      .orderBy('g.program_id')
      .addOrderBy('g.position')
      .getMany();
  }

  /** Whether what a charter names exists, read through the view its owning lib publishes. */
  @GenerateSql({ params: ['certification', SqlExample.ID] })
  async exists(kind: keyof typeof CHARTER_REFERENCES, id: string): Promise<boolean> {
    const rows = await this.tx.query(`SELECT 1 FROM ${CHARTER_REFERENCES[kind]} x WHERE x.id = $1::uuid`, [id]);
    return rows.length > 0;
  }

  /** How many of these ids are employees. */
  @GenerateSql({ params: [[SqlExample.ID]] })
  async countEmployees(ids: string[]): Promise<number> {
    const [row] = await this.tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${EMPLOYEE_VIEW} employee WHERE id = ANY($1::uuid[])`, [ids]);
    return Number(row.n);
  }

  @GenerateSql({ params: [{ programId: SqlExample.ID, population: SqlExample.ANYONE, today: SqlExample.DATE, timeZone: 'Europe/Paris' }] })
  async cohortSize(q: ProgressQuery): Promise<number> {
    const { sql, params } = this.build(q, cohortSizeSql);
    const [row] = await this.tx.query<{ n: number }>(sql, params);
    return Number(row.n);
  }

  @GenerateSql({ params: [{ programId: SqlExample.ID, population: SqlExample.ANYONE, today: SqlExample.DATE, timeZone: 'Europe/Paris' }] })
  async cohortGoals(q: ProgressQuery): Promise<CohortGoalRow[]> {
    const { sql, params } = this.build(q, cohortGoalsSql);
    const rows = await this.tx.query<CohortGoalRow>(sql, params);
    return rows.map((r) => ({ ...r, hits: Number(r.hits), denominator: Number(r.denominator) }));
  }

  @GenerateSql({ params: [{ programId: SqlExample.ID, population: SqlExample.ANYONE, today: SqlExample.DATE, timeZone: 'Europe/Paris' }, { id: SqlExample.ID_2, key: 'revenue' }, 3] })
  async businessMetric(q: ProgressQuery, metric: { id: string; key: string }, windowMonths: number): Promise<BusinessMetricRow> {
    const params = [...q.population.params];
    const ph = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const sql = businessMetricSql(this.placeholders(q, ph, { metricId: metric.id, metricKey: metric.key, windowMonths }));
    const [row] = await this.tx.query<BusinessMetricRow>(sql, params);
    const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
    return { ...row, n: Number(row.n), before_mean: num(row.before_mean), after_mean: num(row.after_mean) };
  }

  private build(q: ProgressQuery, sqlOf: (p: CharterSqlPlaceholders) => string): { sql: string; params: unknown[] } {
    const params = [...q.population.params];
    const ph = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    return { sql: sqlOf(this.placeholders(q, ph)), params };
  }

  /** Placeholders numbered on first use: a parameter the statement never names would have no type. */
  private placeholders<T extends Record<string, unknown>>(q: ProgressQuery, ph: (v: unknown) => string, extra: T = {} as T): CharterSqlPlaceholders & { [K in keyof T]: string } {
    const values: Record<string, unknown> = { programId: q.programId, today: q.today, timeZone: q.timeZone, ...extra };
    const out: Record<string, string> = { population: q.population.sql };
    for (const [key, value] of Object.entries(values)) {
      let name: string | null = null;
      Object.defineProperty(out, key, { enumerable: true, get: () => (name ??= ph(value)) });
    }
    return out as CharterSqlPlaceholders & { [K in keyof T]: string };
  }
}
