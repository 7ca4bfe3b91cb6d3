/**
 * The console's routes (apps/web), in one place so links in notifications, emails and the console
 * itself agree. Every builder returns a path on the console's origin.
 */
export const consoleRoutes = {
  home: () => '/',
  certifications: () => '/certifications',
  /** One certification record: its dates, status and what renewing takes. */
  certificationRecord: (recordId: string) => `/certifications/records/${encodeURIComponent(recordId)}`,
  notifications: () => '/notifications',
  practice: () => '/practice',
  /** Snapshot history (/snapshots/<id>.html is the API's printable page, not the console). */
  snapshots: () => '/history',
  team: () => '/team',
  teamMember: (employeeId: string) => `/team/${encodeURIComponent(employeeId)}`,
  approvals: () => '/approvals',
  playbooks: () => '/playbooks',
  playbookRun: (runId: string) => `/playbooks/${encodeURIComponent(runId)}`,
  scorecard: () => '/scorecard',
  renewals: () => '/renewals',
} as const;
