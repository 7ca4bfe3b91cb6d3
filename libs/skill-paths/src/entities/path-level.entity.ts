import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@app/persistence';
import { SkillPath } from './skill-path.entity';
import type { PathLevelName } from './path-level-name';

/**
 * One of a path's three levels. The unique (path, level) index and the check tying each level to
 * its rank mean a path can never hold more than BASELINE(1), PROFICIENT(2), ADVANCED(3); the
 * service creates all three in the transaction that creates the path and never deletes one.
 */
@Entity('path_level')
@Index(['pathId', 'level'], { unique: true })
@Check(`("level" = 'BASELINE' AND "rank" = 1) OR ("level" = 'PROFICIENT' AND "rank" = 2) OR ("level" = 'ADVANCED' AND "rank" = 3)`)
@Check(`"min_observations_per_behaviour" >= 1`)
export class PathLevel extends BaseEntity {
  @Column({ type: 'uuid' })
  pathId: string;

  @ManyToOne(() => SkillPath, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'path_id' })
  path?: SkillPath;

  @Column({ type: 'text' })
  level: PathLevelName;

  @Column({ type: 'int' })
  rank: number;

  @Column({ type: 'text', default: '' })
  summary: string;

  @Column({ type: 'int', default: 1 })
  minObservationsPerBehaviour: number;
}
