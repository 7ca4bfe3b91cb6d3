import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@app/persistence';
import { Employee } from '@app/employees';
import { PathBehaviour } from './path-behaviour.entity';

/**
 * A behaviour observed for an employee. Recorded by a manager in their line or HR (counts at once),
 * or self-reported by the employee (counts only once a manager in their line confirmed it).
 */
@Entity('path_observation')
@Index(['employeeId', 'behaviourId'])
export class PathObservation extends BaseEntity {
  @Column({ type: 'uuid' })
  employeeId: string;

  @ManyToOne(() => Employee, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id' })
  employee?: Employee;

  @Index()
  @Column({ type: 'uuid' })
  behaviourId: string;

  @ManyToOne(() => PathBehaviour, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'behaviour_id' })
  behaviour?: PathBehaviour;

  @Column({ type: 'date' })
  observedOn: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'text', nullable: true })
  evidenceUrl: string | null;

  @Column({ type: 'boolean', default: false })
  selfReported: boolean;

  @Column({ type: 'uuid' })
  recordedById: string;

  @Column({ type: 'uuid', nullable: true })
  confirmedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;
}

/** SQL predicate: the observation counts towards a level (`o` is path_observation). */
export const COUNTED_OBSERVATION_SQL = '(o.self_reported = false OR o.confirmed_at IS NOT NULL)';
