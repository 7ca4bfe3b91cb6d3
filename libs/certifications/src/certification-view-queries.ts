import type { CertificationStatus } from './domain';

/** Whose records a renewals list covers: the viewer's own, their reporting line, or everyone (HR only). */
export type RenewalsScope = 'ME' | 'MY_LINE' | 'ORGANIZATION';

/** What compliance gaps are grouped by. */
export type GapGroupBy = 'DEPARTMENT' | 'JOB_ROLE' | 'MANAGER';

/** Records the viewer may see, optionally of one employee, one certification, some statuses; 50 a page by default. */
export interface ListCertificationRecordsQuery {
  employeeId?: string;
  status?: CertificationStatus[];
  certificationId?: string;
  first?: number;
  after?: string;
}

/** Records due for renewal within `withinDays` (or already due or in grace); absent scope: MY_LINE for managers and HR, ME otherwise. */
export interface ListRenewalsDueQuery {
  withinDays: number;
  scope?: RenewalsScope;
  departmentId?: string;
  first?: number;
  after?: string;
}

/** Required certifications missing, expired or revoked among the people the viewer may see, grouped. */
export interface ListComplianceGapsQuery {
  groupBy: GapGroupBy;
  departmentId?: string;
  jobRoleId?: string;
}
