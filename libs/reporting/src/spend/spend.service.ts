import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { badInput, Viewer } from '@app/shared';
import { TransactionHost } from '@app/persistence';
import { PopulationFilter, ReportScope } from '../scope/report-scope';
import { groupKeySql, groupNameSql, KpiDimension } from '../kpi/dimension';

export interface SpendRow {
  /** First day of the quarter, yyyy-MM-dd. */
  quarter: string;
  groupId: string | null;
  groupName: string;
  certificationsEarned: number;
  /** Sum of the catalog cost_amount of the certifications earned (renewals included). */
  certificationSpend: number;
  costPerCertification: number | null;
  /** Records earned without a cost on the catalog entry. */
  earnedWithoutCost: number;
}

/**
 * Certification spend vs certifications earned, per quarter and group (department by default).
 * Spend is the catalog cost of each record earned in the quarter; revoked records are left out.
 * Pass rate is not reported: the schema holds no exam attempts, only awards.
 */
@Injectable()
export class SpendService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly scope: ReportScope,
  ) {}

  async spend(viewer: Viewer, dimension: KpiDimension, from: string, to: string, filter: PopulationFilter): Promise<SpendRow[]> {
    const start = DateTime.fromISO(from).startOf('quarter');
    const end = DateTime.fromISO(to).startOf('quarter');
    if (!start.isValid) throw badInput('from', 'from must be a date yyyy-MM-dd');
    if (!end.isValid || end < start) throw badInput('to', 'to must be a date on or after from');
    if (end.diff(start, 'months').months > 120) throw badInput('to', 'At most 40 quarters');
    const params: unknown[] = [];
    const population = await this.scope.population(viewer, filter, 'e', params);
    params.push(start.toISODate(), end.toISODate());
    const [f, t] = [`$${params.length - 1}`, `$${params.length}`];
    const rows = await this.tx.query<Record<string, unknown>>(
      `WITH pop AS (SELECT e.id, ${groupKeySql(dimension, 'e')} AS g FROM employee e WHERE ${population}),
       q AS (SELECT generate_series(${f}::date, ${t}::date, interval '3 months')::date AS q),
       cells AS (SELECT DISTINCT pop.g, q.q FROM pop CROSS JOIN q),
       earned AS (
         SELECT pop.g, date_trunc('quarter', r.earned_on)::date AS q, count(*)::int AS n,
                COALESCE(sum(c.cost_amount), 0)::float8 AS spend, count(*) FILTER (WHERE c.cost_amount IS NULL)::int AS no_cost
           FROM certification_record r JOIN pop ON pop.id = r.employee_id JOIN certification c ON c.id = r.certification_id
          WHERE r.revoked_at IS NULL AND r.earned_on >= ${f}::date AND r.earned_on < ${t}::date + interval '3 months'
          GROUP BY 1, 2)
       SELECT cells.q::text AS quarter, cells.g AS group_id, ${groupNameSql(dimension, 'cells.g')} AS group_name,
              COALESCE(x.n, 0) AS n, COALESCE(x.spend, 0) AS spend, COALESCE(x.no_cost, 0) AS no_cost
         FROM cells LEFT JOIN earned x ON x.g IS NOT DISTINCT FROM cells.g AND x.q = cells.q
        ORDER BY cells.q, group_name, cells.g`,
      params,
    );
    return rows.map((r) => {
      const n = Number(r.n);
      const spend = Number(r.spend);
      return {
        quarter: r.quarter as string,
        groupId: (r.group_id as string | null) ?? null,
        groupName: r.group_name as string,
        certificationsEarned: n,
        certificationSpend: spend,
        costPerCertification: n > 0 ? spend / n : null,
        earnedWithoutCost: Number(r.no_cost),
      };
    });
  }
}
