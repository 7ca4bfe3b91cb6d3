import { Injectable } from '@nestjs/common';
import { GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { HELD_STATUSES, recordStatusSql, CERTIFICATION_RECORD_VIEW, CERTIFICATION_VIEW } from '@app/certifications';
import { DEPARTMENT_VIEW, EMPLOYEE_VIEW } from '@app/employees';
import { LEVEL_ACHIEVEMENT_VIEW, PATH_LEVEL_VIEW } from '@app/skill-paths';
import { IncentiveAward } from './entities/incentive-award.entity';
import { IncentiveRule } from './entities/incentive-rule.entity';
import { RecognitionEvent } from './entities/recognition-event.entity';

const HELD = `(${HELD_STATUSES.map((s) => `'${s}'`).join(',')})`;

export interface PayrollRow {
  award_id: string;
  employee_id: string;
  employee_number: string | null;
  email: string;
  kind: string;
  rule: string;
  amount: string;
  currency: string;
  status: string;
  met_on: string;
  decided_on: string | null;
  recurrence: string | null;
  employee_name: string;
}

export interface RecognitionAuditRow {
  department_id: string | null;
  department: string | null;
  total: string;
  referencing_new_skill: string;
}

/** Every query on incentive rules, awards, recognition and the payroll export. */
@Injectable()
export class IncentiveRepository {
  constructor(private readonly tx: TransactionHost) {}

  @GenerateSql({ params: [SqlExample.ID] })
  findRule(id: string): Promise<IncentiveRule | null> {
    return this.tx.manager.findOne(IncentiveRule, { where: { id } });
  }

  @GenerateSql({ name: 'with inactive', params: [] }, { name: 'active only', params: [false] })
  listRules(includeInactive = true): Promise<IncentiveRule[]> {
    return this.tx.manager.find(IncentiveRule, { where: includeInactive ? {} : { active: true }, order: { name: 'ASC' } });
  }

  @GenerateSql({ params: [SqlExample.IDS] })
  rulesByIds(ids: readonly string[]): Promise<IncentiveRule[]> {
    return this.tx.manager.createQueryBuilder(IncentiveRule, 'r').where('r.id = ANY(:ids)', { ids }).getMany();
  }

  /** The rule whose name is `name` trimmed and ignoring case (the unique key). */
  @GenerateSql({ params: ['Certification bonus'] })
  ruleByName(name: string): Promise<IncentiveRule | null> {
    return this.tx.manager.createQueryBuilder(IncentiveRule, 'r').where('lower(trim(r.name)) = lower(trim(:name))', { name }).getOne();
  }

  /** Whether the certification or path level a rule is tied to exists. */
  @GenerateSql({ params: [SqlExample.ID, null] })
  async targetExists(certificationId: string | null, pathLevelId: string | null): Promise<boolean> {
    const rows = certificationId
      ? await this.tx.query(`SELECT 1 FROM ${CERTIFICATION_VIEW} certification WHERE id = $1`, [certificationId])
      : await this.tx.query(`SELECT 1 FROM ${PATH_LEVEL_VIEW} path_level WHERE id = $1`, [pathLevelId]);
    return rows.length > 0;
  }

  /** Inserts or updates a rule as the rules service built and settled it. */
  @GenerateSql({ params: [Object.assign(new IncentiveRule(), { id: SqlExample.ID, name: 'Certification bonus', kind: 'BONUS', certificationId: SqlExample.ID_2, pathLevelId: null, baseAmount: 500, valueWeight: 1, demandWeight: 1, amount: 500, currency: 'EUR', amountRecurrence: 'ONE_OFF', opportunity: null, onLapse: 'KEEP', active: true })] })
  saveRule(rule: IncentiveRule): Promise<IncentiveRule> {
    return this.tx.manager.save(IncentiveRule, rule);
  }

  /** Saves a decided award. */
  @GenerateSql({ params: [Object.assign(new IncentiveAward(), { id: SqlExample.ID, ruleId: SqlExample.ID_2, employeeId: SqlExample.ID, sourceKind: 'CERTIFICATION_RECORD', sourceId: SqlExample.ID_2, kind: 'BONUS', amount: 500, currency: 'EUR', metOn: SqlExample.DATE, status: 'APPROVED', decidedById: SqlExample.ID_2, decidedAt: SqlExample.NOW, suspendedAt: null })] })
  saveAward(award: IncentiveAward): Promise<IncentiveAward> {
    return this.tx.manager.save(IncentiveAward, award);
  }

  @GenerateSql({ params: [{ employeeId: SqlExample.ID, kind: 'SHOUT_OUT', occurredOn: SqlExample.DATE, note: 'Led the migration', givenById: SqlExample.ID_2, pathLevelId: null, certificationId: null }] })
  insertRecognition(values: Pick<RecognitionEvent, 'employeeId' | 'kind' | 'occurredOn' | 'note' | 'givenById' | 'pathLevelId' | 'certificationId'>): Promise<RecognitionEvent> {
    return this.tx.manager.save(RecognitionEvent, this.tx.manager.create(RecognitionEvent, values));
  }

  @GenerateSql({ params: [SqlExample.ID] })
  findAward(id: string): Promise<IncentiveAward | null> {
    return this.tx.manager.findOne(IncentiveAward, { where: { id } });
  }

  @GenerateSql({ name: 'all', params: [SqlExample.ANYONE] }, { name: 'one employee and status', params: [SqlExample.ANYONE, SqlExample.ID, 'APPROVED'] })
  listAwards(visible: { sql: string; params: unknown[] }, employeeId?: string, status?: string): Promise<IncentiveAward[]> {
    const params = [...visible.params];
    const where = [visible.sql];
    if (employeeId) where.push(`a.employee_id = $${params.push(employeeId)}`);
    if (status) where.push(`a.status = $${params.push(status)}`);
    return this.tx.manager
      .createQueryBuilder(IncentiveAward, 'a')
      .where(where.join(' AND ').replace(/\$(\d+)/g, (_m, n) => `:p${n}`), Object.fromEntries(params.map((p, i) => [`p${i + 1}`, p])))
      .orderBy('a.met_on', 'DESC')
      .addOrderBy('a.id')
      .getMany();
  }

  /**
   * Creates the awards of every newly met condition in one statement: a held certification record
   * (active, renewal due or in grace on `today`) or a level achievement matching an active rule.
   * ON CONFLICT on (rule, employee) makes it exactly once however often it runs.
   */
  /** Awards for newly met conditions (all employees, or one); idempotent by (rule, employee). Returns the ids created. */
  @GenerateSql({ name: 'everyone', params: [SqlExample.DATE] }, { name: 'one employee', params: [SqlExample.DATE, SqlExample.ID] })
  async createMetAwards(today: string, employeeId: string | null = null): Promise<string[]> {
    const rows = await this.tx.query<{ id: string }>(
      `WITH met AS (
         SELECT r.id AS rule_id, c.employee_id, 'CERTIFICATION_RECORD' AS source_kind, c.id AS source_id, c.earned_on AS met_on
           FROM incentive_rule r JOIN ${CERTIFICATION_RECORD_VIEW} c ON c.certification_id = r.certification_id
          WHERE r.active AND ${recordStatusSql('c', '$1')} IN ${HELD} AND ($2::uuid IS NULL OR c.employee_id = $2)
         UNION ALL
         SELECT r.id, la.employee_id, 'LEVEL_ACHIEVEMENT', la.id, la.reached_on
           FROM incentive_rule r JOIN ${PATH_LEVEL_VIEW} pl ON pl.id = r.path_level_id
           JOIN ${LEVEL_ACHIEVEMENT_VIEW} la ON la.path_id = pl.path_id AND la.level = pl.level
          WHERE r.active AND ($2::uuid IS NULL OR la.employee_id = $2)
       ),
       firsts AS (SELECT DISTINCT ON (rule_id, employee_id) * FROM met ORDER BY rule_id, employee_id, met_on, source_id),
       ins AS (
         INSERT INTO incentive_award (rule_id, employee_id, source_kind, source_id, kind, amount, currency, met_on, status)
         SELECT f.rule_id, f.employee_id, f.source_kind, f.source_id, r.kind, r.amount, r.currency, f.met_on, 'PENDING'
           FROM firsts f JOIN incentive_rule r ON r.id = f.rule_id
         ON CONFLICT (rule_id, employee_id) DO NOTHING
         RETURNING id
       ) SELECT id FROM ins`,
      [today, employeeId],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Approved pay steps of SUSPEND rules whose certification the employee no longer holds (expired
   * past grace, or revoked, with no current renewal) are suspended; suspended ones whose
   * certification is held again are reinstated. Two statements.
   */
  @GenerateSql({ params: [SqlExample.DATE] })
  async applyLapses(today: string): Promise<{ suspended: number; reinstated: number }> {
    const held = `EXISTS (SELECT 1 FROM ${CERTIFICATION_RECORD_VIEW} c WHERE c.employee_id = a.employee_id AND c.certification_id = r.certification_id AND ${recordStatusSql('c', '$1')} IN ${HELD})`;
    const [s] = await this.tx.query<{ n: string }>(
      `WITH s AS (
         UPDATE incentive_award a SET status = 'SUSPENDED', suspended_at = now(), updated_at = now()
           FROM incentive_rule r
          WHERE r.id = a.rule_id AND a.kind = 'PAY_STEP' AND a.status = 'APPROVED' AND r.on_lapse = 'SUSPEND' AND r.certification_id IS NOT NULL AND NOT ${held}
          RETURNING a.id
       ) SELECT count(*) AS n FROM s`,
      [today],
    );
    const [r] = await this.tx.query<{ n: string }>(
      `WITH s AS (
         UPDATE incentive_award a SET status = 'APPROVED', suspended_at = NULL, updated_at = now()
           FROM incentive_rule r
          WHERE r.id = a.rule_id AND a.status = 'SUSPENDED' AND r.certification_id IS NOT NULL AND ${held}
          RETURNING a.id
       ) SELECT count(*) AS n FROM s`,
      [today],
    );
    return { suspended: Number(s.n), reinstated: Number(r.n) };
  }

  /** Approved (and suspended) money awards for payroll, optionally decided within [from, to]. */
  @GenerateSql({ name: 'all', params: [] }, { name: 'period', params: [SqlExample.DATE, SqlExample.DATE_2] })
  payrollRows(from?: string, to?: string): Promise<PayrollRow[]> {
    return this.tx.query<PayrollRow>(
      `SELECT a.id AS award_id, a.employee_id, e.employee_number, e.email, a.kind, r.name AS rule, a.amount::text AS amount, a.currency,
              a.status, a.met_on::text AS met_on, (a.decided_at AT TIME ZONE 'UTC')::date::text AS decided_on,
              r.amount_recurrence AS recurrence, e.first_name || ' ' || e.last_name AS employee_name
         FROM incentive_award a JOIN incentive_rule r ON r.id = a.rule_id JOIN ${EMPLOYEE_VIEW} e ON e.id = a.employee_id
        WHERE a.kind IN ('PAY_STEP','BONUS') AND a.status IN ('APPROVED','SUSPENDED')
          AND ($1::date IS NULL OR (a.decided_at AT TIME ZONE 'UTC')::date >= $1::date)
          AND ($2::date IS NULL OR (a.decided_at AT TIME ZONE 'UTC')::date <= $2::date)
        ORDER BY a.decided_at, a.id`,
      [from ?? null, to ?? null],
    );
  }

  /** Recognition events since `since`, per department: how many referenced a skill (path level or certification). */
  @GenerateSql({ params: [SqlExample.DATE, SqlExample.DATE_2] })
  recognitionAudit(since: string, until: string): Promise<RecognitionAuditRow[]> {
    return this.tx.query<RecognitionAuditRow>(
      `SELECT e.department_id, d.name AS department, count(*) AS total,
              count(*) FILTER (WHERE x.path_level_id IS NOT NULL OR x.certification_id IS NOT NULL) AS referencing_new_skill
         FROM recognition_event x JOIN ${EMPLOYEE_VIEW} e ON e.id = x.employee_id LEFT JOIN ${DEPARTMENT_VIEW} d ON d.id = e.department_id
        WHERE x.occurred_on BETWEEN $1 AND $2
        GROUP BY e.department_id, d.name ORDER BY d.name NULLS LAST`,
      [since, until],
    );
  }
}
