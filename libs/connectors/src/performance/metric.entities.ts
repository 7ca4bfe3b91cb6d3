import { Check, Column, Entity, Index } from 'typeorm';
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

/** One value of one metric for one employee and one period (WEEK starts Monday, MONTH on the 1st). */
@Entity('metric_observation')
@Check(`"period" IN ('WEEK','MONTH')`)
@Index(['employeeId', 'metricId', 'period', 'periodStart'], { unique: true })
@Index(['metricId', 'periodStart'])
export class MetricObservation extends BaseEntity {
  @Column({ type: 'uuid' })
  employeeId: string;

  @Column({ type: 'uuid' })
  metricId: string;

  @Column({ type: 'text' })
  period: 'WEEK' | 'MONTH';

  @Column({ type: 'date' })
  periodStart: string;

  @Column({ type: 'double precision' })
  value: number;

  /** The connector that last wrote the value; null when HR entered it. */
  @Column({ type: 'uuid', nullable: true })
  sourceConnectorId: string | null;
}
