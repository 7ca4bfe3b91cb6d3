import { Check, Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@app/persistence';
import type { DurationUnit, ExpiryBase } from '../domain';

/** Catalog entry: what a certification is, its renewal policy, cost and what it pays off. */
@Entity('certification')
@Check(`"validity_unit" IS NULL OR "validity_unit" IN ('DAYS','MONTHS','YEARS')`)
@Check(`"renewal_window_unit" IS NULL OR "renewal_window_unit" IN ('DAYS','MONTHS')`)
@Check(`"min_active_unit" IS NULL OR "min_active_unit" IN ('DAYS','MONTHS','YEARS')`)
@Check(`"expiry_base" IN ('FROM_COMPLETION','FROM_EXPIRY','FIXED_CYCLE')`)
@Check(`"grace_period_days" >= 0`)
@Index('UQ_certification_name_key', { synchronize: false })
export class Certification extends BaseEntity {
  /** Unique trimmed and ignoring case (expression index written in the NamesUniqueIgnoringCase migration). */
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  issuer: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'int', nullable: true })
  validityAmount: number | null;

  /** null: never expires. */
  @Column({ type: 'text', nullable: true })
  validityUnit: DurationUnit | null;

  @Column({ type: 'int', nullable: true })
  renewalWindowAmount: number | null;

  @Column({ type: 'text', nullable: true })
  renewalWindowUnit: DurationUnit | null;

  @Column({ type: 'int', default: 0 })
  gracePeriodDays: number;

  @Column({ type: 'text', default: 'FROM_COMPLETION' })
  expiryBase: ExpiryBase;

  @Column({ type: 'int', nullable: true })
  anchorMonth: number | null;

  @Column({ type: 'int', nullable: true })
  anchorDay: number | null;

  @Column({ type: 'int', nullable: true })
  minActiveAmount: number | null;

  @Column({ type: 'text', nullable: true })
  minActiveUnit: DurationUnit | null;

  /** numeric(12,2): the driver returns a decimal string. */
  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true })
  costAmount: string | null;

  @Column({ type: 'text', nullable: true })
  costCurrency: string | null;

  @Column({ type: 'numeric', precision: 6, scale: 1, nullable: true })
  estimatedHours: string | null;

  @Column({ type: 'text', nullable: true })
  studyGuideUrl: string | null;

  @Column({ type: 'text', nullable: true })
  renewalRequirements: string | null;

  /** What earning or renewing pays off, in a few words. */
  @Column({ type: 'text', nullable: true })
  payoff: string | null;
}
