import { notUnderAdjustmentSql } from '../performance/adjustment.sql';
import { CERTIFICATION_RECORD_VIEW } from '@app/certifications';
import { EMPLOYEE_VIEW } from '@app/employees';
import { METRIC_OBSERVATION_VIEW } from '@app/performance-metrics';

export interface ImpactSqlPlaceholders {
  /** Predicate on `e` (employee) restricting the population. */
  population: string;
  metricId: string;
  metricKey: string;
  beforeMonths: string;
  afterMonths: string;
  /** uuid of one certification, or NULL for every certification (ranking). */
  certificationId: string;
}

/**
 * The single aggregate behind the certification-impact analysis. One row per person:
 *
 * - grp = 'CERTIFIED': a person in the population holding (or having held: revoked records do
 *   not count) the certification, with their mean monthly metric over the `beforeMonths` months
 *   before the month they earned it and over the `afterMonths` months starting the month after.
 *   The month of earning belongs to neither window.
 * - grp = 'PEER': a person in the population with the same job role as at least one certified
 *   person and not certified before the end of that person's after-window, with their mean over
 *   the same calendar windows (averaged over every cohort window of their role they are matched to).
 *
 * Monthly observations overlapping a temporary metric adjustment (practice-budgets'
 * metric_adjustment: employee, metric key, starts_on..ends_on) are left out everywhere.
 * Only people with at least one observation in each window are returned.
 */
export function impactAggregateSql(p: ImpactSqlPlaceholders): string {
  return `
WITH pop AS NOT MATERIALIZED (
  SELECT e.id, e.job_role_id FROM ${EMPLOYEE_VIEW} e WHERE ${p.population}
),
obs AS MATERIALIZED (
  SELECT o.employee_id, o.period_start AS month, o.value
    FROM ${METRIC_OBSERVATION_VIEW} o
    JOIN pop ON pop.id = o.employee_id
   WHERE o.metric_id = ${p.metricId}::uuid AND o.period = 'MONTH'
     AND ${notUnderAdjustmentSql('o', p.metricKey)}
),
earned AS MATERIALIZED (
  SELECT r.certification_id, r.employee_id, date_trunc('month', min(r.earned_on))::date AS event_month
    FROM ${CERTIFICATION_RECORD_VIEW} r
    JOIN pop ON pop.id = r.employee_id
   WHERE r.revoked_at IS NULL AND (${p.certificationId}::uuid IS NULL OR r.certification_id = ${p.certificationId}::uuid)
   GROUP BY r.certification_id, r.employee_id
),
windows AS MATERIALIZED (
  SELECT ea.certification_id, ea.employee_id, pop.job_role_id, ea.event_month,
         (ea.event_month - make_interval(months => ${p.beforeMonths}::int))::date AS before_from,
         (ea.event_month + interval '1 month')::date AS after_from,
         (ea.event_month + make_interval(months => 1 + ${p.afterMonths}::int))::date AS after_to
    FROM earned ea JOIN pop ON pop.id = ea.employee_id
),
certified AS (
  SELECT w.certification_id, w.employee_id,
         avg(o.value) FILTER (WHERE o.month < w.event_month) AS before_mean,
         avg(o.value) FILTER (WHERE o.month >= w.after_from) AS after_mean
    FROM windows w
    JOIN obs o ON o.employee_id = w.employee_id AND o.month >= w.before_from AND o.month < w.after_to AND o.month <> w.event_month
   GROUP BY w.certification_id, w.employee_id
),
cohorts AS (
  SELECT DISTINCT certification_id, job_role_id, event_month, before_from, after_from, after_to
    FROM windows WHERE job_role_id IS NOT NULL
),
peer_windows AS (
  SELECT k.certification_id, k.event_month, pop.id AS employee_id,
         avg(o.value) FILTER (WHERE o.month < k.event_month) AS before_mean,
         avg(o.value) FILTER (WHERE o.month >= k.after_from) AS after_mean
    FROM cohorts k
    JOIN pop ON pop.job_role_id = k.job_role_id
    JOIN obs o ON o.employee_id = pop.id AND o.month >= k.before_from AND o.month < k.after_to AND o.month <> k.event_month
   WHERE NOT EXISTS (SELECT 1 FROM earned ea WHERE ea.certification_id = k.certification_id AND ea.employee_id = pop.id AND ea.event_month < k.after_to)
   GROUP BY k.certification_id, k.event_month, pop.id
),
peers AS (
  SELECT certification_id, employee_id, avg(before_mean) AS before_mean, avg(after_mean) AS after_mean
    FROM peer_windows WHERE before_mean IS NOT NULL AND after_mean IS NOT NULL
   GROUP BY certification_id, employee_id
)
SELECT 'CERTIFIED' AS grp, certification_id, employee_id, before_mean, after_mean
  FROM certified WHERE before_mean IS NOT NULL AND after_mean IS NOT NULL
UNION ALL
SELECT 'PEER' AS grp, certification_id, employee_id, before_mean, after_mean FROM peers`;
}

export interface ImpactRow {
  grp: 'CERTIFIED' | 'PEER';
  certification_id: string;
  employee_id: string;
  before_mean: number;
  after_mean: number;
}
