import { Module } from '@nestjs/common';
import { MetricRepository } from './metric.repository';
import { MetricsService } from './metrics.service';
import { MetricsResolver } from './api/metrics.resolver';

/** Performance metric storage: definitions HR tracks and observations per employee and period. */
@Module({
  providers: [MetricRepository, MetricsService, MetricsResolver],
  exports: [MetricRepository, MetricsService],
})
export class PerformanceMetricsModule {}
