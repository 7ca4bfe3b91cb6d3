import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { BaseEntity } from '@app/persistence';
import { ProgramCharter } from './program-charter.entity';

export const PROGRAM_GOAL_KINDS = ['COMPLETION', 'PASS_RATE', 'BEHAVIOUR', 'BUSINESS_METRIC'] as const;
export type ProgramGoalKind = (typeof PROGRAM_GOAL_KINDS)[number];

/**
 * One goal of a program. COMPLETION / PASS_RATE / BEHAVIOUR: `targetPercent` (0..100) of the
 * cohort, within `withinDays` of the start. BUSINESS_METRIC: `metricKey` should change by
 * `targetPercent` (e.g. -20) comparing the `windowMonths` before the start with the ones after.
 */
@Entity('program_goal')
@Index(['programId', 'position'], { unique: true })
@Check(`"kind" IN ('COMPLETION','PASS_RATE','BEHAVIOUR','BUSINESS_METRIC')`)
export class ProgramGoal extends BaseEntity {
  @Column({ type: 'uuid' })
  programId: string;

  @ManyToOne(() => ProgramCharter, (p) => p.goals, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  // Relation<>: no design-time type reference, so the two entities may load in either order (SWC emits metadata eagerly).
  program?: Relation<ProgramCharter>;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  kind: ProgramGoalKind;

  @Column({ type: 'float8' })
  targetPercent: number;

  @Column({ type: 'int', nullable: true })
  withinDays: number | null;

  @Column({ type: 'text', nullable: true })
  metricKey: string | null;

  @Column({ type: 'int', nullable: true })
  windowMonths: number | null;
}
