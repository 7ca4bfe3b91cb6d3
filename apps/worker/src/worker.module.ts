import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, SharedModule } from '@app/shared';
import { buildDataSourceOptions, TransactionHost } from '@app/persistence';
import { DeliveryModule, FORCE_DELIVERY_LOOP, NOTIFICATION_ENTITIES } from '@app/notifications';

/** What the delivery loop needs besides its own module: the unit of work, and "run the loop". */
@Global()
@Module({ providers: [TransactionHost, { provide: FORCE_DELIVERY_LOOP, useValue: true }], exports: [TransactionHost, FORCE_DELIVERY_LOOP] })
class WorkerInfraModule {}

/** The worker process: no HTTP, only the planner and delivery loop (run as many as you like). Raw SQL only; the API runs migrations. */
@Module({})
export class WorkerModule {
  static forRoot(databaseUrl: string, config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        SharedModule.forRoot({ config }),
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (c: AppConfig) => buildDataSourceOptions(databaseUrl, NOTIFICATION_ENTITIES, [], Math.min(c.DB_POOL_SIZE, 5)),
        }),
        WorkerInfraModule,
        DeliveryModule,
      ],
    };
  }
}
