import { groupKeySql, groupNameSql, KpiDimension } from '../kpi/dimension';
import { CERTIFICATION_ATTEMPT_VIEW, CERTIFICATION_RECORD_VIEW, CERTIFICATION_VIEW } from '@app/certifications';
import { EMPLOYEE_VIEW } from '@app/employees';
import { PRACTICE_SESSION_VIEW } from '@app/practice-budgets';

export interface SpendSqlPlaceholders {
  /** Predicate on `e` (employee): the viewer's report scope. */
  population: string;
  /** First days of the first and last quarter. */
  from: string;
  to: string;
}

const IN_QUARTERS = (col: string, p: SpendSqlPlaceholders) => `${col} >= ${p.from}::date AND ${col} < ${p.to}::date + interval '3 months'`;
const QUARTER = (col: string) => `date_trunc('quarter', ${col})::date`;

/**
 * Per quarter and group, one statement:
 * - attempts: exam attempts dated in the quarter, how many passed, what they cost (their own cost, else the
 *   catalog's) and how many had no cost anywhere;
 * - earned: unrevoked awards earned in the quarter; an award no attempt is linked to adds its catalog cost (an
 *   award linked to a pass was paid for through that attempt); how many had no known cost;
 * - practice: hours of practice sessions logged in the quarter (training spend is priced in the service).
 */
export function spendSql(dimension: KpiDimension, p: SpendSqlPlaceholders): string {
  return `
WITH pop AS (SELECT e.id, ${groupKeySql(dimension, 'e')} AS g FROM ${EMPLOYEE_VIEW} e WHERE ${p.population}),
q AS (SELECT generate_series(${p.from}::date, ${p.to}::date, interval '3 months')::date AS q),
cells AS (SELECT DISTINCT pop.g, q.q FROM pop CROSS JOIN q),
att AS (
  SELECT pop.g, ${QUARTER('a.attempted_on')} AS q, count(*)::int AS attempts, count(*) FILTER (WHERE a.passed)::int AS passed,
         COALESCE(sum(COALESCE(a.cost_amount, c.cost_amount)), 0)::float8 AS spend,
         count(*) FILTER (WHERE a.cost_amount IS NULL AND c.cost_amount IS NULL)::int AS no_cost
    FROM ${CERTIFICATION_ATTEMPT_VIEW} a JOIN pop ON pop.id = a.employee_id JOIN ${CERTIFICATION_VIEW} c ON c.id = a.certification_id
   WHERE ${IN_QUARTERS('a.attempted_on', p)}
   GROUP BY 1, 2),
earned AS (
  SELECT pop.g, ${QUARTER('r.earned_on')} AS q, count(*)::int AS n,
         COALESCE(sum(c.cost_amount) FILTER (WHERE la.id IS NULL), 0)::float8 AS spend,
         count(*) FILTER (WHERE c.cost_amount IS NULL AND la.cost_amount IS NULL)::int AS no_cost
    FROM ${CERTIFICATION_RECORD_VIEW} r JOIN pop ON pop.id = r.employee_id JOIN ${CERTIFICATION_VIEW} c ON c.id = r.certification_id
    LEFT JOIN ${CERTIFICATION_ATTEMPT_VIEW} la ON la.record_id = r.id
   WHERE r.revoked_at IS NULL AND ${IN_QUARTERS('r.earned_on', p)}
   GROUP BY 1, 2),
practice AS (
  SELECT pop.g, ${QUARTER('s.practiced_on')} AS q, (sum(s.minutes) / 60.0)::float8 AS hours
    FROM ${PRACTICE_SESSION_VIEW} s JOIN pop ON pop.id = s.employee_id
   WHERE ${IN_QUARTERS('s.practiced_on', p)}
   GROUP BY 1, 2)
SELECT cells.q::text AS quarter, cells.g AS group_id, ${groupNameSql(dimension, 'cells.g')} AS group_name,
       COALESCE(x.n, 0) AS earned, COALESCE(x.spend, 0) AS award_spend, COALESCE(x.no_cost, 0) AS earned_no_cost,
       COALESCE(a.attempts, 0) AS attempts, COALESCE(a.passed, 0) AS passed, COALESCE(a.spend, 0) AS attempt_spend,
       COALESCE(a.no_cost, 0) AS attempts_no_cost, COALESCE(pr.hours, 0) AS practice_hours
  FROM cells
  LEFT JOIN earned x ON x.g IS NOT DISTINCT FROM cells.g AND x.q = cells.q
  LEFT JOIN att a ON a.g IS NOT DISTINCT FROM cells.g AND a.q = cells.q
  LEFT JOIN practice pr ON pr.g IS NOT DISTINCT FROM cells.g AND pr.q = cells.q
 ORDER BY cells.q, group_name, cells.g`;
}
