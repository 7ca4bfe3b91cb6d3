import { Module } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import request from 'supertest';
import { Public } from '@app/auth';
import { makeOrg } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

@Resolver()
class BoomResolver {
  constructor(private readonly ds: DataSource) {}
  @Public()
  @Query(() => String)
  async boom(): Promise<string> {
    await this.ds.query('SELECT secret_column FROM no_such_table_xyz');
    return 'never';
  }
}
@Module({ providers: [BoomResolver] })
class BoomModule {}

describe('GraphQL hardening', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp({ GRAPHQL_MAX_DEPTH: '6', GRAPHQL_MAX_ALIASES: '5', REQUEST_SIZE_LIMIT: '10kb' }, undefined, [BoomModule]);
    const org = await makeOrg(t.dataSource);
    token = t.token(org.director.subject);
  });
  afterAll(() => t.close());

  it('refuses queries deeper than the limit', async () => {
    const nested = 'directReports { '.repeat(8) + 'id' + ' }'.repeat(8);
    const res = await t.gql(`{ me { ${nested} } }`, {}, token);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0].message).toMatch(/depth/i);
  });

  it('refuses too many aliases', async () => {
    const res = await t.gql(`{ ${Array.from({ length: 8 }, (_, i) => `a${i}: me { id }`).join(' ')} }`, {}, token);
    expect(res.errors?.[0].message).toMatch(/alias/i);
  });

  it('refuses batched requests', async () => {
    const res = await request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${token}`).send([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(res.status).toBe(400);
  });

  it('prevents CSRF: a simple GET without a preflight header is refused', async () => {
    const res = await request(t.app.getHttpServer()).get('/graphql').query({ query: '{ me { id } }' });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/CSRF/i);
  });

  it('limits the request size', async () => {
    const res = await request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send({ query: `{ me { id } } # ${'x'.repeat(20_000)}` });
    expect(res.status).toBe(413);
  });

  it('hides SQL and stacks of unexpected errors', async () => {
    const res = await t.gql('{ boom }');
    expect(res.errors?.[0]).toEqual({ message: 'Internal server error', locations: expect.any(Array), path: ['boom'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(res)).not.toMatch(/no_such_table|secret_column|at \w+ \(/);
  });

  it('tags every response with a request id, echoing a sane incoming one', async () => {
    const res = await request(t.app.getHttpServer()).get('/health').set('x-request-id', 'abc-123');
    expect(res.headers['x-request-id']).toBe('abc-123');
    expect(res.body).toEqual({ status: 'ok', database: 'up', migrations: 'current' });
  });

  it('serves the IDE with local assets only', async () => {
    const page = await request(t.app.getHttpServer()).get('/graphql').set('accept', 'text/html');
    expect(page.status).toBe(200);
    const srcs = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(srcs.length).toBeGreaterThan(0);
    for (const src of srcs) {
      expect(src.startsWith('/ide/')).toBe(true);
      expect((await request(t.app.getHttpServer()).get(src)).status).toBe(200);
    }
  });
});

describe('production mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Production refuses the development connector key, so it gets one of its own.
    t = await startTestApp({ NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-at-least-32-chars!!', CONNECTOR_SECRET_KEY: 'ab'.repeat(32), GRAPHQL_MAX_COST: '40' }, undefined, [BoomModule]);
  });
  afterAll(() => t.close());

  it('turns introspection and the IDE off', async () => {
    const res = await t.gql('{ __schema { types { name } } }');
    expect(res.errors?.[0].message).toMatch(/introspection/i);
    const page = await request(t.app.getHttpServer()).get('/graphql').set('accept', 'text/html');
    expect(page.text).not.toMatch(/GraphiQL/);
  });

  it('never sends a stack trace or SQL', async () => {
    const res = await t.gql('{ boom }');
    expect(res.errors?.[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(res)).not.toMatch(/no_such_table|stacktrace/);
  });

  it('refuses queries over the cost limit', async () => {
    const res = await t.gql(`{ employees(first: 200) { nodes { id email firstName lastName department { name } jobRole { name } location { name } directReports { id email department { name } } } } }`);
    expect(res.errors?.[0].message).toMatch(/cost/i);
  });

  it('does not accept tokens signed with the development secret', async () => {
    const { signDevelopmentToken } = await import('@app/auth');
    const { loadConfig } = await import('@app/shared');
    const devToken = signDevelopmentToken(loadConfig({ NODE_ENV: 'development' }), 'anyone');
    const res = await t.gql('{ me { id } }', {}, devToken);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('rate limit per user', () => {
  it('answers 429 TOO_MANY_REQUESTS past the limit, per token', async () => {
    const t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const org = await makeOrg(t.dataSource);
      const a = t.token(org.alice.subject);
      for (let i = 0; i < 3; i++) expect((await t.gql('{ me { id } }', {}, a)).status).toBe(200);
      const limited = await t.gql('{ me { id } }', {}, a);
      expect(limited.status).toBe(429);
      expect(limited.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
      expect((await t.gql('{ me { id } }', {}, t.token(org.bob.subject))).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});
