import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@app/persistence';

@Entity('location')
export class Location extends BaseEntity {
  @Index({ unique: true })
  @Column({ type: 'text' })
  name: string;

  /** IANA zone of the site, when it differs from the organization's. */
  @Column({ type: 'text', nullable: true })
  timeZone: string | null;
}
