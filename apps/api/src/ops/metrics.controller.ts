import { createHash, timingSafeEqual } from 'node:crypto';
import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { AppConfig, Metrics, notFound, PoolStats, unauthenticated } from '@app/shared';
import { AuditService, Public } from '@app/auth';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * GET /metrics: Prometheus text format (requests, latency and errors per GraphQL operation, sync runs, jobs, the
 * database pool, process metrics). Off in production unless METRICS_ENABLED or METRICS_TOKEN is set (404); with
 * METRICS_TOKEN, a scrape without that bearer token is a 401, audited as UNAUTHENTICATED.
 */
@Controller()
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    dataSource: DataSource,
  ) {
    // TypeORM's postgres driver keeps its node-postgres pool as `master` once connected.
    metrics.observePool('main', () => (dataSource.driver as unknown as { master?: PoolStats }).master);
  }

  @Public()
  @Get('metrics')
  async scrape(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.config.metricsEnabled) throw notFound('Metrics');
    const token = this.config.METRICS_TOKEN;
    if (token) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
      if (!match || !timingSafeEqual(digest(match[1]), digest(token))) {
        await this.audit.recordRefusal(null, 'UNAUTHENTICATED', 'call', 'Operation', 'GET /metrics', { code: 'UNAUTHENTICATED', reason: match ? 'INVALID_TOKEN' : 'NO_TOKEN' });
        res.setHeader('www-authenticate', 'Bearer realm="metrics"');
        throw unauthenticated();
      }
    }
    const { contentType, body } = await this.metrics.scrape();
    res.setHeader('cache-control', 'no-store');
    res.type(contentType).send(body);
  }
}
