import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity, NUMERIC } from '@app/persistence';
import { Employee } from '@app/employees';
import { Certification } from '../entities/certification.entity';
import { CertificationRecord } from '../entities/certification-record.entity';

/**
 * One sitting of a certification's exam by one employee: the day, whether it passed, the score and what it
 * cost (the catalog cost stands in when none is recorded). At most one attempt per employee, certification and
 * day. A passed attempt is linked to the award it led to (`recordId`, see attempt-links.ts); a failed one never is.
 * Recording an award does not require an attempt.
 */
@Entity('certification_attempt')
@Index(['employeeId', 'certificationId', 'attemptedOn'], { unique: true })
@Index('IDX_certification_attempt_record', ['recordId'], { unique: true, where: '"record_id" IS NOT NULL' })
@Index(['attemptedOn'])
@Check(`"passed" OR "record_id" IS NULL`)
@Check(`"cost_amount" IS NULL OR "cost_amount" >= 0`)
@Check(`"score" IS NULL OR "score" >= 0`)
export class CertificationAttempt extends BaseEntity {
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
  attemptedOn: string;

  @Column({ type: 'boolean' })
  passed: boolean;

  @Column({ type: 'numeric', precision: 8, scale: 2, nullable: true, transformer: NUMERIC })
  score: number | null;

  /** What this attempt cost; null: the catalog cost applies. */
  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: NUMERIC })
  costAmount: number | null;

  @Column({ type: 'text', nullable: true })
  costCurrency: string | null;

  /** The award this passed attempt led to. */
  @Column({ type: 'uuid', nullable: true })
  recordId: string | null;

  @ManyToOne(() => CertificationRecord, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'record_id' })
  record?: CertificationRecord;

  /** Who recorded it: the employee (self-reported), a manager in their line, or HR. */
  @Column({ type: 'uuid' })
  recordedById: string;
}
