import { Injectable } from '@nestjs/common';
import { decodeCursor } from '@app/shared';
import { GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { CERTIFICATION_VIEW } from '@app/certifications';
import { EMPLOYEE_VIEW } from '@app/employees';
import { PATH_LEVEL_VIEW, SKILL_PATH_VIEW } from '@app/skill-paths';
import { Opportunity } from './entities/opportunity.entity';
import { OpportunityRequirement } from './entities/opportunity-requirement.entity';
import { requirementMetSql } from './requirement-met.sql';

/** A requirement with the names needed to show it. */
export interface RequirementRow {
  id: string;
  opportunity_id: string;
  path_level_id: string | null;
  level: string | null;
  path_id: string | null;
  path_name: string | null;
  certification_id: string | null;
  certification_name: string | null;
}

export interface RequirementCheckRow extends RequirementRow {
  met: boolean;
}

const REQUIREMENT_COLUMNS = `q.id, q.opportunity_id, q.path_level_id, l.level, l.path_id, p.name AS path_name, q.certification_id, c.name AS certification_name`;
const REQUIREMENT_JOINS = `LEFT JOIN ${PATH_LEVEL_VIEW} l ON l.id = q.path_level_id LEFT JOIN ${SKILL_PATH_VIEW} p ON p.id = l.path_id LEFT JOIN ${CERTIFICATION_VIEW} c ON c.id = q.certification_id`;

/** Every query on opportunities, their requirements and who meets them. */
@Injectable()
export class OpportunityRepository {
  constructor(private readonly tx: TransactionHost) {}

  @GenerateSql({ params: [SqlExample.ID] })
  findById(id: string): Promise<Opportunity | null> {
    return this.tx.manager.findOne(Opportunity, { where: { id } });
  }

  @GenerateSql({ params: [SqlExample.IDS] })
  byIds(ids: readonly string[]): Promise<Opportunity[]> {
    return this.tx.manager.createQueryBuilder(Opportunity, 'o').where('o.id = ANY(:ids)', { ids }).getMany();
  }

  /** Saves a new opportunity with its required path levels and certifications (ids already checked). */
  @GenerateSql({ params: [{ kind: 'PROJECT', title: 'Example', description: 'An example', active: true, createdById: SqlExample.ID }, [SqlExample.ID], [SqlExample.ID_2]] })
  async create(values: Pick<Opportunity, 'kind' | 'title' | 'description' | 'active' | 'createdById'>, levelIds: readonly string[], certIds: readonly string[]): Promise<Opportunity> {
    const saved = await this.tx.manager.save(Opportunity, this.tx.manager.create(Opportunity, values));
    const requirements = [
      ...levelIds.map((pathLevelId) => ({ opportunityId: saved.id, pathLevelId, certificationId: null })),
      ...certIds.map((certificationId) => ({ opportunityId: saved.id, pathLevelId: null, certificationId })),
    ];
    if (requirements.length) await this.tx.manager.insert(OpportunityRequirement, requirements);
    return saved;
  }

  @GenerateSql({ params: [] })
  listActive(): Promise<Opportunity[]> {
    return this.tx.manager.createQueryBuilder(Opportunity, 'o').where('o.active').orderBy('o.title').addOrderBy('o.id').getMany();
  }

  /** Requirements of many opportunities (one statement, for a DataLoader). */
  @GenerateSql({ params: [SqlExample.IDS] })
  requirementsOf(opportunityIds: readonly string[]): Promise<RequirementRow[]> {
    return this.tx.query<RequirementRow>(
      `SELECT ${REQUIREMENT_COLUMNS} FROM opportunity_requirement q ${REQUIREMENT_JOINS}
        WHERE q.opportunity_id = ANY($1::uuid[]) ORDER BY l.rank NULLS LAST, p.name, c.name, q.id`,
      [opportunityIds],
    );
  }

  @GenerateSql({ params: [SqlExample.IDS] })
  async existingLevelIds(ids: readonly string[]): Promise<Set<string>> {
    const rows = await this.tx.query<{ id: string }>(`SELECT id FROM ${PATH_LEVEL_VIEW} path_level WHERE id = ANY($1::uuid[])`, [ids]);
    return new Set(rows.map((r) => r.id));
  }

  @GenerateSql({ params: [SqlExample.IDS] })
  async existingCertificationIds(ids: readonly string[]): Promise<Set<string>> {
    const rows = await this.tx.query<{ id: string }>(`SELECT id FROM ${CERTIFICATION_VIEW} certification WHERE id = ANY($1::uuid[])`, [ids]);
    return new Set(rows.map((r) => r.id));
  }

  /** Every requirement of every active opportunity, met or not by one employee today (one statement). */
  @GenerateSql({ params: [SqlExample.ID, SqlExample.DATE] })
  checksFor(employeeId: string, today: string): Promise<RequirementCheckRow[]> {
    return this.tx.query<RequirementCheckRow>(
      `SELECT ${REQUIREMENT_COLUMNS}, ${requirementMetSql('e', 'q', 'l', '$2')} AS met
         FROM opportunity o JOIN opportunity_requirement q ON q.opportunity_id = o.id ${REQUIREMENT_JOINS}
         JOIN ${EMPLOYEE_VIEW} e ON e.id = $1
        WHERE o.active`,
      [employeeId, today],
    );
  }

  /** Keyset page (by name) of visible, not terminated employees meeting every requirement; one statement for the page, one for the count. */
  @GenerateSql({ name: 'first page', params: [SqlExample.ID, SqlExample.DATE, SqlExample.ANYONE, 20] }, { name: 'next page', params: [SqlExample.ID, SqlExample.DATE, SqlExample.ANYONE, 20, SqlExample.CURSOR] })
  async eligible(opportunityId: string, today: string, visible: { sql: string; params: unknown[] }, first: number, after?: string): Promise<{ ids: Array<{ id: string; key: string }>; total: number }> {
    const params: unknown[] = [...visible.params];
    const o = `$${params.push(opportunityId)}`;
    const t = `$${params.push(today)}`;
    const filter = `${visible.sql} AND e.status <> 'TERMINATED' AND NOT EXISTS (
        SELECT 1 FROM opportunity_requirement q LEFT JOIN ${PATH_LEVEL_VIEW} l ON l.id = q.path_level_id
         WHERE q.opportunity_id = ${o} AND NOT ${requirementMetSql('e', 'q', 'l', t)})`;
    const countParams = [...params];
    const key = `lower(e.last_name || ' ' || e.first_name)`;
    const cursor = decodeCursor(after);
    let where = filter;
    if (cursor) where += ` AND (${key}, e.id) > ($${params.push(String(cursor.key))}, $${params.push(cursor.id)}::uuid)`;
    const ids = await this.tx.query<{ id: string; key: string }>(
      `SELECT e.id, ${key} AS key FROM ${EMPLOYEE_VIEW} e WHERE ${where} ORDER BY ${key}, e.id LIMIT $${params.push(first + 1)}`,
      params,
    );
    const [{ total }] = await this.tx.query<{ total: number }>(`SELECT count(*)::int AS total FROM ${EMPLOYEE_VIEW} e WHERE ${filter}`, countParams);
    return { ids, total: Number(total) };
  }
}
