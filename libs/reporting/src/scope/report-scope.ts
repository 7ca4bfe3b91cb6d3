import { Injectable } from '@nestjs/common';
import { Viewer } from '@app/shared';
import { AccessScope } from '@app/auth';
import { reportingLineSql } from '@app/employees';

/** Optional narrowing of a report's population (all ANDed with the viewer's scope). */
export interface PopulationFilter {
  /** Only this manager's reporting line (below them). A manager may only name someone in their own line. */
  managerId?: string | null;
  departmentId?: string | null;
  jobRoleId?: string | null;
  locationId?: string | null;
}

/** SQL predicate on an employee alias plus its parameters (placeholders already numbered). */
export interface Population {
  sql: string;
  params: unknown[];
}

/**
 * Who a report is computed over: HR everything, a manager their reporting line (direct and
 * indirect, themselves excluded). Employees never reach here (resolvers and routes are
 * `@Allow('HR_ADMIN', 'MANAGER')`), but a viewer with neither role gets an empty population.
 */
@Injectable()
export class ReportScope {
  constructor(private readonly access: AccessScope) {}

  /** Predicate on `e` (an employee alias); appends its parameters to `params`. */
  async population(viewer: Viewer, filter: PopulationFilter, alias: string, params: unknown[]): Promise<string> {
    const where: string[] = [];
    const add = (sql: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (!this.access.isHr(viewer)) {
      if (!viewer.roles.includes('MANAGER')) return 'FALSE';
      add((p) => `${alias}.id IN (${reportingLineSql(p, false)})`, viewer.employeeId);
    }
    if (filter.managerId) {
      if (!this.access.isHr(viewer) && filter.managerId !== viewer.employeeId) {
        await this.access.assertCanSee(viewer, filter.managerId, 'Employee', filter.managerId);
      }
      add((p) => `${alias}.id IN (${reportingLineSql(p, false)})`, filter.managerId);
    }
    if (filter.departmentId) add((p) => `${alias}.department_id = ${p}::uuid`, filter.departmentId);
    if (filter.jobRoleId) add((p) => `${alias}.job_role_id = ${p}::uuid`, filter.jobRoleId);
    if (filter.locationId) add((p) => `${alias}.location_id = ${p}::uuid`, filter.locationId);
    return where.length ? where.join(' AND ') : 'TRUE';
  }
}
