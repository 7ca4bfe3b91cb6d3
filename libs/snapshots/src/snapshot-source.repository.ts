import { Injectable } from '@nestjs/common';
import { GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { currentRecordSql, effectiveDeadlineSql, recordStatusSql, CERTIFICATION_RECORD_VIEW, CERTIFICATION_REQUIREMENT_VIEW, CERTIFICATION_VIEW } from '@app/certifications';
import { COUNTED_OBSERVATION_SQL, LEARNING_RESOURCE_VIEW, PATH_ASSIGNMENT_VIEW, PATH_BEHAVIOUR_VIEW, PATH_LEVEL_VIEW, PATH_OBSERVATION_VIEW, SKILL_PATH_VIEW } from '@app/skill-paths';
import { EMPLOYEE_VIEW } from '@app/employees';
import { INCENTIVE_RULE_VIEW } from '@app/incentives';
import { PRACTICE_BUDGET_VIEW, PRACTICE_EXTENSION_VIEW, PRACTICE_SESSION_VIEW } from '@app/practice-budgets';
import type { SnapshotSources } from './domain/build-sections';

/**
 * Every read behind a from–to snapshot, for many employees at once: one statement per section
 * (assignments, levels, behaviours, start-here resources, requirements, records, budgets, rules,
 * behaviours observed),
 * whatever the number of employees. Reads the skill-path, certification, practice-budget and
 * incentive tables by name (set-based; their libs export no batch reader for these shapes).
 */
@Injectable()
export class SnapshotSourceRepository {
  constructor(private readonly tx: TransactionHost) {}

  @GenerateSql({ params: [SqlExample.IDS, SqlExample.DATE] })
  async load(employeeIds: readonly string[], today: string): Promise<SnapshotSources> {
    const employees = await this.tx.query<SnapshotSources['employees'][number] & { assignment_id: string | null }>(
      `SELECT e.id AS employee_id, e.first_name, e.last_name, a.id AS assignment_id, a.path_id, p.name AS path_name, p.job_role_id,
              a.current_level, a.target_level, a.target_date::text AS target_date
         FROM ${EMPLOYEE_VIEW} e
         LEFT JOIN ${PATH_ASSIGNMENT_VIEW} a ON a.employee_id = e.id AND a.ended_on IS NULL
         LEFT JOIN ${SKILL_PATH_VIEW} p ON p.id = a.path_id
        WHERE e.id = ANY($1::uuid[])
        ORDER BY p.name, a.id`,
      [employeeIds],
    );
    const pathIds = [...new Set(employees.filter((r) => r.path_id).map((r) => r.path_id as string))];
    const empty: SnapshotSources = { employees, levels: [], behaviours: [], resources: [], requirements: [], records: [], budgets: [], rules: [], observed: [] };
    if (pathIds.length === 0) return empty;
    const roleIds = [...new Set(employees.filter((r) => r.job_role_id).map((r) => r.job_role_id as string))];
    const levels = await this.tx.query<SnapshotSources['levels'][number]>(
      `SELECT id, path_id, level, rank, summary FROM ${PATH_LEVEL_VIEW} path_level WHERE path_id = ANY($1::uuid[]) ORDER BY rank`,
      [pathIds],
    );
    const behaviours = await this.tx.query<SnapshotSources['behaviours'][number]>(
      `SELECT b.id, b.level_id, b.position, b.activity, b.expected_output
         FROM ${PATH_BEHAVIOUR_VIEW} b JOIN ${PATH_LEVEL_VIEW} l ON l.id = b.level_id
        WHERE l.path_id = ANY($1::uuid[]) ORDER BY l.rank, b.position, b.created_at`,
      [pathIds],
    );
    const resources = await this.tx.query<SnapshotSources['resources'][number]>(
      `SELECT r.id, r.level_id, r.title, r.url, r.kind, r.estimated_minutes
         FROM ${LEARNING_RESOURCE_VIEW} r JOIN ${PATH_LEVEL_VIEW} l ON l.id = r.level_id
        WHERE l.path_id = ANY($1::uuid[]) AND r.start_here ORDER BY r.position, r.created_at`,
      [pathIds],
    );
    const requirements = await this.tx.query<SnapshotSources['requirements'][number]>(
      `SELECT q.job_role_id, q.level, q.required, c.id AS certification_id, c.name, c.issuer, c.study_guide_url
         FROM ${CERTIFICATION_REQUIREMENT_VIEW} q JOIN ${CERTIFICATION_VIEW} c ON c.id = q.certification_id
        WHERE q.job_role_id = ANY($1::uuid[]) ORDER BY q.required DESC, c.name`,
      [roleIds],
    );
    const records = await this.tx.query<SnapshotSources['records'][number]>(
      `SELECT r.employee_id, r.certification_id, ${recordStatusSql('r', '$1')} AS status, r.earned_on::text AS earned_on,
              r.expires_on::text AS expires_on, r.window_opens_on::text AS window_opens_on, ${effectiveDeadlineSql('r')}::text AS effective_deadline
         FROM ${CERTIFICATION_RECORD_VIEW} r
        WHERE r.employee_id = ANY($2::uuid[]) AND ${currentRecordSql('r')}
          AND r.certification_id IN (SELECT certification_id FROM ${CERTIFICATION_REQUIREMENT_VIEW} certification_requirement WHERE job_role_id = ANY($3::uuid[]))`,
      [today, employeeIds, roleIds],
    );
    const budgets = await this.tx.query<SnapshotSources['budgets'][number]>(
      `SELECT b.id, b.employee_id, b.path_level_id, b.hours, b.period_start::text AS period_start, b.period_end::text AS period_end,
              coalesce((SELECT sum(x.extra_hours) FROM ${PRACTICE_EXTENSION_VIEW} x WHERE x.budget_id = b.id AND x.status = 'APPROVED'), 0) AS extra_hours,
              coalesce((SELECT sum(s.minutes) FROM ${PRACTICE_SESSION_VIEW} s WHERE s.budget_id = b.id), 0) AS used_minutes
         FROM ${PRACTICE_BUDGET_VIEW} b
        WHERE b.employee_id = ANY($1::uuid[]) AND b.status = 'APPROVED' AND b.period_end >= $2::date
          AND b.path_level_id IN (SELECT id FROM ${PATH_LEVEL_VIEW} path_level WHERE path_id = ANY($3::uuid[]))
        ORDER BY b.period_start, b.id`,
      [employeeIds, today, pathIds],
    );
    const rules = await this.tx.query<SnapshotSources['rules'][number]>(
      `SELECT id, name, kind, amount, currency, opportunity, path_level_id, certification_id
         FROM ${INCENTIVE_RULE_VIEW} incentive_rule
        WHERE active AND (path_level_id IN (SELECT id FROM ${PATH_LEVEL_VIEW} path_level WHERE path_id = ANY($1::uuid[]))
           OR certification_id IN (SELECT certification_id FROM ${CERTIFICATION_REQUIREMENT_VIEW} certification_requirement WHERE job_role_id = ANY($2::uuid[])))
        ORDER BY name`,
      [pathIds, roleIds],
    );
    const observed = await this.tx.query<SnapshotSources['observed'][number]>(
      `SELECT DISTINCT o.employee_id, o.behaviour_id FROM ${PATH_OBSERVATION_VIEW} o
        WHERE o.employee_id = ANY($1::uuid[]) AND o.observed_on <= $2::date AND ${COUNTED_OBSERVATION_SQL}`,
      [employeeIds, today],
    );
    return { employees, levels, behaviours, resources, requirements, records, budgets, rules, observed };
  }
}
