import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@app/persistence';

@Entity('department')
export class Department extends BaseEntity {
  @Index({ unique: true })
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;
}
