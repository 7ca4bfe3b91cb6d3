import { Check, Column, Entity, Index } from 'typeorm';
import { BaseEntity, NUMERIC } from '@app/persistence';

/** HR's default practice hours for a path level (id of skill-paths' path_level) or a free-text program. */
@Entity('practice_budget_default')
@Index(['pathLevelId'], { unique: true, where: '"path_level_id" IS NOT NULL' })
@Index(['programKey'], { unique: true, where: '"program_key" IS NOT NULL' })
@Check(`("path_level_id" IS NULL) <> ("program" IS NULL)`)
@Check(`"hours" > 0`)
export class PracticeBudgetDefault extends BaseEntity {
  @Column({ type: 'uuid', nullable: true })
  pathLevelId: string | null;

  @Column({ type: 'text', nullable: true })
  program: string | null;

  /** lower(trim(program)): one default per program whatever the spelling. */
  @Column({ type: 'text', nullable: true })
  programKey: string | null;

  @Column({ type: 'numeric', precision: 7, scale: 2, transformer: NUMERIC })
  hours: number;
}
