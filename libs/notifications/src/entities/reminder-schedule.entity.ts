import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@app/persistence';

/** Days before the deadline reminded when a certification has no schedule of its own. */
export const DEFAULT_DAYS_BEFORE = [30, 7];

/** When a certification's holders are reminded of its renewal. None stored = the default schedule. */
@Entity('certification_reminder_schedule')
export class CertificationReminderSchedule extends BaseEntity {
  @Index({ unique: true })
  @Column({ type: 'uuid' })
  certificationId: string;

  /** Remind on the day the renewal window opens. */
  @Column({ type: 'boolean', default: true })
  onWindowOpen: boolean;

  /** Remind this many days before the (effective) deadline, e.g. {30,7}. */
  @Column({ type: 'int', array: true, default: () => "'{30,7}'" })
  daysBefore: number[];

  /** Remind on the deadline itself (the last valid day). */
  @Column({ type: 'boolean', default: true })
  onExpiry: boolean;

  /** Also send each reminder to the holder's direct manager. */
  @Column({ type: 'boolean', default: false })
  notifyManager: boolean;
}
