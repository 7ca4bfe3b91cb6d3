import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { IdentityService } from '@app/auth';
import { AppConfig, Clock, createValidationPipe, HttpErrorFilter, RestParamsInterceptor } from '@app/shared';
import { AppModule, AppModuleOptions } from './app.module';
import { createLogger, PinoNestLogger } from './ops/logger';
import { accessLogMiddleware, rateLimitMiddleware, requestIdMiddleware } from './ops/http-middleware';
import { mountGraphiql } from './ops/graphiql';
import { mountConsole } from './console/console-static';

export interface CreateAppOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Replace the system clock (tests fix "today"). */
  clock?: Clock;
  logger?: Logger;
  extraModules?: AppModuleOptions['extraModules'];
  /** Serve the built console (dist/web) at `/` (default true). */
  serveConsole?: boolean;
}

/** Builds the whole HTTP application (used by main and by the e2e tests alike). */
export async function createApp(options: CreateAppOptions): Promise<NestExpressApplication> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const moduleRef = AppModule.forRoot({ databaseUrl: options.databaseUrl, clock: options.clock, config, extraModules: options.extraModules });
  const app = await NestFactory.create<NestExpressApplication>(moduleRef, {
    bodyParser: false,
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  // GraphQL answers POSTs: hashing every response body for an ETag (express's default) is wasted work.
  app.set('etag', false);
  app.use(requestIdMiddleware);
  app.use(accessLogMiddleware(logger));
  app.use(rateLimitMiddleware(config.RATE_LIMIT_PER_MINUTE, app.get(IdentityService)));
  app.useBodyParser('json', { limit: config.REQUEST_SIZE_LIMIT });
  if (!config.isProduction) mountGraphiql(app.getHttpAdapter().getInstance());
  if (options.serveConsole !== false) mountConsole(app.getHttpAdapter().getInstance());
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalInterceptors(new RestParamsInterceptor());
  app.useGlobalFilters(new HttpErrorFilter());
  // Migrations first: background jobs start in init (onApplicationBootstrap) and read the tables.
  if (config.RUN_MIGRATIONS) await app.get(DataSource).runMigrations({ transaction: 'each' });
  await app.init();
  return app;
}
