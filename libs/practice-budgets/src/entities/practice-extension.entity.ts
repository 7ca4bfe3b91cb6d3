import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity, NUMERIC } from '@app/persistence';
import { Employee } from '@app/employees';
import { PracticeBudget } from './practice-budget.entity';
import type { ApprovalStatus } from './practice-budget.entity';

/** Extra hours on a budget; counts once approved the same way as the budget. */
@Entity('practice_extension')
@Check(`"extra_hours" > 0`)
@Check(`"status" IN ('PROPOSED','APPROVED','REJECTED')`)
export class PracticeExtension extends BaseEntity {
  @Index()
  @Column({ type: 'uuid' })
  budgetId: string;

  @ManyToOne(() => PracticeBudget, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'budget_id' })
  budget?: PracticeBudget;

  @Column({ type: 'numeric', precision: 7, scale: 2, transformer: NUMERIC })
  extraHours: number;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'uuid' })
  proposedById: string;

  @ManyToOne(() => Employee, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposed_by_id' })
  proposedBy?: Employee;

  @Column({ type: 'text', default: 'PROPOSED' })
  status: ApprovalStatus;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
