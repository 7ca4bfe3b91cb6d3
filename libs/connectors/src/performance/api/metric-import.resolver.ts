import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Viewer } from '@app/shared';
import { Allow, CurrentViewer } from '@app/auth';
import { RunConnectorSyncPayload } from '../../core/api/connector.types';
import { MetricImportService } from './metric-import.service';
import { ImportMetricsCsvInput } from './metric-import.input';

/** Metrics CSV uploads through a CSV_METRICS connector (definitions and observations live in @app/performance-metrics). */
@Resolver()
export class MetricImportResolver {
  constructor(private readonly service: MetricImportService) {}

  @Allow('HR_ADMIN')
  @Mutation(() => RunConnectorSyncPayload, { description: 'Imports a metrics CSV through a CSV_METRICS connector; errors are reported per line.' })
  async importMetricsCsv(@CurrentViewer() viewer: Viewer, @Args('input') input: ImportMetricsCsvInput): Promise<RunConnectorSyncPayload> {
    return this.service.importCsv(viewer, input);
  }
}
