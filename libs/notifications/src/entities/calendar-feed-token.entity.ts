import { Check, Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@app/persistence';

export type CalendarFeedScope = 'SELF' | 'TEAM';

/** A private calendar feed URL; only the token's SHA-256 is stored. */
@Entity('calendar_feed_token')
@Check(`"scope" IN ('SELF','TEAM')`)
export class CalendarFeedToken extends BaseEntity {
  @Index()
  @Column({ type: 'uuid' })
  employeeId: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'text', default: 'SELF' })
  scope: CalendarFeedScope;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
