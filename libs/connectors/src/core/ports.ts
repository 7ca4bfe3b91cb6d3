/**
 * The ports a connector implements. The sync engine only sees these neutral records, never a vendor's format.
 */

import { EMPLOYEE_SYNC_FIELDS, EmployeeSyncField, EmployeeSyncRecord, SyncedStatus, SyncedWorkContext } from '@app/employees';

/** The fields and the record a connector syncs are the employees lib's (its port writes them). */
export const SYNC_FIELDS = EMPLOYEE_SYNC_FIELDS;
export type SyncField = EmployeeSyncField;
export type SourceStatus = SyncedStatus;
export type SourceWorkContext = SyncedWorkContext;
/** One employee as an HRIS knows it. Optional fields the source does not provide are left out of `fields`. */
export type SourceEmployee = EmployeeSyncRecord;

/** What one pull yields: the fields it provides, its records in batches, and the cursor to continue from. */
export interface HrisPull {
  readonly fields: readonly SyncField[];
  readonly batches: AsyncIterable<SourceEmployee[]>;
  /** External ids the source reports as deleted (incremental pulls); they are deactivated, never deleted. */
  deletedExternalIds?(): Promise<string[]> | string[];
  /** Read after all batches: where the next incremental pull starts. */
  nextCursor?(): string | null;
  /**
   * Identifies this pull's content and order (an uploaded file's digest). A run that follows a killed run with the
   * same key resumes after the rows that run committed; without a key a run starts over (still without duplicates).
   */
  readonly resumeKey?: string | null;
}

export interface PullContext {
  readonly connectorId: string;
  readonly batchSize: number;
  readonly signal?: AbortSignal;
}

/** An HR information system we pull people from. */
export interface HrisPort {
  readonly kind: 'HRIS';
  /** Everyone: people missing from a completed snapshot are deactivated. */
  fullSnapshot(ctx: PullContext): Promise<HrisPull>;
  /** Only what changed since `cursor`; absent when the source cannot tell. */
  changesSince?(cursor: string, ctx: PullContext): Promise<HrisPull>;
}

import type { MetricPeriod } from '@app/performance-metrics';

export type { MetricPeriod };

/** One value of one metric for one employee and period (periodStart: first day, yyyy-MM-dd). */
export interface SourceObservation {
  employeeExternalId: string;
  metricKey: string;
  period: MetricPeriod;
  periodStart: string;
  value: number;
  line?: number | null;
}

/** A performance system we pull metrics per employee and period from. */
export interface PerformancePort {
  readonly kind: 'PERFORMANCE';
  observations(ctx: PullContext & { since: string | null }): Promise<{ batches: AsyncIterable<SourceObservation[]>; nextCursor?(): string | null }>;
}

export type ConnectorPort = HrisPort | PerformancePort;
