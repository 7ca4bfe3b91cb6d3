import { Check, Column, Entity, OneToMany } from 'typeorm';
import { BaseEntity } from '@app/persistence';
import { ProgramGoal } from './program-goal.entity';

export const PROGRAM_SUBJECT_KINDS = ['PATH_LEVEL', 'CERTIFICATION', 'TRAINING'] as const;
export type ProgramSubjectKind = (typeof PROGRAM_SUBJECT_KINDS)[number];

/**
 * A program HR runs and judges by its goals. The subject is exactly one of a path level
 * (skill-paths' path_level id), a certification, or a training (free-text name, optionally with a
 * playbook template). The cohort is a list of employees or a department / job role filter
 * (resolved when progress is asked for). HR may change its name, start, cohort and goals, never its subject; an
 * archived program is left out of lists unless asked for, and cannot change any more.
 */
@Entity('program_charter')
@Check(`"subject_kind" IN ('PATH_LEVEL','CERTIFICATION','TRAINING')`)
@Check(`(("path_level_id" IS NOT NULL)::int + ("certification_id" IS NOT NULL)::int + ("training_name" IS NOT NULL)::int) = 1`)
export class ProgramCharter extends BaseEntity {
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  subjectKind: ProgramSubjectKind;

  @Column({ type: 'uuid', nullable: true })
  pathLevelId: string | null;

  @Column({ type: 'uuid', nullable: true })
  certificationId: string | null;

  @Column({ type: 'text', nullable: true })
  trainingName: string | null;

  @Column({ type: 'uuid', nullable: true })
  playbookTemplateId: string | null;

  @Column({ type: 'date' })
  startsOn: string;

  /** Explicit cohort; null when the cohort is the department / job role filter. */
  @Column({ type: 'uuid', array: true, nullable: true })
  cohortEmployeeIds: string[] | null;

  @Column({ type: 'uuid', nullable: true })
  cohortDepartmentId: string | null;

  @Column({ type: 'uuid', nullable: true })
  cohortJobRoleId: string | null;

  @Column({ type: 'uuid' })
  createdById: string;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  archivedById: string | null;

  @OneToMany(() => ProgramGoal, (g) => g.program)
  goals?: ProgramGoal[];
}
