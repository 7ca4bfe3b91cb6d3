import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@app/persistence';

/** HR's before-and-after guide for managers around one program or training. */
@Entity('playbook_template')
export class PlaybookTemplate extends BaseEntity {
  @Index({ unique: true })
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}
