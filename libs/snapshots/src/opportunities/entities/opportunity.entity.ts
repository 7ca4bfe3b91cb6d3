import { Check, Column, Entity } from 'typeorm';
import { BaseEntity } from '@app/persistence';

export const OPPORTUNITY_KINDS = ['PROJECT', 'INTERNAL_GIG', 'COMMUNITY_OF_PRACTICE'] as const;
export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number];

/** A project, internal gig or community of practice that new skills open; HR defines it and what it requires. */
@Entity('opportunity')
@Check(`"kind" IN ('PROJECT','INTERNAL_GIG','COMMUNITY_OF_PRACTICE')`)
export class Opportunity extends BaseEntity {
  @Column({ type: 'text' })
  kind: OpportunityKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'uuid' })
  createdById: string;
}
