import { Injectable } from '@nestjs/common';
import { GenerateSql, SkipGenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { MetricDefinition } from './entities/metric-definition.entity';
import { MetricPeriod } from './entities/metric-observation.entity';

/** A row of metric_observation joined with its definition. */
export interface ObservationRow {
  id: string;
  employee_id: string;
  period: MetricPeriod;
  period_start: string;
  value: number;
  source_connector_id: string | null;
  metric_id: string;
  metric_key: string;
  metric_name: string;
  metric_unit: string | null;
  metric_higher_is_better: boolean;
}

export interface ObservationQuery {
  employeeId: string;
  metricKey?: string | null;
  period?: MetricPeriod | null;
  first: number;
}

/** Every query on metric_definition and metric_observation but the sources' upsert (MetricObservationWriteRepository). */
@Injectable()
export class MetricRepository {
  constructor(private readonly tx: TransactionHost) {}

  @GenerateSql({ params: ['revenue'] })
  byKey(key: string): Promise<MetricDefinition | null> {
    return this.tx.manager.findOne(MetricDefinition, { where: { key } });
  }

  @GenerateSql({ params: [] })
  definitions(): Promise<MetricDefinition[]> {
    return this.tx.manager.find(MetricDefinition, { order: { key: 'ASC' } });
  }

  @GenerateSql({ params: [Object.assign(new MetricDefinition(), { key: 'revenue', name: 'Revenue', unit: 'EUR', higherIsBetter: true })] })
  save(definition: MetricDefinition): Promise<MetricDefinition> {
    return this.tx.manager.save(MetricDefinition, definition);
  }

  @SkipGenerateSql('builds an entity in memory, runs no SQL')
  create(values: Partial<MetricDefinition>): MetricDefinition {
    return this.tx.manager.create(MetricDefinition, values);
  }

  /** One employee's values, newest period first. */
  @GenerateSql({ name: 'all', params: [{ employeeId: SqlExample.ID, first: 20 }] }, { name: 'one metric and period', params: [{ employeeId: SqlExample.ID, metricKey: 'revenue', period: 'MONTH', first: 20 }] })
  observations(q: ObservationQuery): Promise<ObservationRow[]> {
    return this.tx.query<ObservationRow>(
      `SELECT o.id, o.employee_id, o.period, to_char(o.period_start, 'YYYY-MM-DD') AS period_start, o.value, o.source_connector_id,
              m.id AS metric_id, m.key AS metric_key, m.name AS metric_name, m.unit AS metric_unit, m.higher_is_better AS metric_higher_is_better
       FROM metric_observation o JOIN metric_definition m ON m.id = o.metric_id
       WHERE o.employee_id = $1 AND ($2::text IS NULL OR m.key = $2) AND ($3::text IS NULL OR o.period = $3)
       ORDER BY o.period_start DESC, m.key, o.period LIMIT $4`,
      [q.employeeId, q.metricKey ?? null, q.period ?? null, q.first],
    );
  }
}
