import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@app/persistence';
import { Employee } from '@app/employees';
import { PlaybookTemplate } from './playbook-template.entity';

export type RunStatus = 'OPEN' | 'COMPLETED';

/**
 * A manager running a template for one employee around one training. `managerId` is who owns the
 * open steps; it follows the employee's manager when that changes.
 */
@Entity('playbook_run')
@Index(['employeeId', 'status'])
@Check(`"status" IN ('OPEN','COMPLETED')`)
export class PlaybookRun extends BaseEntity {
  @Column({ type: 'uuid' })
  templateId: string;

  @ManyToOne(() => PlaybookTemplate, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_id' })
  template?: PlaybookTemplate;

  @Column({ type: 'uuid' })
  employeeId: string;

  @ManyToOne(() => Employee, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id' })
  employee?: Employee;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  managerId: string | null;

  @ManyToOne(() => Employee, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'manager_id' })
  manager?: Employee;

  @Column({ type: 'uuid' })
  startedById: string;

  @Column({ type: 'text' })
  trainingName: string;

  @Column({ type: 'date' })
  trainingDate: string;

  /** Id of skill-paths' path_level the training targets, if any. */
  @Column({ type: 'uuid', nullable: true })
  pathLevelId: string | null;

  /** Id of certifications' certification the training prepares, if any. */
  @Column({ type: 'uuid', nullable: true })
  certificationId: string | null;

  @Column({ type: 'text', default: 'OPEN' })
  status: RunStatus;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
