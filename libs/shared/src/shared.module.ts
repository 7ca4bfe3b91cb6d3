import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig, loadConfig } from './config/app-config';
import { Clock, SystemClock } from './clock';
import { Metrics } from './metrics/metrics';
import { OrgCalendar } from './calendar/org-calendar';

/** Configuration, clock, the organization's calendar and metrics for every module (tests pass their own configuration and clock). */
@Global()
@Module({})
export class SharedModule {
  static forRoot(options: { config?: AppConfig; clock?: Clock } = {}): DynamicModule {
    return {
      module: SharedModule,
      providers: [
        { provide: AppConfig, useValue: options.config ?? loadConfig() },
        { provide: Clock, useValue: options.clock ?? new SystemClock() },
        { provide: Metrics, useValue: new Metrics() },
        { provide: OrgCalendar, inject: [Clock, AppConfig], useFactory: (clock: Clock, config: AppConfig) => new OrgCalendar(clock, config) },
      ],
      exports: [AppConfig, Clock, Metrics, OrgCalendar],
    };
  }
}
