import request from 'supertest';
import { OPERATION_LABEL_MAX_LENGTH, OPERATION_LABEL_MAX_NAMES } from '@app/shared';
import { SyncRunner } from '@app/connectors';
import { makeEmployee } from '../support/factories';
import { makeMemoryConnector, person, registerMemoryKind } from '../support/connector-sources';
import { entriesOf, probe } from '../support/audit-probe';
import { startTestApp, TestApp } from '../support/test-app';

const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-at-least-32-chars!!', CONNECTOR_SECRET_KEY: 'ab'.repeat(32) } as const;

const scrape = async (t: TestApp, authorization?: string) => {
  const req = request(t.app.getHttpServer()).get('/metrics');
  if (authorization) req.set('authorization', authorization);
  const res = await req;
  return { status: res.status, type: String(res.headers['content-type']), text: res.text };
};
/** The value of the sample `series` (name and labels exactly as exposed), or undefined. */
const value = (text: string, series: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};
const operationLabels = (text: string) => new Set([...text.matchAll(/^skillpath_graphql_requests_total\{operation="([^"]*)"/gm)].map((m) => m[1]));

describe('GET /metrics (Prometheus)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    registerMemoryKind(t.app);
  });
  afterAll(() => t?.close());

  it('counts and times GraphQL requests per operation, and errors by code', async () => {
    const me = await makeEmployee(t.dataSource);
    expect((await t.gql('query MetricsProbe { me { id } }', {}, t.token(me.subject))).data).toEqual({ me: { id: me.id } });
    await t.gql('query MetricsProbe { me { id } }', {}, t.token(me.subject));
    expect((await t.gql('query MetricsRefused { me { id } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const { status, type, text } = await scrape(t);
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain;.*version=0\.0\.4/);
    expect(value(text, 'skillpath_graphql_requests_total{operation="MetricsProbe",type="query"}')).toBe(2);
    expect(value(text, 'skillpath_graphql_request_duration_seconds_count{operation="MetricsProbe",type="query"}')).toBe(2);
    expect(value(text, 'skillpath_graphql_request_duration_seconds_sum{operation="MetricsProbe",type="query"}')).toBeGreaterThan(0);
    expect(value(text, 'skillpath_graphql_errors_total{operation="MetricsRefused",code="UNAUTHENTICATED"}')).toBe(1);
    expect(value(text, 'skillpath_graphql_errors_total{operation="MetricsProbe",code="UNAUTHENTICATED"}')).toBeUndefined();
    expect(value(text, 'skillpath_db_pool_connections{pool="main",state="total"}')).toBeGreaterThanOrEqual(1);
    expect(value(text, 'skillpath_db_pool_connections{pool="main",state="waiting"}')).toBe(0);
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
    expect(text).toContain('# TYPE skillpath_job_duration_seconds histogram');
  });

  it('counts sync runs by kind, mode and status, and their records by outcome', async () => {
    const { id, source, tag } = await makeMemoryConnector(t.dataSource);
    source.rows = [person(tag, 'a'), person(tag, 'b'), person(tag, 'c')];
    await t.app.get(SyncRunner).run(id);
    source.rows[0] = person(tag, 'a', { lastName: 'Renamed' });
    await t.app.get(SyncRunner).run(id, { mode: 'FULL' });
    source.failBeforeBatch = 0;
    await t.app.get(SyncRunner).run(id, { mode: 'FULL' });

    const { text } = await scrape(t);
    expect(value(text, 'skillpath_sync_runs_total{kind="TEST_MEMORY",mode="FULL",status="SUCCEEDED"}')).toBe(2);
    expect(value(text, 'skillpath_sync_runs_total{kind="TEST_MEMORY",mode="FULL",status="FAILED"}')).toBe(1);
    expect(value(text, 'skillpath_sync_records_total{kind="TEST_MEMORY",mode="FULL",outcome="created"}')).toBe(3);
    expect(value(text, 'skillpath_sync_records_total{kind="TEST_MEMORY",mode="FULL",outcome="updated"}')).toBe(1);
  });

  it('keeps the operation label bounded: anonymous and invalid requests bucketed, long names cut, new names past the limit as (other)', async () => {
    await t.gql('{ __typename }');
    await t.gql('query Broken { __typename');
    await t.gql(`query ${'L'.repeat(300)} { __typename }`);
    for (let i = 0; i < OPERATION_LABEL_MAX_NAMES + 20; i++) await t.gql(`query Flood${i} { __typename }`);

    const { text } = await scrape(t);
    const labels = operationLabels(text);
    expect(labels.size).toBeLessThanOrEqual(OPERATION_LABEL_MAX_NAMES + 3); // the names, (anonymous), (invalid), (other)
    expect(labels).toContain('(anonymous)');
    expect(labels).toContain('(invalid)');
    expect(labels).toContain('(other)');
    expect(labels).toContain('L'.repeat(OPERATION_LABEL_MAX_LENGTH));
    expect(labels).not.toContain(`Flood${OPERATION_LABEL_MAX_NAMES + 19}`);
    expect(value(text, 'skillpath_graphql_errors_total{operation="(invalid)",code="GRAPHQL_PARSE_FAILED"}')).toBe(1);
    expect(Math.max(...[...labels].map((l) => l.length))).toBe(OPERATION_LABEL_MAX_LENGTH);
  });
});

describe('GET /metrics in production', () => {
  it('is not served without METRICS_ENABLED or METRICS_TOKEN (404)', async () => {
    const t = await startTestApp(PRODUCTION);
    try {
      expect((await scrape(t)).status).toBe(404);
    } finally {
      await t.close();
    }
  });

  it('asks for METRICS_TOKEN as a bearer token (401, audited) when it is set', async () => {
    const token = 'metrics-scrape-token-0123456789';
    const t = await startTestApp({ ...PRODUCTION, METRICS_TOKEN: token });
    try {
      const missing = await probe(t, { method: 'GET', path: '/metrics' });
      expect(missing.status).toBe(401);
      expect((await scrape(t, 'Bearer not-the-token')).status).toBe(401);
      expect((await scrape(t, `Bearer ${token}x`)).status).toBe(401);
      const ok = await scrape(t, `Bearer ${token}`);
      expect(ok.status).toBe(200);
      expect(ok.text).toContain('skillpath_graphql_requests_total');
      expect(await entriesOf(t, missing.requestId)).toEqual([
        expect.objectContaining({ outcome: 'UNAUTHENTICATED', entity_type: 'Operation', entity_id: 'GET /metrics', detail: expect.objectContaining({ code: 'UNAUTHENTICATED', reason: 'NO_TOKEN' }) }),
      ]);
    } finally {
      await t.close();
    }
  });

  it('is served openly in production with METRICS_ENABLED=true (behind the operator\'s network)', async () => {
    const t = await startTestApp({ ...PRODUCTION, METRICS_ENABLED: 'true' });
    try {
      expect((await scrape(t)).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});
