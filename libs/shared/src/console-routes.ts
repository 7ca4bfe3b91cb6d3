/**
 * The console's routes (apps/web), in one place so links in notifications, emails and the console
 * itself agree. Every builder returns a path on the console's origin.
 */
export const consoleRoutes = {
  home: () => '/',
  certifications: () => '/certifications',
  /** A certification record is shown on the certifications page, selected. */
  certificationRecord: (recordId: string) => `/certifications?record=${encodeURIComponent(recordId)}`,
  notifications: () => '/notifications',
  practice: () => '/practice',
  snapshots: () => '/snapshots',
  team: () => '/team',
  teamMember: (employeeId: string) => `/team/${encodeURIComponent(employeeId)}`,
  approvals: () => '/approvals',
  playbooks: () => '/playbooks',
  playbookRun: (runId: string) => `/playbooks/${encodeURIComponent(runId)}`,
  scorecard: () => '/scorecard',
  renewals: () => '/renewals',
} as const;
