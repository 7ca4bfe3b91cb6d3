import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@app/persistence';
import { Employee } from '@app/employees';
import { SkillPath } from './skill-path.entity';
import type { PathLevelName } from './path-level-name';

/**
 * An employee on a path: where they are (null = not yet baseline), where they aim and by when.
 * A target is set above the current level; reaching levels may later carry the current level past it.
 * Ending an assignment keeps it (with the date, who and why) as history; one active per employee and path.
 */
@Entity('path_assignment')
@Index(['employeeId', 'pathId'], { unique: true, where: '"ended_on" IS NULL' })
@Check(`"target_level" IN ('BASELINE','PROFICIENT','ADVANCED')`)
@Check(`"current_level" IS NULL OR "current_level" IN ('BASELINE','PROFICIENT','ADVANCED')`)
export class PathAssignment extends BaseEntity {
  @Column({ type: 'uuid' })
  employeeId: string;

  @ManyToOne(() => Employee, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id' })
  employee?: Employee;

  @Index()
  @Column({ type: 'uuid' })
  pathId: string;

  @ManyToOne(() => SkillPath, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'path_id' })
  path?: SkillPath;

  @Column({ type: 'text', nullable: true })
  currentLevel: PathLevelName | null;

  @Column({ type: 'text' })
  targetLevel: PathLevelName;

  @Column({ type: 'date', nullable: true })
  targetDate: string | null;

  @Column({ type: 'uuid', nullable: true })
  assignedById: string | null;

  /** The last day on the path; null while active. */
  @Column({ type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ type: 'text', nullable: true })
  endReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  endedById: string | null;
}
