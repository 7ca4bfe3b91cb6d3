import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '@app/shared';
import { MetricDefinition } from '../../entities/metric-definition.entity';
import { ObservationRow } from '../../metric.repository';

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
