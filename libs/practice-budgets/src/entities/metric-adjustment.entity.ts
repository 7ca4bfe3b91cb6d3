import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity, NUMERIC } from '@app/persistence';
import { Employee } from '@app/employees';
import { PracticeBudget } from './practice-budget.entity';

/**
 * A target temporarily relaxed while someone practises (e.g. tickets handled -20% for a month).
 * Outcome reports exclude (employee, metric, starts_on..ends_on) from comparisons.
 */
@Entity('metric_adjustment')
@Index(['employeeId', 'metricKey', 'startsOn'])
@Check(`"ends_on" >= "starts_on"`)
@Check(`"change_percent" BETWEEN -100 AND 100`)
export class MetricAdjustment extends BaseEntity {
  @Column({ type: 'uuid' })
  employeeId: string;

  @ManyToOne(() => Employee, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id' })
  employee?: Employee;

  @Column({ type: 'text' })
  metricKey: string;

  @Column({ type: 'numeric', precision: 6, scale: 2, transformer: NUMERIC })
  changePercent: number;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  @Index()
  @Column({ type: 'uuid' })
  budgetId: string;

  @ManyToOne(() => PracticeBudget, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'budget_id' })
  budget?: PracticeBudget;

  @Column({ type: 'uuid' })
  createdById: string;
}
