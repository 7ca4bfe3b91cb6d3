import { DynamicModule, Module, Type } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { AppConfig, Clock, Metrics, SharedModule } from '@app/shared';
import { buildDataSourceOptions } from '@app/persistence';
import { JobsModule } from '@app/jobs';
import { AuditService, AuthModule, IdentityService } from '@app/auth';
import { EmployeesModule } from '@app/employees';
import { SkillPathsModule } from '@app/skill-paths';
import { CertificationAttemptsModule, CertificationsModule } from '@app/certifications';
import { NotificationsModule } from '@app/notifications';
import { PracticeBudgetsModule } from '@app/practice-budgets';
import { PlaybooksModule } from '@app/playbooks';
import { IncentivesModule } from '@app/incentives';
import { SnapshotsModule } from '@app/snapshots';
import { PerformanceMetricsModule } from '@app/performance-metrics';
import { ConnectorsModule } from '@app/connectors';
import { ReportingModule } from '@app/reporting';
import { ALL_MIGRATIONS } from '../../../migrations';
import { ALL_ENTITIES } from './entities';
import { graphqlOptions } from './graphql/graphql-options';
import { HealthController } from './ops/health.controller';
import { MetricsController } from './ops/metrics.controller';
import { ConsoleController } from './console/console.controller';

export interface AppModuleOptions {
  databaseUrl: string;
  config?: AppConfig;
  clock?: Clock;
  /** Extra modules (tests use this to prove the drift checks notice a change). */
  extraModules?: Array<Type | DynamicModule>;
}

/** The domain libs, shared by the API and the worker process (which runs their background jobs). */
export const DOMAIN_MODULES = [
  AuthModule,
  EmployeesModule,
  SkillPathsModule,
  CertificationsModule,
  CertificationAttemptsModule,
  NotificationsModule,
  PracticeBudgetsModule,
  PlaybooksModule,
  IncentivesModule,
  SnapshotsModule,
  PerformanceMetricsModule,
  ConnectorsModule,
  ReportingModule,
];

/** Composition only: which modules make up the service. */
@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        SharedModule.forRoot({ config: options.config, clock: options.clock }),
        EventEmitterModule.forRoot(),
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => buildDataSourceOptions(options.databaseUrl, ALL_ENTITIES, ALL_MIGRATIONS, config.DB_POOL_SIZE),
        }),
        // background jobs run here when WORKERS_IN_API (default outside tests), always in apps/worker
        JobsModule.forRoot(),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({ driver: ApolloDriver, inject: [AppConfig, AuditService, IdentityService, Metrics], useFactory: graphqlOptions }),
        ...DOMAIN_MODULES,
        ...(options.extraModules ?? []),
      ],
      controllers: [HealthController, MetricsController, ConsoleController],
    };
  }
}
