import { Injectable } from '@nestjs/common';
import { GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { CERTIFICATION_REQUIREMENT_VIEW, CERTIFICATION_VIEW } from '@app/certifications';
import { EMPLOYEE_VIEW } from '@app/employees';
import { impactAggregateSql, ImpactRow } from './impact.sql';

export interface ImpactQuery {
  population: { sql: string; params: unknown[] };
  metricId: string;
  metricKey: string;
  beforeMonths: number;
  afterMonths: number;
  certificationId: string | null;
}

@Injectable()
export class ImpactRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Per-person window means from the single aggregate (one statement). */
  @GenerateSql({ name: 'one certification', params: [{ population: SqlExample.ANYONE, metricId: SqlExample.ID, metricKey: 'revenue', beforeMonths: 3, afterMonths: 3, certificationId: SqlExample.ID_2 }] }, { name: 'every certification', params: [{ population: SqlExample.ANYONE, metricId: SqlExample.ID, metricKey: 'revenue', beforeMonths: 3, afterMonths: 3, certificationId: null }] })
  async rows(q: ImpactQuery): Promise<ImpactRow[]> {
    const params = [...q.population.params];
    const ph = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const sql = impactAggregateSql({
      population: q.population.sql,
      metricId: ph(q.metricId),
      metricKey: ph(q.metricKey),
      beforeMonths: ph(q.beforeMonths),
      afterMonths: ph(q.afterMonths),
      certificationId: ph(q.certificationId),
    });
    const rows = await this.tx.query<ImpactRow>(sql, params);
    return rows.map((r) => ({ ...r, before_mean: Number(r.before_mean), after_mean: Number(r.after_mean) }));
  }

  /** Names of certifications, and whether each is required (not optional) for a job role in the population. */
  @GenerateSql({ params: [[SqlExample.ID], SqlExample.ANYONE] })
  async certificationInfo(ids: string[], population: { sql: string; params: unknown[] }): Promise<Array<{ id: string; name: string; required_here: boolean }>> {
    if (!ids.length) return [];
    const params = [...population.params, ids];
    return this.tx.query(
      `SELECT c.id, c.name, EXISTS (
         SELECT 1 FROM ${CERTIFICATION_REQUIREMENT_VIEW} q
          WHERE q.certification_id = c.id AND q.required
            AND q.job_role_id IN (SELECT e.job_role_id FROM ${EMPLOYEE_VIEW} e WHERE ${population.sql})) AS required_here
         FROM ${CERTIFICATION_VIEW} c WHERE c.id = ANY($${params.length}::uuid[])`,
      params,
    );
  }
}
