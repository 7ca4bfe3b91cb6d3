import type { StagedChange } from '@app/employees';
import { SyncField } from '../core/ports';

export interface SyncCounts {
  created: number;
  updated: number;
  unchanged: number;
  deactivated: number;
  reactivated: number;
  failed: number;
}

export const zeroCounts = (): SyncCounts => ({ created: 0, updated: 0, unchanged: 0, deactivated: 0, reactivated: 0, failed: 0 });

export function addCounts(into: SyncCounts, more: Partial<SyncCounts>): SyncCounts {
  for (const key of Object.keys(into) as (keyof SyncCounts)[]) into[key] += more[key] ?? 0;
  return into;
}

/** One change a run made (or, dry, would make). */
export type SyncDiffEntry = StagedChange;

/** Raw SQL on the current unit of work. */
export type Sql = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;

/** What a batch merge needs to know about the run. */
export interface MergeScope {
  connectorId: string;
  runId: string | null;
  /** Fields the source provides. */
  provided: ReadonlySet<SyncField>;
  /** Fields HR owns locally: filled on creation, never overwritten afterwards. */
  owned: ReadonlySet<SyncField>;
  /** HR let this connector link an employee it finds by email that no connector links (settings.linkExistingEmployees). */
  linkExisting: boolean;
  /** The merge still writes (its transaction is rolled back by the caller); only the diff is collected. */
  dryRun: boolean;
  /** Collect diff entries (dry runs) up to this many; 0 = none. */
  diffLimit: number;
  diff: SyncDiffEntry[];
}

/** A row the engine refused before staging (bad value), reported as a sync error. */
export interface RowProblem {
  externalId: string | null;
  line: number | null;
  field: string;
  message: string;
}
