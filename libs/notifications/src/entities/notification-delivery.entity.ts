import { Check, Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@app/persistence';
import type { DeliveryErrorCode } from '../delivery/delivery-error';

export const DELIVERY_STATES = ['PENDING', 'SENT', 'FAILED', 'DEAD'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];
export type DeliveryKind = 'REMINDER' | 'DIGEST';

/**
 * One message to one recipient on one channel, and the job that sends it. The unique keys make
 * planning idempotent: a reminder point (or a weekly digest) is claimed at most once per
 * channel and recipient, however many planners and workers run.
 */
@Entity('notification_delivery')
@Index('UQ_notification_delivery_reminder', ['recordId', 'reminderPoint', 'channel', 'recipientId'], { unique: true, where: '"record_id" IS NOT NULL' })
@Index('UQ_notification_delivery_digest', ['reminderPoint', 'channel', 'recipientId'], { unique: true, where: '"record_id" IS NULL' })
@Index('IDX_notification_delivery_due', ['nextAttemptAt'], { where: `"state" IN ('PENDING','FAILED')` })
@Index('IDX_notification_delivery_dead', ['updatedAt'], { where: `"state" = 'DEAD'` })
@Check(`"state" IN ('PENDING','SENT','FAILED','DEAD')`)
@Check(`"kind" IN ('REMINDER','DIGEST')`)
@Check(`"last_error_code" IN ('RENDER_FAILED','CHANNEL_NOT_CONFIGURED','RECEIVER_REFUSED','UNREACHABLE')`)
export class NotificationDelivery extends BaseEntity {
  @Column({ type: 'text' })
  kind: DeliveryKind;

  /** The certification record reminded about; null for a digest. */
  @Column({ type: 'uuid', nullable: true })
  recordId: string | null;

  /** What is reminded and for which date, e.g. DAYS_BEFORE_30@2026-06-01 or DIGEST@2026-W23. */
  @Column({ type: 'text' })
  reminderPoint: string;

  /** EMAIL, IN_APP or WEBHOOK:<name>. */
  @Column({ type: 'text' })
  channel: string;

  @Index()
  @Column({ type: 'uuid' })
  recipientId: string;

  /** Facts the message is rendered from (certification, deadline, hours, payoff, digest items). */
  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ type: 'text', default: 'PENDING' })
  state: DeliveryState;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz' })
  nextAttemptAt: Date;

  /** Worker holding the job, until lockedUntil (a crashed worker's claim expires). */
  @Column({ type: 'text', nullable: true })
  lockedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  /** The last failed attempt's message, for people; its code and the receiver's status are the columns below. */
  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  /** Why the last attempt failed (see delivery-error.ts); null once sent. */
  @Column({ type: 'text', nullable: true })
  lastErrorCode: DeliveryErrorCode | null;

  /** The receiver's answer to the last failed attempt (HTTP status or SMTP reply code), when it gave one. */
  @Column({ type: 'int', nullable: true })
  lastErrorStatus: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
