import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@app/persistence';
import { PathLevel } from './path-level.entity';
import type { ResourceKind } from './path-level-name';

/** A course, article, video… tagged to a level; `startHere` = "start here if you are at this level". */
@Entity('learning_resource')
@Index(['levelId', 'position'])
@Check(`"kind" IN ('COURSE','ARTICLE','VIDEO','PRACTICE','MENTORING','BOOK','OTHER')`)
@Check(`"estimated_minutes" IS NULL OR "estimated_minutes" > 0`)
export class LearningResource extends BaseEntity {
  @Column({ type: 'uuid' })
  levelId: string;

  @ManyToOne(() => PathLevel, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'level_id' })
  level?: PathLevel;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  url: string;

  @Column({ type: 'text' })
  kind: ResourceKind;

  @Column({ type: 'int', nullable: true })
  estimatedMinutes: number | null;

  @Column({ type: 'boolean', default: false })
  startHere: boolean;
}
