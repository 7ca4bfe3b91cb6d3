import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Viewer } from '@app/shared';
import { Allow, CurrentViewer, SignedIn } from '@app/auth';
import { MetricsService } from '../metrics.service';
import { DefineMetricInput, EmployeeMetricsFilter } from './inputs/metric.inputs';
import { MetricDefinitionType, MetricObservationType } from './types/metric.types';

@Resolver(() => MetricDefinitionType)
export class MetricsResolver {
  constructor(private readonly service: MetricsService) {}

  @SignedIn()
  @Query(() => [MetricDefinitionType], { description: 'The performance metrics HR tracks, by key.' })
  async metricDefinitions(@CurrentViewer() viewer: Viewer): Promise<MetricDefinitionType[]> {
    return (await this.service.definitions(viewer)).map(MetricDefinitionType.from);
  }

  @SignedIn()
  @Query(() => [MetricObservationType], { description: 'Metric values of one employee, newest period first (NOT_FOUND when not visible).' })
  async employeeMetrics(@CurrentViewer() viewer: Viewer, @Args('filter') filter: EmployeeMetricsFilter): Promise<MetricObservationType[]> {
    return (await this.service.observations(viewer, { ...filter, first: filter.first ?? 200 })).map(MetricObservationType.from);
  }

  @Allow('HR_ADMIN')
  @Mutation(() => MetricDefinitionType, { description: 'Creates or updates the metric with this key.' })
  async defineMetric(@CurrentViewer() viewer: Viewer, @Args('input') input: DefineMetricInput): Promise<MetricDefinitionType> {
    return MetricDefinitionType.from(await this.service.define(viewer, input));
  }
}
