import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditOutcome, RefusalDetail } from './audit-outcome';

/**
 * Who acted: a signed-in EMPLOYEE (actorId is the employee), a CONNECTOR pushing data such as SCIM (actorId is
 * the connector), SYSTEM background work, or an ANONYMOUS caller whose access was denied.
 */
export const AUDIT_ACTOR_KINDS = ['EMPLOYEE', 'CONNECTOR', 'SYSTEM', 'ANONYMOUS'] as const;
export type AuditActorKind = (typeof AUDIT_ACTOR_KINDS)[number];

/** One mutation or refused call: who, what, when, before and after (or why it was refused). Append-only. */
@Entity('audit_entry')
@Index(['entityType', 'entityId'])
export class AuditEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'text' })
  actorKind: AuditActorKind;

  /** The employee (EMPLOYEE) or the connector (CONNECTOR) that acted. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'text', nullable: true })
  actorSubject: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text' })
  entityType: string;

  @Column({ type: 'text', nullable: true })
  entityId: string | null;

  /** OK for a change that happened, else why the call was refused (see AUDIT_OUTCOMES). */
  @Column({ type: 'text' })
  outcome: AuditOutcome;

  @Column({ type: 'jsonb', nullable: true })
  before: object | null;

  @Column({ type: 'jsonb', nullable: true })
  after: object | null;

  @Column({ type: 'text', nullable: true })
  requestId: string | null;

  /** For a refusal: the error code and field, or the error result and its reason, and the ids the call named. */
  @Column({ type: 'jsonb', nullable: true })
  detail: RefusalDetail | null;
}
