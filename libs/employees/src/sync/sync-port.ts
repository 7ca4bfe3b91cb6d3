/** Raw SQL on the caller's unit of work. */
export type SyncSql = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;

/** One change a sync made to a person (or, in a dry run, would make), field by field. */
export interface StagedChange {
  action: 'CREATE' | 'UPDATE' | 'REACTIVATE' | 'DEACTIVATE' | 'MANAGER';
  externalId: string;
  employeeId: string | null;
  changes: Array<{ field: string; from: string | null; to: string | null }>;
}
