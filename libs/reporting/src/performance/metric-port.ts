import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@app/persistence';

/**
 * Read-only port onto performance metric storage. The tables (metric_definition,
 * metric_observation) are written by a connector (libs/connectors/performance); the core never
 * imports a connector, so reporting reads them by SQL name only. The storage belongs in a core lib.
 */
export const METRIC_DEFINITION_TABLE = 'metric_definition';
export const METRIC_OBSERVATION_TABLE = 'metric_observation';

export interface MetricInfo {
  id: string;
  key: string;
  name: string;
  unit: string | null;
  higherIsBetter: boolean;
}

@Injectable()
export class PerformanceMetricPort {
  constructor(private readonly tx: TransactionHost) {}

  async byKey(key: string): Promise<MetricInfo | null> {
    const rows = await this.tx.query<{ id: string; key: string; name: string; unit: string | null; higher_is_better: boolean }>(
      `SELECT id, key, name, unit, higher_is_better FROM ${METRIC_DEFINITION_TABLE} WHERE key = $1`,
      [key],
    );
    const r = rows[0];
    return r ? { id: r.id, key: r.key, name: r.name, unit: r.unit, higherIsBetter: r.higher_is_better } : null;
  }
}
