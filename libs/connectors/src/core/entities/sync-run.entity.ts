import { Check, Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@app/persistence';

export const SYNC_RUN_STATUSES = ['RUNNING', 'SUCCEEDED', 'FAILED', 'ABORTED'] as const;
export type SyncRunStatus = (typeof SYNC_RUN_STATUSES)[number];

/** One sync of one connector. At most one RUNNING run per connector (unique partial index). */
@Entity('sync_run')
@Check(`"status" IN ('RUNNING','SUCCEEDED','FAILED','ABORTED')`)
@Index('uq_sync_run_running', ['connectorId'], { unique: true, where: `"status" = 'RUNNING'` })
@Index(['connectorId', 'startedAt'])
export class SyncRun extends BaseEntity {
  @Column({ type: 'uuid' })
  connectorId: string;

  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** Refreshed after every batch; a RUNNING run whose heartbeat is stale was killed and may be taken over. */
  @Column({ type: 'timestamptz' })
  heartbeatAt: Date;

  @Column({ type: 'text' })
  status: SyncRunStatus;

  /** FULL (snapshot), INCREMENTAL (changes since cursor), UPLOAD (CSV), PUSH. */
  @Column({ type: 'text' })
  mode: string;

  @Column({ type: 'boolean', default: false })
  dryRun: boolean;

  /** The cursor the run started from, and the one it reached. */
  @Column({ type: 'text', nullable: true })
  cursor: string | null;

  @Column({ type: 'text', nullable: true })
  nextCursor: string | null;

  @Column({ type: 'int', default: 0 }) created: number;
  @Column({ type: 'int', default: 0 }) updated: number;
  @Column({ type: 'int', default: 0 }) unchanged: number;
  @Column({ type: 'int', default: 0 }) deactivated: number;
  @Column({ type: 'int', default: 0 }) reactivated: number;
  @Column({ type: 'int', default: 0 }) failed: number;

  @Column({ type: 'text', nullable: true })
  errorMessage: string | null;

  /** Source rows committed so far, counted from the start of the source (a resumed run starts at its predecessor's). */
  @Column({ type: 'int', default: 0 })
  checkpoint: number;

  /** The pull's resumeKey (an uploaded file's digest): a later run with the same key resumes this one if it was killed. */
  @Column({ type: 'text', nullable: true })
  resumeKey: string | null;

  /** The killed run this one resumed, after its checkpoint. */
  @Column({ type: 'uuid', nullable: true })
  resumedFrom: string | null;

  /** Dry runs: the changes that would have been made (capped). */
  @Column({ type: 'jsonb', nullable: true })
  diff: unknown[] | null;
}
