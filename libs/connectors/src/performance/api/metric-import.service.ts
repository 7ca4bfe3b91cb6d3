import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { badInput, notFound, Viewer } from '@app/shared';
import { AuditService } from '@app/auth';
import { TransactionHost } from '@app/persistence';
import { ConnectorRepository } from '../../core/connector.repository';
import { SyncRunner } from '../../core/sync-runner';
import { RunConnectorSyncPayload } from '../../core/api/connector.types';
import { readCsvRecords } from '../../csv/parse';
import { CSV_METRICS_KIND, MetricConnectors } from '../connectors/metric-connectors';
import { metricCsvBatches, MetricColumn, metricColumns } from '../connectors/csv-metrics';
import { ImportMetricsCsvInput } from './metric-import.input';

/** Metrics CSV uploads: the header is checked in the request, the rows applied by a CSV_METRICS connector run. */
@Injectable()
export class MetricImportService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly audit: AuditService,
    private readonly connectors: ConnectorRepository,
    private readonly runner: SyncRunner,
    private readonly metricConnectors: MetricConnectors,
  ) {}

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
