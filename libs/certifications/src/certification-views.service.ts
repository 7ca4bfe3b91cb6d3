import { Injectable } from '@nestjs/common';
import { AccessScope } from '@app/auth';
import { forbidden, OrgCalendar, Viewer } from '@app/shared';
import { CertificationRecordRepository, GapRow, NodeJson, RecordPage } from './certification-record.repository';
import { RecordStatusQuery } from './record-status.query';
import { RecordView } from './record-view';
import { ListCertificationRecordsQuery, ListComplianceGapsQuery, GapGroupBy, ListRenewalsDueQuery } from './certification-view-queries';

export interface GapGroup {
  key: string | null;
  label: string | null;
  gapCount: number;
  peopleCount: number;
  gaps: GapRow[];
}

const GROUP_KEY: Record<GapGroupBy, (r: GapRow) => [string | null, string | null]> = {
  DEPARTMENT: (r) => [r.department_id, r.department_name],
  JOB_ROLE: (r) => [r.job_role_id, r.job_role_name],
  MANAGER: (r) => [r.manager_id, r.manager_name],
};

/** Scoped lists: employee self, manager their reporting line, HR everything. */
@Injectable()
export class CertificationViewsService {
  constructor(
    private readonly calendar: OrgCalendar,
    private readonly records: CertificationRecordRepository,
    private readonly status: RecordStatusQuery,
    private readonly scope: AccessScope,
  ) {}

  /** NOT_FOUND for an employeeId that is missing or out of sight, as every read naming an employee. */
  async list(viewer: Viewer, args: ListCertificationRecordsQuery, nodeJson?: NodeJson): Promise<RecordPage> {
    if (args.employeeId) await this.scope.assertEmployeeVisible(viewer, args.employeeId);
    const params: unknown[] = [];
    const sql = this.scope.visibleEmployeesPredicate(viewer, 'r.employee_id', params);
    return this.records.list({
      visible: { sql, params },
      today: this.calendar.today(),
      employeeId: args.employeeId,
      certificationId: args.certificationId,
      statuses: args.status,
      first: args.first ?? 50,
      after: args.after,
      nodeJson,
    });
  }

  /** The viewer's own records that are not superseded (revoked ones included, so nothing vanishes silently). */
  mine(viewer: Viewer): Promise<RecordView[]> {
    return this.status.currentOrRevokedOf(viewer.employeeId);
  }

  /** The same as `mine`, as one JSON array of `object` per record (myCertificationJsonSql). */
  mineJson(viewer: Viewer, object: string): Promise<string> {
    return this.status.currentOrRevokedJson(viewer.employeeId, object);
  }

  renewalsDue(viewer: Viewer, args: ListRenewalsDueQuery, nodeJson?: NodeJson): Promise<RecordPage> {
    const params: unknown[] = [];
    let sql = 'TRUE';
    const scope = args.scope ?? (viewer.roles.some((r) => r === 'MANAGER' || r === 'HR_ADMIN') ? 'MY_LINE' : 'ME');
    if (scope === 'ORGANIZATION') {
      if (!this.scope.isHr(viewer)) throw forbidden();
    } else if (scope === 'ME') {
      sql = `r.employee_id = $${params.push(viewer.employeeId)}`;
    } else {
      sql = `r.employee_id IN (${this.scope.lineSql(`$${params.push(viewer.employeeId)}`, false)})`;
    }
    return this.records.renewalsDue({
      scope: { sql, params },
      today: this.calendar.today(),
      withinDays: args.withinDays,
      departmentId: args.departmentId,
      first: args.first ?? 50,
      after: args.after,
      nodeJson,
    });
  }

  async complianceGaps(viewer: Viewer, args: ListComplianceGapsQuery): Promise<GapGroup[]> {
    const params: unknown[] = [];
    const sql = this.scope.visibleEmployeesPredicate(viewer, 'e.id', params);
    const rows = await this.records.complianceGaps({ visible: { sql, params }, today: this.calendar.today(), departmentId: args.departmentId, jobRoleId: args.jobRoleId });
    const groups = new Map<string, GapGroup & { people: Set<string> }>();
    for (const row of rows) {
      const [key, label] = GROUP_KEY[args.groupBy](row);
      const id = key ?? '';
      let group = groups.get(id);
      if (!group) groups.set(id, (group = { key, label, gapCount: 0, peopleCount: 0, gaps: [], people: new Set() }));
      group.gaps.push(row);
      group.gapCount++;
      group.people.add(row.employee_id);
      group.peopleCount = group.people.size;
    }
    return [...groups.values()]
      .map(({ people: _people, ...g }) => g)
      .sort((a, b) => b.gapCount - a.gapCount || (a.label ?? '').localeCompare(b.label ?? ''));
  }
}
