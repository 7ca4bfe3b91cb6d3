import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppError } from '@app/shared';
import { TransactionHost } from '@app/persistence';
import { ConnectorDefinition, ConnectorRegistry } from '../../core/registry';
import { PerformancePort, SourceObservation } from '../../core/ports';
import { Sql } from '../../sync/sync-types';
import { resolveEmployeeKeys } from './employee-keys';
import { readRestMetricsSettings } from './rest-metrics-settings';
import { RestMetricsPort } from './rest-metrics-port';

export const REST_METRICS_KIND = 'REST_METRICS';
export const CSV_METRICS_KIND = 'CSV_METRICS';

/** An uploaded metrics file waiting for its run: batches of observations (employee keys not yet resolved). */
export type MetricUpload = (batchSize: number) => AsyncIterable<SourceObservation[]>;

/**
 * Registers REST_METRICS (a pull) and CSV_METRICS (an upload handed over for one run) at module init. A CSV_METRICS
 * connector run without an upload fails with BAD_USER_INPUT.
 */
@Injectable()
export class MetricConnectors implements OnModuleInit {
  private readonly uploads = new Map<string, MetricUpload>();

  constructor(
    private readonly registry: ConnectorRegistry,
    private readonly tx: TransactionHost,
  ) {}

  onModuleInit(): void {
    // Settings are checked as saved once HR has started setting it up (an address or a field map); a new empty one waits for them.
    this.registry.register(REST_METRICS_KIND, (d) => this.restPort(d), (settings) => {
      if (settings.url !== undefined || settings.fieldMap !== undefined) readRestMetricsSettings(settings);
    });
    this.registry.register(CSV_METRICS_KIND, (d) => this.csvPort(d));
  }

  /** Hands an upload to the next run of the connector (the runner builds the port once, when the run starts). */
  stage(connectorId: string, upload: MetricUpload): void {
    this.uploads.set(connectorId, upload);
  }

  unstage(connectorId: string): void {
    this.uploads.delete(connectorId);
  }

  private readonly sql: Sql = (text, params) => this.tx.query(text, params);

  private restPort(definition: ConnectorDefinition): PerformancePort {
    return new RestMetricsPort(readRestMetricsSettings(definition.settings), definition.secrets.authHeader ?? null, this.sql);
  }

  private csvPort(definition: ConnectorDefinition): PerformancePort {
    const upload = this.uploads.get(definition.id);
    if (!upload) throw new AppError('BAD_USER_INPUT', 'A CSV_METRICS connector runs on an uploaded file; use importMetricsCsv', 'id');
    this.uploads.delete(definition.id);
    const hris = typeof definition.settings.hrisConnectorId === 'string' ? definition.settings.hrisConnectorId : null;
    const sql = this.sql;
    return {
      kind: 'PERFORMANCE',
      observations: async (ctx) => ({
        batches: (async function* () {
          for await (const batch of upload(ctx.batchSize)) yield resolveEmployeeKeys(sql, batch, hris);
        })(),
      }),
    };
  }
}
