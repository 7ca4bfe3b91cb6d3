import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import request from 'supertest';
import pino from 'pino';
import { AppConfig, Clock, loadConfig, SystemClock } from '@app/shared';
import { signDevelopmentToken } from '@app/auth';
import { createApp, CreateAppOptions } from '../../apps/api/src/bootstrap';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  dataSource: DataSource;
  /** Runs a GraphQL operation as the holder of `token` (or anonymously). */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GqlResponse<T>>;
  token(subject: string): string;
  close(): Promise<void>;
}

export interface GqlResponse<T> {
  status: number;
  data: T;
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string; [k: string]: unknown } }>;
}

/** The real application on the test database (migrations already run by the global setup). */
export async function startTestApp(overrides: Partial<Record<keyof AppConfig, string>> = {}, clock: Clock = new SystemClock(), extraModules: CreateAppOptions['extraModules'] = []): Promise<TestApp> {
  // IDENTITY_CACHE_SECONDS 0: every request looks its token up, so tests that change people in SQL, or count a
  // request's statements, see the same thing whichever token came before (identity-cache.e2e tests remembering).
  const config = loadConfig({
    ...process.env, NODE_ENV: 'test', RUN_MIGRATIONS: 'false', DEMO_SEED: 'false', RATE_LIMIT_PER_MINUTE: '100000', IDENTITY_CACHE_SECONDS: '0', ...overrides,
  });
  const app = await createApp({ config, databaseUrl: process.env.DATABASE_URL as string, clock, logger: pino({ level: 'silent' }), extraModules });
  const server = app.getHttpServer();
  return {
    app,
    config,
    dataSource: app.get(DataSource),
    async gql(query, variables = {}, token) {
      const req = request(server).post('/graphql').set('content-type', 'application/json');
      if (token) req.set('authorization', `Bearer ${token}`);
      const res = await req.send({ query, variables });
      return { status: res.status, data: res.body.data, errors: res.body.errors };
    },
    token: (subject) => signDevelopmentToken(config, subject),
    close: () => app.close(),
  };
}
