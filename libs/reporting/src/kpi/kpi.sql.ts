import { recordStatusSql, CERTIFICATION_RECORD_VIEW } from '@app/certifications';
import { EMPLOYEE_VIEW } from '@app/employees';
import { LEVEL_ACHIEVEMENT_VIEW, PATH_ASSIGNMENT_VIEW } from '@app/skill-paths';
import { PLAYBOOK_RUN_STEP_VIEW, PLAYBOOK_RUN_VIEW } from '@app/playbooks';
import { PRACTICE_BUDGET_VIEW, PRACTICE_EXTENSION_VIEW, PRACTICE_SESSION_VIEW } from '@app/practice-budgets';
import { groupKeySql, groupNameSql, KpiDimension } from './dimension';

export interface KpiSqlPlaceholders {
  population: string;
  today: string;
  timeZone: string;
}

/** Rows of one person's path assignments with the day they were assigned and reached the target level (an ended assignment counts only if it reached it). */
const ASSIGNMENTS = (p: KpiSqlPlaceholders) => `
  SELECT pop.g, a.id, (a.created_at AT TIME ZONE ${p.timeZone})::date AS assigned_on, la.reached_on,
         CASE WHEN la.reached_on IS NOT NULL AND la.reached_on <= ${p.today}::date THEN NULL
              WHEN a.current_level IS NULL THEN 1 WHEN a.current_level = 'BASELINE' THEN 2 ELSE 3 END AS stalled_rank
    FROM ${PATH_ASSIGNMENT_VIEW} a JOIN pop ON pop.id = a.employee_id
    LEFT JOIN ${LEVEL_ACHIEVEMENT_VIEW} la ON la.employee_id = a.employee_id AND la.path_id = a.path_id AND la.level = a.target_level
   WHERE a.ended_on IS NULL OR la.reached_on IS NOT NULL`;

/** Certification records with their effective deadline and the day they were renewed (the superseding record's earned_on). */
const RECORDS = (p: KpiSqlPlaceholders) => `
  SELECT pop.g, COALESCE(r.extended_until, r.expires_on) AS deadline, COALESCE(r.grace_ends_on, r.extended_until, r.expires_on) AS lapses_after,
         nx.earned_on AS renewed_on, ${recordStatusSql('r', p.today)} AS status
    FROM ${CERTIFICATION_RECORD_VIEW} r JOIN pop ON pop.id = r.employee_id
    LEFT JOIN ${CERTIFICATION_RECORD_VIEW} nx ON nx.id = r.superseded_by_id AND nx.revoked_at IS NULL
   WHERE r.revoked_at IS NULL`;

const BUDGETS = `
  SELECT pop.g, b.id, b.hours + COALESCE((SELECT sum(x.extra_hours) FROM ${PRACTICE_EXTENSION_VIEW} x WHERE x.budget_id = b.id AND x.status = 'APPROVED'), 0) AS hours,
         COALESCE((SELECT sum(s.minutes) FROM ${PRACTICE_SESSION_VIEW} s WHERE s.budget_id = b.id), 0) / 60.0 AS used
    FROM ${PRACTICE_BUDGET_VIEW} b JOIN pop ON pop.id = b.employee_id
   WHERE b.status = 'APPROVED'`;

/** Playbook steps with their due and completion days; the open steps of a cancelled run are no longer due. */
const STEPS = `
  SELECT pop.g, st.due_on, st.completed_on
    FROM ${PLAYBOOK_RUN_STEP_VIEW} st JOIN ${PLAYBOOK_RUN_VIEW} run ON run.id = st.run_id JOIN pop ON pop.id = run.employee_id
   WHERE run.status <> 'CANCELLED' OR st.completed_at IS NOT NULL`;

/**
 * Where each open playbook run stalls as of today: its first step (by position) past due and not done, as the
 * overdue list counts it (due before today, not completed). Completed runs and runs with nothing overdue do not stall.
 */
const STALLED_STEPS = (p: KpiSqlPlaceholders) => `
  SELECT DISTINCT ON (run.id) pop.g, st.title, st.kind, st.position
    FROM ${PLAYBOOK_RUN_VIEW} run JOIN pop ON pop.id = run.employee_id JOIN ${PLAYBOOK_RUN_STEP_VIEW} st ON st.run_id = run.id
   WHERE run.status = 'OPEN' AND st.completed_at IS NULL AND st.due_on < ${p.today}::date
   ORDER BY run.id, st.position`;

const LEVEL_NAME = `CASE d.stalled_rank WHEN 1 THEN 'BASELINE' WHEN 2 THEN 'PROFICIENT' WHEN 3 THEN 'ADVANCED' END`;

/** KPIs per group of the dimension, as of `today`: one statement. */
export function kpiSnapshotSql(dimension: KpiDimension, p: KpiSqlPlaceholders): string {
  return `
WITH pop AS (SELECT e.id, ${groupKeySql(dimension, 'e')} AS g FROM ${EMPLOYEE_VIEW} e WHERE ${p.population}),
grp AS (SELECT g, count(*)::int AS headcount FROM pop GROUP BY g),
asg AS MATERIALIZED (${ASSIGNMENTS(p)}),
asg_agg AS (
  SELECT g, count(*)::int AS assignments,
         count(*) FILTER (WHERE stalled_rank IS NULL)::int AS completed,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY reached_on - assigned_on) FILTER (WHERE stalled_rank IS NULL) AS ttc_median,
         percentile_cont(0.9) WITHIN GROUP (ORDER BY reached_on - assigned_on) FILTER (WHERE stalled_rank IS NULL) AS ttc_p90
    FROM asg GROUP BY g),
drop_off AS (
  SELECT DISTINCT ON (g) g, ${LEVEL_NAME} AS level, n
    FROM (SELECT g, stalled_rank, count(*)::int AS n FROM asg WHERE stalled_rank IS NOT NULL GROUP BY g, stalled_rank) d
   ORDER BY g, n DESC, stalled_rank),
drop_off_step AS (
  SELECT DISTINCT ON (g) g, title, kind, n
    FROM (SELECT g, title, min(kind) AS kind, count(*)::int AS n, min(position) AS position FROM (${STALLED_STEPS(p)}) s GROUP BY g, title) d
   ORDER BY g, n DESC, position, title),
rec AS MATERIALIZED (${RECORDS(p)}),
rec_agg AS (
  SELECT g,
         count(*) FILTER (WHERE deadline IS NOT NULL AND (deadline < ${p.today}::date OR renewed_on IS NOT NULL))::int AS renewals_due,
         count(*) FILTER (WHERE renewed_on IS NOT NULL AND renewed_on <= deadline)::int AS renewals_on_time,
         count(*) FILTER (WHERE status = 'EXPIRED')::int AS expired
    FROM rec GROUP BY g),
bud_agg AS (SELECT g, sum(hours)::float8 AS hours, sum(used)::float8 AS used FROM (${BUDGETS}) b GROUP BY g),
step_agg AS (
  SELECT g, count(*) FILTER (WHERE due_on <= ${p.today}::date)::int AS due,
         count(*) FILTER (WHERE due_on <= ${p.today}::date AND completed_on IS NOT NULL AND completed_on <= due_on)::int AS on_time
    FROM (${STEPS}) s GROUP BY g)
SELECT grp.g AS group_id, ${groupNameSql(dimension, 'grp.g')} AS group_name, grp.headcount,
       COALESCE(a.assignments, 0) AS assignments, COALESCE(a.completed, 0) AS completed, a.ttc_median, a.ttc_p90,
       COALESCE(r.renewals_due, 0) AS renewals_due, COALESCE(r.renewals_on_time, 0) AS renewals_on_time, COALESCE(r.expired, 0) AS expired,
       COALESCE(b.hours, 0) AS budget_hours, COALESCE(b.used, 0) AS used_hours,
       COALESCE(s.due, 0) AS steps_due, COALESCE(s.on_time, 0) AS steps_on_time,
       d.level AS drop_off_level, COALESCE(d.n, 0) AS drop_off_count,
       ds.title AS drop_off_step, ds.kind AS drop_off_step_kind, COALESCE(ds.n, 0) AS drop_off_step_count
  FROM grp
  LEFT JOIN asg_agg a ON a.g IS NOT DISTINCT FROM grp.g
  LEFT JOIN drop_off d ON d.g IS NOT DISTINCT FROM grp.g
  LEFT JOIN drop_off_step ds ON ds.g IS NOT DISTINCT FROM grp.g
  LEFT JOIN rec_agg r ON r.g IS NOT DISTINCT FROM grp.g
  LEFT JOIN bud_agg b ON b.g IS NOT DISTINCT FROM grp.g
  LEFT JOIN step_agg s ON s.g IS NOT DISTINCT FROM grp.g
 ORDER BY group_name, grp.g`;
}

/** Month-by-month KPIs for months [from, to] (first days), per group of the dimension: one statement. */
export function kpiSeriesSql(dimension: KpiDimension, p: KpiSqlPlaceholders & { from: string; to: string }): string {
  const month = (col: string) => `date_trunc('month', ${col})::date`;
  return `
WITH pop AS (SELECT e.id, ${groupKeySql(dimension, 'e')} AS g FROM ${EMPLOYEE_VIEW} e WHERE ${p.population}),
months AS (SELECT generate_series(${p.from}::date, ${p.to}::date, interval '1 month')::date AS m),
cells AS (SELECT DISTINCT pop.g, months.m FROM pop CROSS JOIN months),
reached AS (
  SELECT g, ${month('reached_on')} AS m, count(*)::int AS n, percentile_cont(0.5) WITHIN GROUP (ORDER BY reached_on - assigned_on) AS ttc_median
    FROM (${ASSIGNMENTS(p)}) a WHERE stalled_rank IS NULL GROUP BY 1, 2),
rec AS MATERIALIZED (${RECORDS(p)}),
due AS (
  SELECT g, ${month('deadline')} AS m, count(*)::int AS due, count(*) FILTER (WHERE renewed_on <= deadline)::int AS on_time
    FROM rec WHERE deadline IS NOT NULL AND (deadline < ${p.today}::date OR renewed_on IS NOT NULL) GROUP BY 1, 2),
lapsed AS (
  SELECT g, ${month('lapses_after + 1')} AS m, count(*)::int AS n
    FROM rec WHERE lapses_after < ${p.today}::date AND (renewed_on IS NULL OR renewed_on > lapses_after) GROUP BY 1, 2),
practice AS (
  SELECT pop.g, ${month('s.practiced_on')} AS m, (sum(s.minutes) / 60.0)::float8 AS hours
    FROM ${PRACTICE_SESSION_VIEW} s JOIN pop ON pop.id = s.employee_id GROUP BY 1, 2),
steps AS (
  SELECT g, ${month('due_on')} AS m, count(*)::int AS due, count(*) FILTER (WHERE completed_on <= due_on)::int AS on_time
    FROM (${STEPS}) s WHERE due_on <= ${p.today}::date GROUP BY 1, 2)
SELECT c.m::text AS month, c.g AS group_id, ${groupNameSql(dimension, 'c.g')} AS group_name,
       COALESCE(r.n, 0) AS levels_reached, r.ttc_median,
       COALESCE(d.due, 0) AS renewals_due, COALESCE(d.on_time, 0) AS renewals_on_time, COALESCE(l.n, 0) AS expired,
       COALESCE(pr.hours, 0) AS practice_hours, COALESCE(st.due, 0) AS steps_due, COALESCE(st.on_time, 0) AS steps_on_time
  FROM cells c
  LEFT JOIN reached r ON r.g IS NOT DISTINCT FROM c.g AND r.m = c.m
  LEFT JOIN due d ON d.g IS NOT DISTINCT FROM c.g AND d.m = c.m
  LEFT JOIN lapsed l ON l.g IS NOT DISTINCT FROM c.g AND l.m = c.m
  LEFT JOIN practice pr ON pr.g IS NOT DISTINCT FROM c.g AND pr.m = c.m
  LEFT JOIN steps st ON st.g IS NOT DISTINCT FROM c.g AND st.m = c.m
 ORDER BY c.m, group_name, c.g`;
}
