import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@app/persistence';
import { Employee } from '@app/employees';
import type { SnapshotSection } from '../domain/snapshot.model';

export const SNAPSHOT_KINDS = ['MONTHLY', 'ON_DEMAND'] as const;
export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number];

/**
 * A saved from–to snapshot of one path assignment on a day, as JSON. At most one MONTHLY row per
 * employee, assignment and month, and one ON_DEMAND row per employee, assignment and day (saving
 * again the same day replaces it). The assignment id is kept without a foreign key so history
 * survives an assignment being removed.
 */
@Entity('employee_snapshot')
@Index(['employeeId', 'takenOn'])
@Index('UQ_employee_snapshot_month', ['employeeId', 'assignmentId', 'periodMonth'], { unique: true, where: `"kind" = 'MONTHLY'` })
@Index('UQ_employee_snapshot_day', ['employeeId', 'assignmentId', 'takenOn'], { unique: true, where: `"kind" = 'ON_DEMAND'` })
@Check(`"kind" IN ('MONTHLY','ON_DEMAND')`)
@Check(`("kind" = 'MONTHLY') = ("period_month" IS NOT NULL)`)
export class EmployeeSnapshotRow extends BaseEntity {
  @Column({ type: 'uuid' })
  employeeId: string;

  @ManyToOne(() => Employee, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id' })
  employee?: Employee;

  @Column({ type: 'uuid' })
  assignmentId: string;

  @Column({ type: 'text' })
  kind: SnapshotKind;

  @Column({ type: 'date' })
  takenOn: string;

  /** First day of the month, for MONTHLY rows. */
  @Column({ type: 'date', nullable: true })
  periodMonth: string | null;

  @Column({ type: 'jsonb' })
  content: SnapshotSection;

  @Column({ type: 'uuid', nullable: true })
  takenById: string | null;
}
