import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@app/persistence';
import { Employee } from '@app/employees';
import { Certification } from './certification.entity';

/**
 * One award of a certification to one employee. Cycle dates are computed by computeCycle when the
 * record is written and stored; the status for a day is computed from them (see record-status.sql.ts).
 * A renewal is a new record (`renewsId`); the previous one gets `supersededById`. History is never rewritten.
 */
@Entity('certification_record')
/** At most one current (neither superseded nor revoked) record per employee and certification. */
@Index('IDX_certification_record_current', ['employeeId', 'certificationId'], { unique: true, where: '"superseded_by_id" IS NULL AND "revoked_at" IS NULL' })
export class CertificationRecord extends BaseEntity {
  @Index()
  @Column({ type: 'uuid' })
  employeeId: string;

  @ManyToOne(() => Employee, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id' })
  employee?: Employee;

  @Index()
  @Column({ type: 'uuid' })
  certificationId: string;

  @ManyToOne(() => Certification, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'certification_id' })
  certification?: Certification;

  @Column({ type: 'date' })
  earnedOn: string;

  @Index()
  @Column({ type: 'date', nullable: true })
  expiresOn: string | null;

  @Column({ type: 'date', nullable: true })
  windowOpensOn: string | null;

  @Column({ type: 'date', nullable: true })
  graceEndsOn: string | null;

  @Column({ type: 'date', nullable: true })
  extendedUntil: string | null;

  @Column({ type: 'text', nullable: true })
  extensionReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  extendedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  revokeReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  revokedBy: string | null;

  /** The record this one renews. */
  @Column({ type: 'uuid', nullable: true })
  renewsId: string | null;

  @Column({ type: 'uuid', nullable: true })
  supersededById: string | null;

  @Column({ type: 'text', nullable: true })
  credentialId: string | null;

  @Column({ type: 'text', nullable: true })
  credentialUrl: string | null;

  @Column({ type: 'text', nullable: true })
  evidenceUrl: string | null;
}
