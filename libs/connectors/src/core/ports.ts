/**
 * The ports a connector implements. The sync engine only sees these neutral records, never a vendor's format.
 */

export const SYNC_FIELDS = [
  'employeeNumber', 'firstName', 'lastName', 'email', 'department', 'jobTitle', 'location',
  'managerExternalId', 'status', 'workContext', 'hireDate',
] as const;
export type SyncField = (typeof SYNC_FIELDS)[number];

export type SourceStatus = 'ACTIVE' | 'ON_LEAVE' | 'TERMINATED';
export type SourceWorkContext = 'OFFICE' | 'REMOTE' | 'HYBRID' | 'FRONTLINE';

/** One employee as an HRIS knows it. Optional fields the source does not provide are left out of `fields`. */
export interface SourceEmployee {
  externalId: string;
  employeeNumber?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  department?: string | null;
  jobTitle?: string | null;
  location?: string | null;
  managerExternalId?: string | null;
  status?: SourceStatus | null;
  workContext?: SourceWorkContext | null;
  /** yyyy-MM-dd */
  hireDate?: string | null;
  /** Line of the uploaded file, for error reports. */
  line?: number | null;
}

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
