import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity, NUMERIC } from '@app/persistence';
import { Employee } from '@app/employees';

export const APPROVAL_STATUSES = ['PROPOSED', 'APPROVED', 'REJECTED'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

/**
 * Protected practice hours agreed up front for one employee and one skill (a path level, by the id
 * of skill-paths' path_level, or a free-text program) over a period. Proposed by a manager in the
 * employee's line, approved by the proposer's manager or HR before the period starts.
 */
@Entity('practice_budget')
@Index(['employeeId', 'periodStart'])
@Check(`("path_level_id" IS NULL) <> ("program" IS NULL)`)
@Check(`"hours" > 0`)
@Check(`"period_end" >= "period_start"`)
@Check(`"status" IN ('PROPOSED','APPROVED','REJECTED')`)
export class PracticeBudget extends BaseEntity {
  @Column({ type: 'uuid' })
  employeeId: string;

  @ManyToOne(() => Employee, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id' })
  employee?: Employee;

  @Column({ type: 'uuid' })
  proposedById: string;

  @ManyToOne(() => Employee, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposed_by_id' })
  proposedBy?: Employee;

  @Column({ type: 'uuid', nullable: true })
  pathLevelId: string | null;

  @Column({ type: 'text', nullable: true })
  program: string | null;

  @Column({ type: 'numeric', precision: 7, scale: 2, transformer: NUMERIC })
  hours: number;

  @Column({ type: 'date' })
  periodStart: string;

  @Column({ type: 'date' })
  periodEnd: string;

  @Column({ type: 'text', default: 'PROPOSED' })
  status: ApprovalStatus;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  decisionNote: string | null;
}
