import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@app/persistence';

export const CHANNELS = ['EMAIL', 'IN_APP', 'WEBHOOK'] as const;
export type ChannelName = (typeof CHANNELS)[number];
/** Channels of someone who never set preferences. */
export const DEFAULT_CHANNELS: ChannelName[] = ['EMAIL', 'IN_APP'];

/** How one person wants to be notified. None stored = the defaults. */
@Entity('notification_preference')
export class NotificationPreference extends BaseEntity {
  @Index({ unique: true })
  @Column({ type: 'uuid' })
  employeeId: string;

  @Column({ type: 'text', array: true })
  channels: ChannelName[];

  /** Only the weekly digest, no individual reminders. */
  @Column({ type: 'boolean', default: false })
  quietDigest: boolean;
}
