import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Viewer } from '@app/shared';
import { Allow, CurrentViewer, SignedIn } from '@app/auth';
import { RunConnectorSyncPayload } from '../../core/api/connector.types';
import { MetricsService } from './metrics.service';
import { DefineMetricInput, EmployeeMetricsFilter, ImportMetricsCsvInput } from './metric.inputs';
import { MetricDefinitionType, MetricObservationType } from './metric.types';

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
    return (await this.service.observations(viewer, filter)).map(MetricObservationType.from);
  }

  @Allow('HR_ADMIN')
  @Mutation(() => MetricDefinitionType, { description: 'Creates or updates the metric with this key.' })
  async defineMetric(@CurrentViewer() viewer: Viewer, @Args('input') input: DefineMetricInput): Promise<MetricDefinitionType> {
    return MetricDefinitionType.from(await this.service.define(viewer, input));
  }

  @Allow('HR_ADMIN')
  @Mutation(() => RunConnectorSyncPayload, { description: 'Imports a metrics CSV through a CSV_METRICS connector; errors are reported per line.' })
  async importMetricsCsv(@CurrentViewer() viewer: Viewer, @Args('input') input: ImportMetricsCsvInput): Promise<RunConnectorSyncPayload> {
    return this.service.importCsv(viewer, input);
  }
}
