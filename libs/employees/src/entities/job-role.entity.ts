import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@app/persistence';

@Entity('job_role')
export class JobRole extends BaseEntity {
  @Index({ unique: true })
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}
