import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@app/persistence';
import { Employee } from '@app/employees';
import { PracticeBudget } from './practice-budget.entity';

/** Time an employee spent practising, logged against an approved budget. */
@Entity('practice_session')
@Check(`"minutes" > 0`)
export class PracticeSession extends BaseEntity {
  @Index()
  @Column({ type: 'uuid' })
  budgetId: string;

  @ManyToOne(() => PracticeBudget, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'budget_id' })
  budget?: PracticeBudget;

  @Index()
  @Column({ type: 'uuid' })
  employeeId: string;

  @ManyToOne(() => Employee, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id' })
  employee?: Employee;

  @Column({ type: 'date' })
  practicedOn: string;

  @Column({ type: 'int' })
  minutes: number;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
