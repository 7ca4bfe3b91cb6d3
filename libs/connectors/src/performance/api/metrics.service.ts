import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { badInput, notFound, Viewer } from '@app/shared';
import { AccessScope, AuditService } from '@app/auth';
import { TransactionHost } from '@app/persistence';
import { ConnectorRepository } from '../../core/connector.repository';
import { SyncRunner } from '../../core/sync-runner';
import { RunConnectorSyncPayload } from '../../core/api/connector.types';
import { readCsvRecords } from '../../csv/parse';
import { MetricDefinition } from '../metric.entities';
import { CSV_METRICS_KIND, MetricConnectors } from '../connectors/metric-connectors';
import { metricCsvBatches, MetricColumn, metricColumns } from '../connectors/csv-metrics';
import { DefineMetricInput, EmployeeMetricsFilter, ImportMetricsCsvInput } from './metric.inputs';
import { ObservationRow } from './metric.types';

const audited = (m: MetricDefinition) => ({ key: m.key, name: m.name, unit: m.unit, higherIsBetter: m.higherIsBetter });

/** Metric definitions, observations per employee (scoped like other employee data), and metrics CSV uploads. */
@Injectable()
export class MetricsService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly audit: AuditService,
    private readonly access: AccessScope,
    private readonly connectors: ConnectorRepository,
    private readonly runner: SyncRunner,
    private readonly metricConnectors: MetricConnectors,
  ) {}

  async define(viewer: Viewer, input: DefineMetricInput): Promise<MetricDefinition> {
    const repo = this.tx.manager.getRepository(MetricDefinition);
    const existing = await repo.findOne({ where: { key: input.key } });
    const before = existing ? audited(existing) : null;
    const entity = existing ?? repo.create({ key: input.key });
    entity.name = input.name;
    entity.unit = input.unit ?? null;
    entity.higherIsBetter = input.higherIsBetter ?? true;
    const saved = await repo.save(entity);
    await this.audit.recordChange(viewer, 'defineMetric', 'MetricDefinition', saved.id, before, audited(saved));
    return saved;
  }

  async definitions(_viewer: Viewer): Promise<MetricDefinition[]> {
    return this.tx.manager.getRepository(MetricDefinition).find({ order: { key: 'ASC' } });
  }

  /** Newest periods first; NOT_FOUND when the viewer may not see the employee. */
  async observations(viewer: Viewer, filter: EmployeeMetricsFilter): Promise<ObservationRow[]> {
    await this.access.assertCanSee(viewer, filter.employeeId, 'Employee', filter.employeeId);
    return this.tx.query<ObservationRow>(
      `SELECT o.id, o.employee_id, o.period, to_char(o.period_start, 'YYYY-MM-DD') AS period_start, o.value, o.source_connector_id,
              m.id AS metric_id, m.key AS metric_key, m.name AS metric_name, m.unit AS metric_unit, m.higher_is_better AS metric_higher_is_better
       FROM metric_observation o JOIN metric_definition m ON m.id = o.metric_id
       WHERE o.employee_id = $1 AND ($2::text IS NULL OR m.key = $2) AND ($3::text IS NULL OR o.period = $3)
       ORDER BY o.period_start DESC, m.key, o.period LIMIT $4`,
      [filter.employeeId, filter.metricKey ?? null, filter.period ?? null, filter.first ?? 200],
    );
  }

  /** Checks the header, audits the upload, and runs the connector on the file once the request's transaction committed. */
  async importCsv(viewer: Viewer, input: ImportMetricsCsvInput): Promise<RunConnectorSyncPayload> {
    const connector = await this.connectors.findById(input.connectorId);
    if (!connector) throw notFound('Connector');
    if (connector.kind !== CSV_METRICS_KIND) throw badInput('connectorId', `Metrics files are imported through a ${CSV_METRICS_KIND} connector, not ${connector.kind}`);
    const columns = (input.columns ?? {}) as Partial<Record<MetricColumn, string>>;
    const first = await readCsvRecords(Readable.from([input.csv])).next();
    if (first.done) throw badInput('csv', 'The file is empty');
    metricColumns(first.value.fields, columns);
    await this.audit.recordChange(viewer, 'importMetricsCsv', 'Connector', connector.id, null, { bytes: input.csv.length });
    const payload = Object.assign(new RunConnectorSyncPayload(), { connectorId: connector.id });
    await this.tx.whenSettled(async () => {
      this.metricConnectors.stage(connector.id, (batchSize) => metricCsvBatches(input.csv, batchSize, columns));
      try {
        payload.run = await this.runner.run(connector.id);
      } finally {
        this.metricConnectors.unstage(connector.id);
      }
    });
    return payload;
  }
}
