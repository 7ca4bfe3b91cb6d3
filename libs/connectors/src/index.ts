export * from './connectors.module';
export * from './core/ports';
export * from './core/registry';
export * from './core/sync-runner';
export * from './core/scheduler';
export * from './core/secret-box';
export * from './core/entities/connector.entity';
export * from './core/entities/external-ref.entity';
export * from './core/entities/sync-run.entity';
export * from './core/entities/sync-error.entity';
export * from './sync/sync-types';
export * from './sync/employee-sync';

import { Connector } from './core/entities/connector.entity';
import { ExternalRef } from './core/entities/external-ref.entity';
import { SyncRun } from './core/entities/sync-run.entity';
import { SyncError } from './core/entities/sync-error.entity';

/** The tables of the connectors module (metric storage is @app/performance-metrics'). */
export const CONNECTOR_ENTITIES = [Connector, ExternalRef, SyncRun, SyncError];
