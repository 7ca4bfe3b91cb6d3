import { DynamicModule, Global, Module } from '@nestjs/common';
import { FORCE_JOBS, JobsService } from './jobs.service';

/** The job system for every lib (global): `forRoot({ force: true })` in the worker process. */
@Global()
@Module({})
export class JobsModule {
  static forRoot(options: { force?: boolean } = {}): DynamicModule {
    return {
      module: JobsModule,
      providers: [JobsService, { provide: FORCE_JOBS, useValue: options.force === true }],
      exports: [JobsService],
    };
  }
}
