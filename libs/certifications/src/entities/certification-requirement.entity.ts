import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@app/persistence';
import { JobRole } from '@app/employees';
import { Certification } from './certification.entity';

export const REQUIREMENT_LEVELS = ['BASELINE', 'PROFICIENT', 'ADVANCED'] as const;
export type RequirementLevel = (typeof REQUIREMENT_LEVELS)[number];

/** A certification a job role needs at a path level: required (compliance) or recommended. */
@Entity('certification_requirement')
@Index(['jobRoleId', 'level', 'certificationId'], { unique: true })
@Check(`"level" IN ('BASELINE','PROFICIENT','ADVANCED')`)
export class CertificationRequirement extends BaseEntity {
  @Column({ type: 'uuid' })
  jobRoleId: string;

  @ManyToOne(() => JobRole, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_role_id' })
  jobRole?: JobRole;

  @Column({ type: 'text' })
  level: RequirementLevel;

  @Index()
  @Column({ type: 'uuid' })
  certificationId: string;

  @ManyToOne(() => Certification, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'certification_id' })
  certification?: Certification;

  @Column({ type: 'boolean', default: true })
  required: boolean;
}
