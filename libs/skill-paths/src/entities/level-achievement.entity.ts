import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@app/persistence';
import { Employee } from '@app/employees';
import { SkillPath } from './skill-path.entity';
import type { PathLevelName } from './path-level-name';

/** The day an employee reached a level of a path (time to competency starts from here). */
@Entity('level_achievement')
@Index(['employeeId', 'pathId', 'level'], { unique: true })
@Check(`"level" IN ('BASELINE','PROFICIENT','ADVANCED')`)
export class LevelAchievement extends BaseEntity {
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

  @Column({ type: 'text' })
  level: PathLevelName;

  @Column({ type: 'date' })
  reachedOn: string;
}
