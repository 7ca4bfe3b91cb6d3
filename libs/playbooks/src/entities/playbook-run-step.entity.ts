import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@app/persistence';
import { PlaybookRun } from './playbook-run.entity';
import type { StepKind } from './playbook-template-step.entity';

/** A step of a run with its due date; completed with a note (and, for AFTER steps, an observed behaviour). */
@Entity('playbook_run_step')
@Index(['runId', 'position'], { unique: true })
@Index(['dueOn'], { where: '"completed_at" IS NULL' })
@Check(`"kind" IN ('BEFORE','AFTER','CUSTOM')`)
@Check(`"behaviour_id" IS NULL OR "kind" = 'AFTER'`)
export class PlaybookRunStep extends BaseEntity {
  @Column({ type: 'uuid' })
  runId: string;

  @ManyToOne(() => PlaybookRun, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id' })
  run?: PlaybookRun;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  kind: StepKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  guidance: string;

  @Column({ type: 'date' })
  dueOn: string;

  /** The template step's offset from the training date when the run started (null for runs started before it was kept). */
  @Column({ type: 'int', nullable: true })
  offsetDays: number | null;

  @Column({ type: 'date', nullable: true })
  completedOn: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  completedById: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Id of skill-paths' path_behaviour observed in this AFTER step. */
  @Column({ type: 'uuid', nullable: true })
  behaviourId: string | null;

  /** Id of the observation recorded through skill-paths, when that service is available. */
  @Column({ type: 'uuid', nullable: true })
  observationId: string | null;
}
