import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@app/persistence';
import { Employee } from '@app/employees';
import { PlaybookTemplate } from './playbook-template.entity';

export type RunStatus = 'OPEN' | 'COMPLETED' | 'CANCELLED';

/**
 * A manager running a template for one employee around one training. `managerId` is who owns the
 * open steps; it follows the employee's manager when that changes. A cancelled run stays visible
 * (with who cancelled it, when and why); its open steps are no longer due.
 */
@Entity('playbook_run')
@Index(['employeeId', 'status'])
@Check(`"status" IN ('OPEN','COMPLETED','CANCELLED')`)
@Check(`("status" = 'CANCELLED') = ("cancelled_at" IS NOT NULL)`)
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

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  cancelledById: string | null;

  @Column({ type: 'text', nullable: true })
  cancelReason: string | null;
}
