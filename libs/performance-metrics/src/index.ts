export * from './entities/metric-definition.entity';
export * from './entities/metric-observation.entity';
export * from './metric.repository';
export * from './metric-observation-write.repository';
export * from './metrics.service';
export * from './performance-metrics.module';

import { MetricDefinition } from './entities/metric-definition.entity';
import { MetricObservation } from './entities/metric-observation.entity';

/** Every entity of this lib, for the app's entity list. */
export const PERFORMANCE_METRIC_ENTITIES = [MetricDefinition, MetricObservation];
export * from './metric-views.sql';
