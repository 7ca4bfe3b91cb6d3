import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@app/persistence';

/** A record a sync could not apply (or a link it could not make), with the record it came from. */
@Entity('sync_error')
@Index(['runId'])
@Index(['connectorId', 'createdAt'])
export class SyncError extends BaseEntity {
  @Column({ type: 'uuid' })
  connectorId: string;

  /** The run; a refused SCIM push is a FAILED run of mode PUSH. Null only on rows written before pushes had runs. */
  @Column({ type: 'uuid', nullable: true })
  runId: string | null;

  @Column({ type: 'text', nullable: true })
  externalId: string | null;

  /** Line of the uploaded file, when the source is a file. */
  @Column({ type: 'int', nullable: true })
  line: number | null;

  @Column({ type: 'text', nullable: true })
  field: string | null;

  @Column({ type: 'text' })
  message: string;

  /** The refusal's stable code (EMPLOYEE_FAILURES, SYNC_FAILURES) when it is a business rule's, not a bad value. */
  @Column({ type: 'text', nullable: true })
  code: string | null;

  @Column({ type: 'jsonb', nullable: true })
  payload: Record<string, unknown> | null;
}
