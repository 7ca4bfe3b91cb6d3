import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@app/persistence';
import { Certification } from '@app/certifications';
import { PathLevel } from '@app/skill-paths';
import { NUMERIC } from './numeric';

export const INCENTIVE_KINDS = ['PAY_STEP', 'BONUS', 'RECOGNITION', 'ELIGIBILITY'] as const;
export type IncentiveKind = (typeof INCENTIVE_KINDS)[number];
export type LapsePolicy = 'KEEP' | 'SUSPEND';
/** Whether a money amount is paid once (a bonus) or every pay period from then on (a pay step). */
export const AMOUNT_RECURRENCES = ['ONE_OFF', 'RECURRING'] as const;
export type AmountRecurrence = (typeof AMOUNT_RECURRENCES)[number];

/**
 * What earning a certification or reaching a path level pays off. PAY_STEP and BONUS carry money:
 * amount = base × value weight × demand weight (stored when the rule is written). ELIGIBILITY opens
 * a project, internal gig or community of practice (`opportunity`). `onLapse` says what happens to
 * an approved pay step when the certification lapses (expired past grace, or revoked). An inactive
 * rule creates no new awards; the awards it made stay.
 */
@Entity('incentive_rule')
@Check(`"kind" IN ('PAY_STEP','BONUS','RECOGNITION','ELIGIBILITY')`)
@Check(`"on_lapse" IN ('KEEP','SUSPEND')`)
@Check(`("certification_id" IS NULL) <> ("path_level_id" IS NULL)`)
@Check(`"kind" NOT IN ('PAY_STEP','BONUS') OR ("amount" IS NOT NULL AND "currency" IS NOT NULL)`)
@Check(`("amount_recurrence" IS NULL) = ("kind" NOT IN ('PAY_STEP','BONUS')) AND ("amount_recurrence" IS NULL OR "amount_recurrence" IN ('ONE_OFF','RECURRING'))`)
@Index('UQ_incentive_rule_name_key', { synchronize: false })
export class IncentiveRule extends BaseEntity {
  /** Unique trimmed and ignoring case (expression index written in the migration). */
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: IncentiveKind;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  certificationId: string | null;

  @ManyToOne(() => Certification, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'certification_id' })
  certification?: Certification;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  pathLevelId: string | null;

  @ManyToOne(() => PathLevel, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'path_level_id' })
  pathLevel?: PathLevel;

  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: NUMERIC })
  baseAmount: number | null;

  @Column({ type: 'numeric', precision: 6, scale: 3, default: 1, transformer: NUMERIC })
  valueWeight: number;

  @Column({ type: 'numeric', precision: 6, scale: 3, default: 1, transformer: NUMERIC })
  demandWeight: number;

  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: NUMERIC })
  amount: number | null;

  @Column({ type: 'text', nullable: true })
  currency: string | null;

  /** PAY_STEP and BONUS: paid once or every pay period; null for kinds without money. */
  @Column({ type: 'text', nullable: true })
  amountRecurrence: AmountRecurrence | null;

  /** ELIGIBILITY / RECOGNITION: what it opens or says (e.g. "Data guild", "Pricing project"). */
  @Column({ type: 'text', nullable: true })
  opportunity: string | null;

  @Column({ type: 'text', default: 'KEEP' })
  onLapse: LapsePolicy;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}
