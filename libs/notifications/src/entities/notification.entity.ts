import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@app/persistence';

/** An in-app notification in one person's inbox. */
@Entity('notification')
@Index(['recipientId', 'createdAt'])
@Index(['recipientId', 'eventKey'], { unique: true, where: '"event_key" IS NOT NULL' })
export class Notification extends BaseEntity {
  @Column({ type: 'uuid' })
  recipientId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text', nullable: true })
  link: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** The delivery that wrote it (unique: a retried delivery never writes twice). */
  @Index({ unique: true, where: '"delivery_id" IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  deliveryId: string | null;

  /** The workflow event that wrote it (e.g. `run-started:<runId>`): each event notifies each person once. */
  @Column({ type: 'text', nullable: true })
  eventKey: string | null;
}
