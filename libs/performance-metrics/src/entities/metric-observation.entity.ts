import { Check, Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@app/persistence';

export const METRIC_PERIODS = ['WEEK', 'MONTH'] as const;
export type MetricPeriod = (typeof METRIC_PERIODS)[number];

/**
 * One value of one metric for one employee and one period (WEEK starts Monday, MONTH on the 1st).
 * Written by the performance connectors (set-based, keyed by employee, metric, period and start).
 */
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
  period: MetricPeriod;

  @Column({ type: 'date' })
  periodStart: string;

  @Column({ type: 'double precision' })
  value: number;

  /** The connector that last wrote the value; null when HR entered it. */
  @Column({ type: 'uuid', nullable: true })
  sourceConnectorId: string | null;
}
