import { Module } from '@nestjs/common';
import { EmployeesModule } from '@app/employees';
import { PerformanceMetricsModule } from '@app/performance-metrics';
import { ConnectorRegistry } from './core/registry';
import { ConnectorRepository } from './core/connector.repository';
import { ConnectorSecrets } from './core/connector-secrets';
import { ConnectorsService } from './core/connectors.service';
import { SyncRunner } from './core/sync-runner';
import { ConnectorScheduler } from './core/scheduler';
import { ConnectorsResolver, RunConnectorSyncPayloadResolver } from './core/api/connectors.resolver';
import { EmployeeSync } from './sync/employee-sync';
import { MetricSync } from './performance/metric-sync';
import { CsvImportService } from './csv/import/csv-import.service';
import { CsvImportController } from './csv/import/csv-import.controller';
import { SCIM_SERVER_CONTROLLERS, SCIM_SERVER_PROVIDERS } from './scim/server';
import { BambooHrConnectorRegistration } from './bamboohr/connector/bamboohr-connector';
import { MetricConnectors } from './performance/connectors/metric-connectors';
import { MetricImportService } from './performance/api/metric-import.service';
import { MetricImportResolver } from './performance/api/metric-import.resolver';

/** HRIS and performance connectors: configuration, sync runs, SCIM, uploads. */
@Module({
  imports: [EmployeesModule, PerformanceMetricsModule],
  providers: [
    BambooHrConnectorRegistration, MetricConnectors, MetricImportService, MetricImportResolver,
    ConnectorRegistry, ConnectorRepository, ConnectorSecrets, ConnectorsService, SyncRunner, ConnectorScheduler,
    ConnectorsResolver, RunConnectorSyncPayloadResolver, EmployeeSync, MetricSync, CsvImportService,
    ...SCIM_SERVER_PROVIDERS,
  ],
  controllers: [CsvImportController, ...SCIM_SERVER_CONTROLLERS],
  exports: [ConnectorRegistry, SyncRunner, EmployeeSync, MetricSync],
})
export class ConnectorsModule {}
