import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@app/persistence';

/**
 * A job role. Names are unique trimmed and ignoring case: the index on lower(trim(name)) is written
 * by hand in the JobRoleLifecycle migration (TypeORM cannot describe expression indexes).
 * A retired role keeps its people, path and history but gets no new paths or assignments.
 */
@Entity('job_role')
@Index('UQ_job_role_name_key', { synchronize: false })
export class JobRole extends BaseEntity {
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  retiredAt: Date | null;
}
