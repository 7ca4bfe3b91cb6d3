import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { AppConfig, SharedModule } from '@app/shared';
import { buildDataSourceOptions } from '@app/persistence';
import { JobsModule } from '@app/jobs';
import { DOMAIN_MODULES } from '../../api/src/app.module';
import { ALL_ENTITIES } from '../../api/src/entities';

/**
 * The worker process: no HTTP, the same libs as the API, running ALL background jobs (reminder
 * planning and delivery, connector schedules, monthly snapshots, incentive lapses, step-due
 * notices) whatever WORKERS_IN_API says. Run as many as you like; the API runs migrations.
 */
@Module({})
export class WorkerModule {
  static forRoot(databaseUrl: string, config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        SharedModule.forRoot({ config }),
        EventEmitterModule.forRoot(),
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (c: AppConfig) => buildDataSourceOptions(databaseUrl, ALL_ENTITIES, [], Math.min(c.DB_POOL_SIZE, 5)),
        }),
        JobsModule.forRoot({ force: true }),
        ...DOMAIN_MODULES,
      ],
    };
  }
}
