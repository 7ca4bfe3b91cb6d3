/** A new connector of a registered kind; the name is trimmed, unique ignoring case. Absent enabled is true. */
export interface CreateConnectorCommand {
  kind: string;
  name: string;
  /** Cron expression for scheduled pulls. */
  schedule?: string;
  enabled?: boolean;
  settings?: Record<string, unknown>;
  /** Name → secret value; sealed, never returned. */
  secrets?: Record<string, string>;
}

/** Changes a connector: absent fields stay; clearSchedule removes the schedule; secrets replace the stored ones. */
export interface UpdateConnectorCommand {
  id: string;
  name?: string;
  schedule?: string;
  clearSchedule?: boolean;
  enabled?: boolean;
  settings?: Record<string, unknown>;
  secrets?: Record<string, string>;
}
