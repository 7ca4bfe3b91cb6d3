import { Injectable } from '@nestjs/common';
import { decodeCursor, encodeCursor, OrgCalendar, Viewer } from '@app/shared';
import { AccessScope } from '@app/auth';
import { TeamMember, TeamOverview } from './team-overview.model';
import { TeamOverviewRepository, TeamOverviewRow } from './team-overview.repository';

/**
 * A manager's dashboard: everyone in the reporting line with path levels and current certification
 * statuses, built in ONE SQL statement as JSON (no per-row or per-field resolvers), whatever the size.
 */
@Injectable()
export class TeamOverviewService {
  constructor(
    private readonly calendar: OrgCalendar,
    private readonly members: TeamOverviewRepository,
    private readonly scope: AccessScope,
  ) {}

  async overview(viewer: Viewer, managerId: string | undefined, first: number, after?: string): Promise<TeamOverview> {
    const root = managerId ?? viewer.employeeId;
    if (root !== viewer.employeeId) await this.scope.assertEmployeeVisible(viewer, root);
    const cursor = decodeCursor(after);
    const rows = await this.members.page(root, this.calendar.today(), first + 1, cursor);
    const all = rows.filter((r): r is TeamOverviewRow & { id: string } => r.id !== null);
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
