import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@app/persistence';
import { JobRole } from '@app/employees';

/** The skill path of one job role (exactly one per role). Its three levels are created with it. */
@Entity('skill_path')
export class SkillPath extends BaseEntity {
  @Index({ unique: true })
  @Column({ type: 'uuid' })
  jobRoleId: string;

  @ManyToOne(() => JobRole, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'job_role_id' })
  jobRole?: JobRole;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}
