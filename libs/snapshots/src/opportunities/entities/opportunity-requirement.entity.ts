import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@app/persistence';
import { PathLevel } from '@app/skill-paths';
import { Certification } from '@app/certifications';
import { Opportunity } from './opportunity.entity';

/** One thing an opportunity requires: a path level reached (or above) or a certification held. */
@Entity('opportunity_requirement')
@Index(['opportunityId', 'pathLevelId'], { unique: true, where: '"path_level_id" IS NOT NULL' })
@Index(['opportunityId', 'certificationId'], { unique: true, where: '"certification_id" IS NOT NULL' })
@Check(`("path_level_id" IS NULL) <> ("certification_id" IS NULL)`)
export class OpportunityRequirement extends BaseEntity {
  @Index()
  @Column({ type: 'uuid' })
  opportunityId: string;

  @ManyToOne(() => Opportunity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'opportunity_id' })
  opportunity?: Opportunity;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  pathLevelId: string | null;

  @ManyToOne(() => PathLevel, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'path_level_id' })
  pathLevel?: PathLevel;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  certificationId: string | null;

  @ManyToOne(() => Certification, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'certification_id' })
  certification?: Certification;
}
