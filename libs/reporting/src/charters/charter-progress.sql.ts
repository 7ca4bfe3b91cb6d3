import { COUNTED_OBSERVATION_SQL, LEVEL_ACHIEVEMENT_VIEW, PATH_BEHAVIOUR_VIEW, PATH_LEVEL_VIEW, PATH_OBSERVATION_VIEW } from '@app/skill-paths';
import { CERTIFICATION_ATTEMPT_VIEW, CERTIFICATION_RECORD_VIEW, CERTIFICATION_VIEW } from '@app/certifications';
import { EMPLOYEE_VIEW } from '@app/employees';
import { METRIC_OBSERVATION_VIEW } from '@app/performance-metrics';
import { PLAYBOOK_RUN_VIEW } from '@app/playbooks';
import { PRACTICE_BUDGET_VIEW } from '@app/practice-budgets';
import { notUnderAdjustmentSql } from '../performance/adjustment.sql';

export interface CharterSqlPlaceholders {
  programId: string;
  /** Predicate on `e` (employee): the viewer's report scope (ReportScope.population). */
  population: string;
  today: string;
  timeZone: string;
}

/** The charter row (`ch`) and its cohort (`cohort`): explicit ids, else the department / job role filter, within the viewer's scope. */
const CHARTER_AND_COHORT = (p: CharterSqlPlaceholders) => `
ch AS MATERIALIZED (SELECT * FROM program_charter WHERE id = ${p.programId}::uuid),
cohort AS MATERIALIZED (
  SELECT e.id FROM ${EMPLOYEE_VIEW} e CROSS JOIN ch
   WHERE (CASE WHEN ch.cohort_employee_ids IS NOT NULL THEN e.id = ANY(ch.cohort_employee_ids)
               ELSE (ch.cohort_department_id IS NULL OR e.department_id = ch.cohort_department_id)
                AND (ch.cohort_job_role_id IS NULL OR e.job_role_id = ch.cohort_job_role_id) END)
     AND ${p.population})`;

const counted = (alias: string) => COUNTED_OBSERVATION_SQL.replace(/\bo\./g, `${alias}.`);

/**
 * Per cohort member, the first day they achieved the subject: reached the path level
 * (level_achievement), earned the certification (unrevoked record), or completed a playbook run of
 * the training (same name, same template when one is set). Only the branch of the charter's
 * subject can match (the other subject columns are NULL).
 */
const ACHIEVED = (p: CharterSqlPlaceholders) => `
achieved AS MATERIALIZED (
  SELECT la.employee_id, min(la.reached_on) AS achieved_on
    FROM ${LEVEL_ACHIEVEMENT_VIEW} la JOIN cohort ON cohort.id = la.employee_id
    JOIN ${PATH_LEVEL_VIEW} pl ON pl.path_id = la.path_id AND pl.level = la.level
   WHERE pl.id = (SELECT path_level_id FROM ch) GROUP BY la.employee_id
  UNION ALL
  SELECT r.employee_id, min(r.earned_on) FROM ${CERTIFICATION_RECORD_VIEW} r JOIN cohort ON cohort.id = r.employee_id
   WHERE r.revoked_at IS NULL AND r.certification_id = (SELECT certification_id FROM ch) GROUP BY r.employee_id
  UNION ALL
  SELECT run.employee_id, min((run.completed_at AT TIME ZONE ${p.timeZone})::date) FROM ${PLAYBOOK_RUN_VIEW} run
    JOIN cohort ON cohort.id = run.employee_id CROSS JOIN ch
   WHERE run.status = 'COMPLETED' AND run.training_name = ch.training_name
     AND (ch.playbook_template_id IS NULL OR run.template_id = ch.playbook_template_id)
   GROUP BY run.employee_id)`;

/**
 * Exam attempts (certifications' certification_attempt) of a certification subject by cohort members, from the
 * program's start. Where there are any in a PASS_RATE goal's window, the pass rate is passed / attempts.
 */
const EXAM = `
exam AS MATERIALIZED (
  SELECT a.attempted_on, a.passed FROM ${CERTIFICATION_ATTEMPT_VIEW} a JOIN cohort ON cohort.id = a.employee_id CROSS JOIN ch
   WHERE a.certification_id = ch.certification_id AND a.attempted_on >= ch.starts_on)`;

/**
 * The fallback for a PASS_RATE goal without recorded exam attempts (path levels and trainings have none): who
 * engaged with the subject, as a stand-in for attempting it: an
 * approved practice budget for it (the path level, or a program named like the training or the
 * certification), a playbook run for it (its path level, certification, or the training), or
 * having achieved it.
 */
const ATTEMPTED = `
attempted AS (
  SELECT employee_id FROM achieved
  UNION
  SELECT b.employee_id FROM ${PRACTICE_BUDGET_VIEW} b JOIN cohort ON cohort.id = b.employee_id CROSS JOIN ch
   WHERE b.status = 'APPROVED'
     AND (b.path_level_id = ch.path_level_id OR b.program = ch.training_name
          OR b.program = (SELECT c.name FROM ${CERTIFICATION_VIEW} c WHERE c.id = ch.certification_id))
  UNION
  SELECT run.employee_id FROM ${PLAYBOOK_RUN_VIEW} run JOIN cohort ON cohort.id = run.employee_id CROSS JOIN ch
   WHERE run.path_level_id = ch.path_level_id OR run.certification_id = ch.certification_id
      OR (run.training_name = ch.training_name AND (ch.playbook_template_id IS NULL OR run.template_id = ch.playbook_template_id)))`;

/**
 * One row per cohort goal (COMPLETION, PASS_RATE, BEHAVIOUR) of the charter: hits, denominator
 * and the last day of its window. One statement.
 *
 * - COMPLETION: members who achieved the subject on or before start + withinDays (earlier
 *   achievers count: they are at the level), over the cohort.
 * - PASS_RATE: with exam attempts of the certification in the window (from the start, to start + withinDays when
 *   set): passed attempts over attempts (basis EXAM_ATTEMPTS). Without: members who achieved it (by start +
 *   withinDays when set) over those who engaged with it (basis ENGAGEMENT, see ATTEMPTED).
 * - BEHAVIOUR: members with a counted observation of a behaviour of the path level dated in
 *   start..start + withinDays that they had no counted observation of before the start, over the cohort.
 */
export function cohortGoalsSql(p: CharterSqlPlaceholders): string {
  return `
WITH ${CHARTER_AND_COHORT(p)},
${ACHIEVED(p)},
${ATTEMPTED},
${EXAM}
SELECT g.id AS goal_id,
       CASE g.kind
         WHEN 'COMPLETION' THEN (SELECT count(*) FROM achieved a WHERE a.achieved_on <= ch.starts_on + g.within_days)
         WHEN 'PASS_RATE' THEN CASE WHEN ex.n > 0 THEN ex.passed
           ELSE (SELECT count(*) FROM achieved a WHERE g.within_days IS NULL OR a.achieved_on <= ch.starts_on + g.within_days) END
         WHEN 'BEHAVIOUR' THEN (
           SELECT count(DISTINCT o.employee_id) FROM ${PATH_OBSERVATION_VIEW} o
             JOIN cohort ON cohort.id = o.employee_id JOIN ${PATH_BEHAVIOUR_VIEW} b ON b.id = o.behaviour_id
            WHERE b.level_id = ch.path_level_id AND ${counted('o')}
              AND o.observed_on >= ch.starts_on AND o.observed_on <= ch.starts_on + g.within_days
              AND NOT EXISTS (SELECT 1 FROM ${PATH_OBSERVATION_VIEW} o2
                               WHERE o2.employee_id = o.employee_id AND o2.behaviour_id = o.behaviour_id
                                 AND o2.observed_on < ch.starts_on AND ${counted('o2')}))
       END::int AS hits,
       CASE g.kind WHEN 'PASS_RATE' THEN CASE WHEN ex.n > 0 THEN ex.n ELSE (SELECT count(*) FROM attempted) END
         ELSE (SELECT count(*) FROM cohort) END::int AS denominator,
       CASE WHEN g.kind = 'PASS_RATE' THEN CASE WHEN ex.n > 0 THEN 'EXAM_ATTEMPTS' ELSE 'ENGAGEMENT' END END AS basis,
       CASE WHEN g.within_days IS NULL THEN NULL ELSE (ch.starts_on + g.within_days)::text END AS window_ends_on,
       ${p.today}::date > ch.starts_on + COALESCE(g.within_days, -1) AS window_closed
  FROM program_goal g JOIN ch ON ch.id = g.program_id
  LEFT JOIN LATERAL (
    SELECT count(*)::int AS n, count(*) FILTER (WHERE exam.passed)::int AS passed FROM exam
     WHERE g.within_days IS NULL OR exam.attempted_on <= ch.starts_on + g.within_days) ex ON g.kind = 'PASS_RATE'
 WHERE g.kind <> 'BUSINESS_METRIC'`;
}

export type PassRateBasis = 'EXAM_ATTEMPTS' | 'ENGAGEMENT';

export interface CohortGoalRow {
  goal_id: string;
  hits: number;
  denominator: number;
  basis: PassRateBasis | null;
  window_ends_on: string | null;
  window_closed: boolean;
}

/**
 * A business metric over the cohort: each member's mean monthly value over the `windowMonths`
 * whole months before the start month and over the `windowMonths` months from the first whole
 * month after the start (a start on the 1st counts that month as after). Months overlapping a
 * temporary metric adjustment (metric_adjustment, same rule as the impact aggregate) are left out.
 * Only members with observations in both windows count. One row.
 */
export function businessMetricSql(p: CharterSqlPlaceholders & { metricId: string; metricKey: string; windowMonths: string }): string {
  return `
WITH ${CHARTER_AND_COHORT(p)},
win AS (
  SELECT (date_trunc('month', ch.starts_on) - make_interval(months => ${p.windowMonths}::int))::date AS before_from,
         date_trunc('month', ch.starts_on)::date AS before_to,
         (date_trunc('month', ch.starts_on - 1) + interval '1 month')::date AS after_from,
         (date_trunc('month', ch.starts_on - 1) + make_interval(months => 1 + ${p.windowMonths}::int))::date AS after_to
    FROM ch),
obs AS (
  SELECT o.employee_id, o.period_start AS month, o.value
    FROM ${METRIC_OBSERVATION_VIEW} o JOIN cohort ON cohort.id = o.employee_id CROSS JOIN win
   WHERE o.metric_id = ${p.metricId}::uuid AND o.period = 'MONTH'
     AND ((o.period_start >= win.before_from AND o.period_start < win.before_to) OR (o.period_start >= win.after_from AND o.period_start < win.after_to))
     AND ${notUnderAdjustmentSql('o', p.metricKey)}),
per AS (
  SELECT obs.employee_id, avg(obs.value) FILTER (WHERE obs.month < win.before_to) AS before_mean,
         avg(obs.value) FILTER (WHERE obs.month >= win.after_from) AS after_mean
    FROM obs CROSS JOIN win GROUP BY obs.employee_id)
SELECT (SELECT count(*) FROM per WHERE before_mean IS NOT NULL AND after_mean IS NOT NULL)::int AS n,
       (SELECT avg(before_mean) FROM per WHERE before_mean IS NOT NULL AND after_mean IS NOT NULL)::float8 AS before_mean,
       (SELECT avg(after_mean) FROM per WHERE before_mean IS NOT NULL AND after_mean IS NOT NULL)::float8 AS after_mean,
       (win.after_to - 1)::text AS window_ends_on,
       ${p.today}::date >= win.after_to AS window_closed
  FROM win`;
}

export interface BusinessMetricRow {
  n: number;
  before_mean: number | null;
  after_mean: number | null;
  window_ends_on: string;
  window_closed: boolean;
}

/** Cohort members visible to the viewer. */
export function cohortSizeSql(p: CharterSqlPlaceholders): string {
  return `WITH ${CHARTER_AND_COHORT(p)} SELECT count(*)::int AS n FROM cohort`;
}
