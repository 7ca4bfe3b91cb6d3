export { EmployeeSyncWriter } from './employee-sync-writer';
export type { BatchRow, BatchScope, BatchUpsert } from './batch-upsert';
export type { Departure, DeactivationOutcome } from './deactivation';
export type { LinkOutcome, ManagerLink } from './manager-links';
export type { StagedChange } from './sync-port';
export { BATCH_STAGE } from './batch-stage.sql';
export { EMPLOYEE_SYNC_FIELDS } from './sync-fields';
export type { EmployeeSyncField, EmployeeSyncRecord, SyncedStatus, SyncedWorkContext } from './sync-fields';
