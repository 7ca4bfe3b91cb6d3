import { Injectable } from '@nestjs/common';
import type { Cursor } from '@app/shared';
import { GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { currentRecordSql, daysLeftSql, effectiveDeadlineSql, recordStatusSql, CERTIFICATION_RECORD_VIEW, CERTIFICATION_VIEW } from '@app/certifications';
import { DEPARTMENT_VIEW, EMPLOYEE_VIEW, JOB_ROLE_VIEW, reportingLineSql } from '@app/employees';
import { PATH_ASSIGNMENT_VIEW, SKILL_PATH_VIEW } from '@app/skill-paths';
import type { TeamMember } from './team-overview.model';

type PathTuple = [string, string | null, string, string | null];
type CertTuple = [string, string, string, number | null, string | null];

/** A member of the page (or, past the end, one row with id null that still carries the total). */
export type TeamOverviewRow = Omit<TeamMember, 'id' | 'paths' | 'certifications'> & {
  total: number; id: string | null; sortKey: string; paths: PathTuple[]; certifications: CertTuple[];
};

/** The team overview's one statement: a page of the manager's reporting line with paths and certifications. */
@Injectable()
export class TeamOverviewRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Up to `limit` members under `root` after `cursor`, sorted by last then first name, as of `today`. */
  @GenerateSql({ name: 'first page', params: [SqlExample.ID, SqlExample.DATE, 20, null] }, { name: 'next page', params: [SqlExample.ID, SqlExample.DATE, 20, { key: 'k', id: SqlExample.ID_2 }] })
  page(root: string, today: string, limit: number, cursor: Cursor | null): Promise<TeamOverviewRow[]> {
    const params: unknown[] = [root, today, limit];
    const cursorSql = cursor ? `AND (m.sort_key, m.id) > ($${params.push(String(cursor.key))}, $${params.push(cursor.id)}::uuid)` : '';
    return this.tx.query<TeamOverviewRow>(
      // Paths and certifications are aggregated for the whole page at once (one join each, grouped), not in a
      // subquery per member; one row per member (a single JSON document of the page cost ~1 ms more to read).
      // The count joins the page, so a page past the end still says how many there are (one row, id null).
      // Lists come as JSON arrays of positional tuples: without a key per value the text is 40% smaller, and
      // reading it (JSON.parse in the driver) was the largest cost after the statement itself.
      `WITH line AS (${reportingLineSql('$1')}),
       m AS (SELECT e.id, e.first_name, e.last_name, e.status, e.manager_id, e.department_id, e.job_role_id,
                    lower(e.last_name || ' ' || e.first_name) AS sort_key
               FROM ${EMPLOYEE_VIEW} e JOIN line ON line.id = e.id),
       page AS MATERIALIZED (SELECT * FROM m WHERE TRUE ${cursorSql} ORDER BY m.sort_key, m.id LIMIT $3),
       paths AS (
         SELECT a.employee_id, json_agg(json_build_array(sp.name, a.current_level, a.target_level, a.target_date) ORDER BY sp.name) AS list
           FROM page p JOIN ${PATH_ASSIGNMENT_VIEW} a ON a.employee_id = p.id AND a.ended_on IS NULL JOIN ${SKILL_PATH_VIEW} sp ON sp.id = a.path_id
          GROUP BY a.employee_id),
       certs AS (
         SELECT r.employee_id, json_agg(json_build_array(r.id, c.name, ${recordStatusSql('r', '$2')}, ${daysLeftSql('r', '$2')}, ${effectiveDeadlineSql('r')})
                                        ORDER BY ${effectiveDeadlineSql('r')} NULLS LAST, c.name) AS list
           FROM page p JOIN ${CERTIFICATION_RECORD_VIEW} r ON r.employee_id = p.id AND ${currentRecordSql('r')}
           JOIN ${CERTIFICATION_VIEW} c ON c.id = r.certification_id
          GROUP BY r.employee_id)
       SELECT t.total, p.id, p.sort_key AS "sortKey", p.first_name || ' ' || p.last_name AS "displayName", p.status, p.manager_id AS "managerId",
              d.name AS department, j.name AS "jobRole", coalesce(pa.list, '[]') AS paths, coalesce(ce.list, '[]') AS certifications
         FROM (SELECT count(*)::int AS total FROM m) t
         LEFT JOIN page p ON true
         LEFT JOIN ${DEPARTMENT_VIEW} d ON d.id = p.department_id LEFT JOIN ${JOB_ROLE_VIEW} j ON j.id = p.job_role_id
         LEFT JOIN paths pa ON pa.employee_id = p.id LEFT JOIN certs ce ON ce.employee_id = p.id
        ORDER BY p.sort_key, p.id`,
      params,
    );
  }
}
