import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@app/persistence';
import { Employee } from '@app/employees';
import { NUMERIC } from './numeric';
import { IncentiveRule } from './incentive-rule.entity';
import type { IncentiveKind } from './incentive-rule.entity';

export type AwardStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'SUSPENDED';

/**
 * One rule met by one employee, created by the set-based evaluation; unique per (rule, employee) so
 * it is created exactly once (a renewal of the certification does not pay again). `sourceId` is the
 * certification_record or level_achievement that first met the condition.
 */
@Entity('incentive_award')
@Index(['ruleId', 'employeeId'], { unique: true })
@Check(`"status" IN ('PENDING','APPROVED','REJECTED','SUSPENDED')`)
@Check(`"source_kind" IN ('CERTIFICATION_RECORD','LEVEL_ACHIEVEMENT')`)
export class IncentiveAward extends BaseEntity {
  @Column({ type: 'uuid' })
  ruleId: string;

  @ManyToOne(() => IncentiveRule, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rule_id' })
  rule?: IncentiveRule;

  @Index()
  @Column({ type: 'uuid' })
  employeeId: string;

  @ManyToOne(() => Employee, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id' })
  employee?: Employee;

  @Column({ type: 'text' })
  sourceKind: 'CERTIFICATION_RECORD' | 'LEVEL_ACHIEVEMENT';

  @Column({ type: 'uuid' })
  sourceId: string;

  @Column({ type: 'text' })
  kind: IncentiveKind;

  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: NUMERIC })
  amount: number | null;

  @Column({ type: 'text', nullable: true })
  currency: string | null;

  @Column({ type: 'date' })
  metOn: string;

  @Index()
  @Column({ type: 'text', default: 'PENDING' })
  status: AwardStatus;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  suspendedAt: Date | null;
}
