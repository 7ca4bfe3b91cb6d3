import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '@app/shared';
import { MetricDefinition } from '../metric.entities';

export enum MetricPeriodEnum {
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(MetricPeriodEnum, { name: 'MetricPeriod', description: 'WEEK starts on Monday, MONTH on the 1st.' });

@ObjectType('MetricDefinition', { description: 'A performance metric HR tracks.' })
export class MetricDefinitionType {
  @Field(() => ID) id: string;
  @Field() key: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) unit: string | null;
  @Field() higherIsBetter: boolean;

  static from(m: Pick<MetricDefinition, 'id' | 'key' | 'name' | 'unit' | 'higherIsBetter'>): MetricDefinitionType {
    return Object.assign(new MetricDefinitionType(), { id: m.id, key: m.key, name: m.name, unit: m.unit, higherIsBetter: m.higherIsBetter });
  }
}

/** A row of metric_observation joined with its definition. */
export interface ObservationRow {
  id: string;
  employee_id: string;
  period: 'WEEK' | 'MONTH';
  period_start: string;
  value: number;
  source_connector_id: string | null;
  metric_id: string;
  metric_key: string;
  metric_name: string;
  metric_unit: string | null;
  metric_higher_is_better: boolean;
}

@ObjectType('MetricObservation', { description: 'The value of one metric for one employee and period.' })
export class MetricObservationType {
  @Field(() => ID) id: string;
  @Field(() => ID) employeeId: string;
  @Field(() => MetricDefinitionType) metric: MetricDefinitionType;
  @Field(() => MetricPeriodEnum) period: MetricPeriodEnum;
  @Field(() => LocalDateScalar) periodStart: string;
  @Field(() => Float) value: number;
  @Field(() => ID, { nullable: true, description: 'The connector that last wrote the value.' }) sourceConnectorId: string | null;

  static from(r: ObservationRow): MetricObservationType {
    return Object.assign(new MetricObservationType(), {
      id: r.id, employeeId: r.employee_id, period: r.period as MetricPeriodEnum, periodStart: r.period_start, value: Number(r.value), sourceConnectorId: r.source_connector_id,
      metric: MetricDefinitionType.from({ id: r.metric_id, key: r.metric_key, name: r.metric_name, unit: r.metric_unit, higherIsBetter: r.metric_higher_is_better }),
    });
  }
}
