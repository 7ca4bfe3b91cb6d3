import { Module } from '@nestjs/common';
import { MetricRepository } from './metric.repository';
import { MetricObservationWriteRepository } from './metric-observation-write.repository';
import { MetricsService } from './metrics.service';
import { MetricsResolver } from './api/metrics.resolver';

/** Performance metric storage: definitions HR tracks and observations per employee and period. */
@Module({
  providers: [MetricRepository, MetricObservationWriteRepository, MetricsService, MetricsResolver],
  exports: [MetricRepository, MetricObservationWriteRepository, MetricsService],
})
export class PerformanceMetricsModule {}
