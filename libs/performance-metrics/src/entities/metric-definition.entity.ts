import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@app/persistence';

/** A performance metric HR tracks (CSAT, tickets handled, error rate…). */
@Entity('metric_definition')
export class MetricDefinition extends BaseEntity {
  @Index({ unique: true })
  @Column({ type: 'text' })
  key: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  unit: string | null;

  @Column({ type: 'boolean', default: true })
  higherIsBetter: boolean;
}
