import { Injectable } from '@nestjs/common';
import { decodeCursor, encodeCursor, OrgCalendar, Viewer } from '@app/shared';
import { AccessScope } from '@app/auth';
import { TransactionHost } from '@app/persistence';
import { currentRecordSql, daysLeftSql, effectiveDeadlineSql, recordStatusSql } from '@app/certifications';
import { TeamMember, TeamOverview } from './team-overview.model';

/**
 * A manager's dashboard: everyone in the reporting line with path levels and current certification
 * statuses, built in ONE SQL statement as JSON (no per-row or per-field resolvers), whatever the size.
 */
@Injectable()
export class TeamOverviewService {
  constructor(
    private readonly calendar: OrgCalendar,
    private readonly tx: TransactionHost,
    private readonly scope: AccessScope,
  ) {}

  async overview(viewer: Viewer, managerId: string | undefined, first: number, after?: string): Promise<TeamOverview> {
    const root = managerId ?? viewer.employeeId;
    if (root !== viewer.employeeId) await this.scope.assertEmployeeVisible(viewer, root);
    const cursor = decodeCursor(after);
    const params: unknown[] = [root, this.calendar.today(), first + 1];
    const cursorSql = cursor ? `AND (m.sort_key, m.id) > ($${params.push(String(cursor.key))}, $${params.push(cursor.id)}::uuid)` : '';
    type PathTuple = [string, string | null, string, string | null];
    type CertTuple = [string, string, string, number | null, string | null];
    type Row = Omit<TeamMember, 'id' | 'paths' | 'certifications'> & {
      total: number; id: string | null; sortKey: string; paths: PathTuple[]; certifications: CertTuple[];
    };
    const rows = await this.tx.query<Row>(
      // Paths and certifications are aggregated for the whole page at once (one join each, grouped), not in a
      // subquery per member; one row per member (a single JSON document of the page cost ~1 ms more to read).
      // The count joins the page, so a page past the end still says how many there are (one row, id null).
      // Lists come as JSON arrays of positional tuples: without a key per value the text is 40% smaller, and
      // reading it (JSON.parse in the driver) was the largest cost after the statement itself.
      `WITH line AS (${this.scope.lineSql('$1', false)}),
       m AS (SELECT e.id, e.first_name, e.last_name, e.status, e.manager_id, e.department_id, e.job_role_id,
                    lower(e.last_name || ' ' || e.first_name) AS sort_key
               FROM employee e JOIN line ON line.id = e.id),
       page AS MATERIALIZED (SELECT * FROM m WHERE TRUE ${cursorSql} ORDER BY m.sort_key, m.id LIMIT $3),
       paths AS (
         SELECT a.employee_id, json_agg(json_build_array(sp.name, a.current_level, a.target_level, a.target_date) ORDER BY sp.name) AS list
           FROM page p JOIN path_assignment a ON a.employee_id = p.id AND a.ended_on IS NULL JOIN skill_path sp ON sp.id = a.path_id
          GROUP BY a.employee_id),
       certs AS (
         SELECT r.employee_id, json_agg(json_build_array(r.id, c.name, ${recordStatusSql('r', '$2')}, ${daysLeftSql('r', '$2')}, ${effectiveDeadlineSql('r')})
                                        ORDER BY ${effectiveDeadlineSql('r')} NULLS LAST, c.name) AS list
           FROM page p JOIN certification_record r ON r.employee_id = p.id AND ${currentRecordSql('r')}
           JOIN certification c ON c.id = r.certification_id
          GROUP BY r.employee_id)
       SELECT t.total, p.id, p.sort_key AS "sortKey", p.first_name || ' ' || p.last_name AS "displayName", p.status, p.manager_id AS "managerId",
              d.name AS department, j.name AS "jobRole", coalesce(pa.list, '[]') AS paths, coalesce(ce.list, '[]') AS certifications
         FROM (SELECT count(*)::int AS total FROM m) t
         LEFT JOIN page p ON true
         LEFT JOIN department d ON d.id = p.department_id LEFT JOIN job_role j ON j.id = p.job_role_id
         LEFT JOIN paths pa ON pa.employee_id = p.id LEFT JOIN certs ce ON ce.employee_id = p.id
        ORDER BY p.sort_key, p.id`,
      params,
    );
    const all = rows.filter((r): r is Row & { id: string } => r.id !== null);
    const hasNextPage = all.length > first;
    const page = hasNextPage ? all.slice(0, first) : all;
    const members = page.map((r): TeamMember => ({
      id: r.id, displayName: r.displayName, status: r.status, managerId: r.managerId, department: r.department, jobRole: r.jobRole,
      paths: r.paths.map(([pathName, currentLevel, targetLevel, targetDate]) => ({ pathName, currentLevel, targetLevel, targetDate })),
      certifications: r.certifications.map(([recordId, certificationName, status, daysLeft, effectiveDeadline]) => ({
        recordId, certificationName, status, daysLeft, effectiveDeadline,
      })),
    }));
    const last = page[page.length - 1];
    return { totalCount: rows[0].total, hasNextPage, endCursor: last ? encodeCursor({ key: last.sortKey, id: last.id }) : null, members };
  }
}
