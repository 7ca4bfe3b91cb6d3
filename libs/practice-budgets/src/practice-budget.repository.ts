import { Injectable } from '@nestjs/common';
import { GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { PracticeBudget } from './entities/practice-budget.entity';
import { PracticeBudgetDefault } from './entities/practice-budget-default.entity';
import { PracticeExtension } from './entities/practice-extension.entity';
import { PracticeSession } from './entities/practice-session.entity';
import { MetricAdjustment } from './entities/metric-adjustment.entity';

export interface BudgetUsage {
  budgetId: string;
  /** Approved extension hours. */
  extraHours: number;
  usedMinutes: number;
}

/** Every query on practice budgets, their sessions, extensions and metric adjustments. */
@Injectable()
export class PracticeBudgetRepository {
  constructor(private readonly tx: TransactionHost) {}

  @GenerateSql({ params: [SqlExample.ID] })
  findBudget(id: string): Promise<PracticeBudget | null> {
    return this.tx.manager.findOne(PracticeBudget, { where: { id } });
  }

  /** Locks the budget row for the rest of the transaction (serializes logging against it). */
  @GenerateSql({ params: [SqlExample.ID] })
  async lockBudget(id: string): Promise<PracticeBudget | null> {
    return this.tx.manager.createQueryBuilder(PracticeBudget, 'b').setLock('pessimistic_write').where('b.id = :id', { id }).getOne();
  }

  @GenerateSql({ params: [SqlExample.ID] })
  findExtension(id: string): Promise<PracticeExtension | null> {
    return this.tx.manager.findOne(PracticeExtension, { where: { id } });
  }

  /** Budgets whose employee matches the visibility predicate (on `b.employee_id`), newest period first. */
  @GenerateSql({ name: 'all', params: [SqlExample.ANYONE] }, { name: 'one employee', params: [SqlExample.ANYONE, SqlExample.ID] })
  listBudgets(visible: { sql: string; params: unknown[] }, employeeId?: string): Promise<PracticeBudget[]> {
    const params = [...visible.params];
    let where = visible.sql;
    if (employeeId) {
      params.push(employeeId);
      where += ` AND b.employee_id = $${params.length}`;
    }
    return this.tx.manager
      .createQueryBuilder(PracticeBudget, 'b')
      .where(where.replace(/\$(\d+)/g, (_m, n) => `:p${n}`), Object.fromEntries(params.map((p, i) => [`p${i + 1}`, p])))
      .orderBy('b.period_start', 'DESC')
      .addOrderBy('b.id')
      .getMany();
  }

  /** Approved extra hours and minutes used per budget, one statement for many budgets. */
  @GenerateSql({ params: [SqlExample.IDS] })
  async usage(budgetIds: readonly string[]): Promise<BudgetUsage[]> {
    const rows = await this.tx.query<{ budget_id: string; extra_hours: string; used_minutes: string }>(
      `SELECT b.id AS budget_id,
              coalesce((SELECT sum(x.extra_hours) FROM practice_extension x WHERE x.budget_id = b.id AND x.status = 'APPROVED'), 0) AS extra_hours,
              coalesce((SELECT sum(s.minutes) FROM practice_session s WHERE s.budget_id = b.id), 0) AS used_minutes
         FROM practice_budget b WHERE b.id = ANY($1)`,
      [budgetIds],
    );
    return rows.map((r) => ({ budgetId: r.budget_id, extraHours: Number(r.extra_hours), usedMinutes: Number(r.used_minutes) }));
  }

  @GenerateSql({ params: [SqlExample.IDS] })
  sessionsOf(budgetIds: readonly string[]): Promise<PracticeSession[]> {
    return this.tx.manager
      .createQueryBuilder(PracticeSession, 's')
      .where('s.budget_id = ANY(:budgetIds)', { budgetIds })
      .orderBy('s.practiced_on')
      .addOrderBy('s.created_at')
      .getMany();
  }

  @GenerateSql({ params: [SqlExample.IDS] })
  extensionsOf(budgetIds: readonly string[]): Promise<PracticeExtension[]> {
    return this.tx.manager.createQueryBuilder(PracticeExtension, 'x').where('x.budget_id = ANY(:budgetIds)', { budgetIds }).orderBy('x.created_at').getMany();
  }

  @GenerateSql({ params: [SqlExample.IDS] })
  adjustmentsOf(budgetIds: readonly string[]): Promise<MetricAdjustment[]> {
    return this.tx.manager.createQueryBuilder(MetricAdjustment, 'm').where('m.budget_id = ANY(:budgetIds)', { budgetIds }).orderBy('m.starts_on').getMany();
  }

  /**
   * Metric adjustments of approved budgets overlapping [from, to] for these employees: the periods
   * outcome reports exclude (or read with the relaxed target).
   */
  @GenerateSql({ name: 'every metric', params: [SqlExample.IDS, SqlExample.DATE, SqlExample.DATE_2] }, { name: 'one metric', params: [SqlExample.IDS, SqlExample.DATE, SqlExample.DATE_2, 'revenue'] })
  adjustmentsOverlapping(employeeIds: readonly string[], from: string, to: string, metricKey?: string): Promise<MetricAdjustment[]> {
    const qb = this.tx.manager
      .createQueryBuilder(MetricAdjustment, 'm')
      .innerJoin(PracticeBudget, 'b', `b.id = m.budget_id AND b.status = 'APPROVED'`)
      .where('m.employee_id = ANY(:employeeIds)', { employeeIds })
      .andWhere('m.starts_on <= :to AND m.ends_on >= :from', { from, to })
      .orderBy('m.employee_id')
      .addOrderBy('m.starts_on');
    if (metricKey) qb.andWhere('m.metric_key = :metricKey', { metricKey });
    return qb.getMany();
  }

  @GenerateSql({ name: 'level and program', params: [SqlExample.ID, 'Cloud'] }, { name: 'neither', params: [null, null] })
  findDefault(pathLevelId: string | null | undefined, program: string | null | undefined): Promise<PracticeBudgetDefault | null> {
    if (pathLevelId) return this.tx.manager.findOne(PracticeBudgetDefault, { where: { pathLevelId } });
    if (program) return this.tx.manager.findOne(PracticeBudgetDefault, { where: { programKey: programKey(program) } });
    return Promise.resolve(null);
  }

  @GenerateSql({ params: [] })
  listDefaults(): Promise<PracticeBudgetDefault[]> {
    return this.tx.manager.find(PracticeBudgetDefault, { order: { program: 'ASC', createdAt: 'ASC' } });
  }

  @GenerateSql({ params: [{ pathLevelId: null, program: 'Cloud', programKey: 'cloud', hours: 20 }] })
  insertDefault(values: Pick<PracticeBudgetDefault, 'pathLevelId' | 'program' | 'programKey' | 'hours'>): Promise<PracticeBudgetDefault> {
    return this.tx.manager.save(PracticeBudgetDefault, this.tx.manager.create(PracticeBudgetDefault, values));
  }

  @GenerateSql({ params: [Object.assign(new PracticeBudgetDefault(), { id: SqlExample.ID, pathLevelId: null, program: 'Cloud', programKey: 'cloud', hours: 24 })] })
  saveDefault(row: PracticeBudgetDefault): Promise<PracticeBudgetDefault> {
    return this.tx.manager.save(PracticeBudgetDefault, row);
  }

  @GenerateSql({ params: [{ employeeId: SqlExample.ID, proposedById: SqlExample.ID_2, pathLevelId: null, program: 'Cloud', hours: 20, periodStart: SqlExample.DATE, periodEnd: SqlExample.DATE_2, status: 'PROPOSED' }] })
  insertBudget(values: Pick<PracticeBudget, 'employeeId' | 'proposedById' | 'pathLevelId' | 'program' | 'hours' | 'periodStart' | 'periodEnd' | 'status'>): Promise<PracticeBudget> {
    return this.tx.manager.save(PracticeBudget, this.tx.manager.create(PracticeBudget, values));
  }

  /** Saves a decided budget. */
  @GenerateSql({ params: [Object.assign(new PracticeBudget(), { id: SqlExample.ID, employeeId: SqlExample.ID, proposedById: SqlExample.ID_2, pathLevelId: null, program: 'Cloud', hours: 20, periodStart: SqlExample.DATE, periodEnd: SqlExample.DATE_2, status: 'APPROVED', decidedById: SqlExample.ID_2, decidedAt: SqlExample.NOW, decisionNote: null })] })
  saveBudget(budget: PracticeBudget): Promise<PracticeBudget> {
    return this.tx.manager.save(PracticeBudget, budget);
  }

  @GenerateSql({ params: [{ budgetId: SqlExample.ID, extraHours: 5, reason: 'Exam retake', proposedById: SqlExample.ID_2, status: 'PROPOSED' }] })
  insertExtension(values: Pick<PracticeExtension, 'budgetId' | 'extraHours' | 'reason' | 'proposedById' | 'status'>): Promise<PracticeExtension> {
    return this.tx.manager.save(PracticeExtension, this.tx.manager.create(PracticeExtension, values));
  }

  /** Saves a decided extension. */
  @GenerateSql({ params: [Object.assign(new PracticeExtension(), { id: SqlExample.ID, budgetId: SqlExample.ID, extraHours: 5, reason: null, proposedById: SqlExample.ID_2, status: 'APPROVED', decidedById: SqlExample.ID, decidedAt: SqlExample.NOW })] })
  saveExtension(extension: PracticeExtension): Promise<PracticeExtension> {
    return this.tx.manager.save(PracticeExtension, extension);
  }

  @GenerateSql({ params: [{ budgetId: SqlExample.ID, employeeId: SqlExample.ID, practicedOn: SqlExample.DATE, minutes: 45, note: null }] })
  insertSession(values: Pick<PracticeSession, 'budgetId' | 'employeeId' | 'practicedOn' | 'minutes' | 'note'>): Promise<PracticeSession> {
    return this.tx.manager.save(PracticeSession, this.tx.manager.create(PracticeSession, values));
  }

  @GenerateSql({ params: [{ budgetId: SqlExample.ID, employeeId: SqlExample.ID, metricKey: 'revenue', changePercent: -20, startsOn: SqlExample.DATE, endsOn: SqlExample.DATE_2, createdById: SqlExample.ID_2 }] })
  insertAdjustment(values: Pick<MetricAdjustment, 'budgetId' | 'employeeId' | 'metricKey' | 'changePercent' | 'startsOn' | 'endsOn' | 'createdById'>): Promise<MetricAdjustment> {
    return this.tx.manager.save(MetricAdjustment, this.tx.manager.create(MetricAdjustment, values));
  }
}

export const programKey = (program: string) => program.trim().toLowerCase();
