import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@app/persistence';

/**
 * A site people work at. Names are unique trimmed and ignoring case: the index on lower(btrim(name)) is written by
 * hand in the OrgNamesUniqueIgnoringCase migration (TypeORM cannot describe expression indexes).
 */
@Entity('location')
@Index('UQ_location_name_key', { synchronize: false })
export class Location extends BaseEntity {
  @Column({ type: 'text' })
  name: string;

  /** IANA zone of the site, when it differs from the organization's. */
  @Column({ type: 'text', nullable: true })
  timeZone: string | null;
}
