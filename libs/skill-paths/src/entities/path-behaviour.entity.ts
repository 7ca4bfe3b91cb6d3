import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@app/persistence';
import { PathLevel } from './path-level.entity';

/** An observable activity of a level and the output a manager expects to see from it. */
@Entity('path_behaviour')
@Index(['levelId', 'position'])
export class PathBehaviour extends BaseEntity {
  @Column({ type: 'uuid' })
  levelId: string;

  @ManyToOne(() => PathLevel, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'level_id' })
  level?: PathLevel;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  activity: string;

  @Column({ type: 'text' })
  expectedOutput: string;
}
