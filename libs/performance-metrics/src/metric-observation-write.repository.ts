import { Injectable } from '@nestjs/common';
import { GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { MetricPeriod } from './entities/metric-observation.entity';

/** One value a source reports, its employee and metric already found (ids). */
export interface ObservationValue {
  employeeId: string;
  metricId: string;
  period: MetricPeriod;
  /** yyyy-MM-dd, the period's first day. */
  periodStart: string;
  value: number;
}

/** What an upsert did (or, dry, would do) to the observations it was given. */
export interface ObservationUpsert {
  created: number;
  updated: number;
  unchanged: number;
}

const EXAMPLE: ObservationValue = { employeeId: SqlExample.ID, metricId: SqlExample.ID_2, period: 'MONTH', periodStart: '2026-01-01', value: 4.5 };

/**
 * The port through which a source (the performance connectors) writes metric_observation: only this lib writes it.
 * Set-based, in the caller's transaction.
 */
@Injectable()
export class MetricObservationWriteRepository {
  constructor(private readonly tx: TransactionHost) {}

  /**
   * Upserts the observations, keyed by (employee, metric, period, start), in one statement: a value that differs is
   * written with the connector as its source, an equal one is left alone (a repeat run changes nothing). Counts are of
   * what was there before the statement. Dry, nothing is written, only counted. One observation per key: the caller
   * reports duplicates first (two of one key fail the statement). A null connector writes values HR entered.
   */
  @GenerateSql({ params: [SqlExample.ID, [EXAMPLE], false] })
  async upsert(connectorId: string | null, observations: readonly ObservationValue[], dryRun: boolean): Promise<ObservationUpsert> {
    if (observations.length === 0) return { created: 0, updated: 0, unchanged: 0 };
    const [counts] = await this.tx.query<{ created: string; updated: string; unchanged: string }>(
      `WITH input AS (
         SELECT * FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::date[], $6::float8[]) AS i(employee_id, metric_id, period, period_start, value)
       ), written AS (
         INSERT INTO metric_observation (employee_id, metric_id, period, period_start, value, source_connector_id)
         SELECT employee_id, metric_id, period, period_start, value, $1 FROM input WHERE NOT $7::boolean
         ON CONFLICT (employee_id, metric_id, period, period_start)
         DO UPDATE SET value = excluded.value, source_connector_id = excluded.source_connector_id, updated_at = now()
         WHERE metric_observation.value IS DISTINCT FROM excluded.value
       )
       SELECT count(*) FILTER (WHERE o.id IS NULL) AS created, count(*) FILTER (WHERE o.value <> i.value) AS updated,
              count(*) FILTER (WHERE o.value = i.value) AS unchanged
       FROM input i LEFT JOIN metric_observation o ON o.employee_id = i.employee_id AND o.metric_id = i.metric_id
         AND o.period = i.period AND o.period_start = i.period_start`,
      [
        connectorId, observations.map((o) => o.employeeId), observations.map((o) => o.metricId), observations.map((o) => o.period),
        observations.map((o) => o.periodStart), observations.map((o) => o.value), dryRun,
      ],
    );
    return { created: Number(counts.created), updated: Number(counts.updated), unchanged: Number(counts.unchanged) };
  }
}
