import { SyncRunner } from '@app/connectors';
import { startTestApp, TestApp } from '../support/test-app';
import { makeOrg } from '../support/factories';
import { MetricEndpoint, metricTag as tag, restMetricsConnector, startMetricEndpoint } from '../support/metric-endpoint';

type Org = Awaited<ReturnType<typeof makeOrg>>;

describe('performance metric connectors (REST JSON pull, CSV import)', () => {
  let t: TestApp;
  let runner: SyncRunner;
  /** The metrics endpoint: answers what a test says next (a JSON body, or a raw status and text). */
  let endpoint: MetricEndpoint;

  beforeAll(async () => {
    t = await startTestApp();
    runner = t.app.get(SyncRunner);
    endpoint = await startMetricEndpoint();
  });
  afterAll(async () => {
    await endpoint.close();
    await t.close();
  });

  async function setup(): Promise<{ org: Org; key: string; hrisId: string; bobExt: string }> {
    const org = await makeOrg(t.dataSource);
    const key = tag();
    const res = await t.gql<{ defineMetric: { key: string; higherIsBetter: boolean } }>(
      `mutation($input: DefineMetricInput!) { defineMetric(input: $input) { key name unit higherIsBetter } }`,
      { input: { key, name: 'Tickets solved', unit: 'tickets' } }, t.token(org.hr.subject),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.defineMetric).toMatchObject({ key, higherIsBetter: true });
    // Bob is known to an HRIS connector by an external id.
    const [hris] = await t.dataSource.query(`INSERT INTO connector (kind, name) VALUES ('CSV', $1) RETURNING id`, [tag()]);
    const bobExt = `B-${key}`;
    await t.dataSource.query(`INSERT INTO external_ref (connector_id, entity, external_id, internal_id) VALUES ($1, 'employee', $2, $3)`, [hris.id, bobExt, org.bob.id]);
    return { org, key, hrisId: hris.id, bobExt };
  }

  const restConnector = (hrisId: string) => restMetricsConnector(t.dataSource, `${endpoint.baseUrl}/metrics`, hrisId);

  const errorsOf = (runId: string) => t.dataSource.query(`SELECT external_id, line, field, message FROM sync_error WHERE run_id = $1 ORDER BY line`, [runId]);

  async function metricsOf(org: Org, employeeId: string, subject: string) {
    return t.gql<{ employeeMetrics: Array<{ value: number; period: string; periodStart: string; metric: { key: string } }> }>(
      `query($f: EmployeeMetricsFilter!) { employeeMetrics(filter: $f) { value period periodStart metric { key } } }`, { f: { employeeId } }, t.token(subject),
    );
  }

  it('REST pull: applies the mapped rows, reports unknown employees per row, a second pull changes nothing, a changed value updates', async () => {
    const { org, key, hrisId, bobExt } = await setup();
    const id = await restConnector(hrisId);
    const items = [
      { person: { id: org.alice.email }, kpi: key, granularity: 'MONTH', from: '2026-01-01', score: 41 },
      { person: { id: bobExt }, kpi: key, granularity: 'week', from: '2026-01-05T00:00:00Z', score: '12.5' },
      { person: { id: `ghost-${key}@example.test` }, kpi: key, granularity: 'MONTH', from: '2026-01-01', score: 3 },
    ];
    endpoint.answer({ status: 200, text: JSON.stringify({ data: { items } }) });
    const first = await runner.run(id);
    expect(first).toMatchObject({ status: 'SUCCEEDED', mode: 'METRICS', created: 2, updated: 0, unchanged: 0, failed: 1 });
    expect(endpoint.requests.at(-1)?.auth).toBe('token-123');
    const errors = await errorsOf(first.id);
    expect(errors).toEqual([expect.objectContaining({ external_id: `ghost-${key}@example.test`, field: 'employee', message: expect.stringMatching(/Unknown employee/) })]);

    const second = await runner.run(id);
    expect(second).toMatchObject({ status: 'SUCCEEDED', created: 0, updated: 0, unchanged: 2, failed: 1 });

    items[0].score = 44;
    endpoint.answer({ status: 200, text: JSON.stringify({ data: { items } }) });
    expect(await runner.run(id)).toMatchObject({ status: 'SUCCEEDED', created: 0, updated: 1, unchanged: 1 });

    const mine = await metricsOf(org, org.alice.id, org.manager.subject);
    expect(mine.errors).toBeUndefined();
    expect(mine.data.employeeMetrics).toEqual([{ value: 44, period: 'MONTH', periodStart: '2026-01-01', metric: { key } }]);
    const bobs = await metricsOf(org, org.bob.id, org.bob.subject);
    expect(bobs.data.employeeMetrics).toEqual([{ value: 12.5, period: 'WEEK', periodStart: '2026-01-05', metric: { key } }]);
    // Scoped like other employee data: another team's manager gets NOT_FOUND.
    const denied = await metricsOf(org, org.alice.id, org.otherManager.subject);
    expect(denied.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it.each([
    ['HTTP 5xx', { status: 503, text: 'down' }, /HTTP 503/],
    ['malformed JSON', { status: 200, text: '{"data": {"items": [' }, /malformed JSON/],
    ['no rows at the path', { status: 200, text: '{"data": {}}' }, /no array at "data.items"/],
  ])('REST pull: %s fails the run with a recorded error', async (_name, answer, message) => {
    const { hrisId } = await setup();
    const id = await restConnector(hrisId);
    endpoint.answer(answer);
    const run = await runner.run(id);
    expect(run.status).toBe('FAILED');
    expect(run.errorMessage).toMatch(message);
  });

  it('CSV import: rows by email or external id are applied, bad lines reported with their line numbers, a re-import changes nothing', async () => {
    const { org, key, hrisId, bobExt } = await setup();
    const [c] = await t.dataSource.query(`INSERT INTO connector (kind, name, settings) VALUES ('CSV_METRICS', $1, $2) RETURNING id`, [tag(), JSON.stringify({ hrisConnectorId: hrisId })]);
    const csv = [
      'Employee,Metric Key,Period,Period Start,Value',
      `${org.alice.email},${key},MONTH,2026-02-01,7`,
      `${bobExt},${key},WEEK,2026-02-02,3.5`,
      `${org.alice.email},${key},WEEK,2026-02-03,1`,
      `${org.alice.email},nope-${key},MONTH,2026-02-01,1`,
      `unknown-${key},${key},MONTH,2026-02-01,1`,
    ].join('\n');
    const importCsv = () => t.gql<{ importMetricsCsv: { run: { status: string; created: number; updated: number; unchanged: number; failed: number; id: string } } }>(
      `mutation($input: ImportMetricsCsvInput!) { importMetricsCsv(input: $input) { run { id status created updated unchanged failed } } }`,
      { input: { connectorId: c.id, csv } }, t.token(org.hr.subject),
    );
    const first = await importCsv();
    expect(first.errors).toBeUndefined();
    expect(first.data.importMetricsCsv.run).toMatchObject({ status: 'SUCCEEDED', created: 2, updated: 0, failed: 3 });
    const errors = await errorsOf(first.data.importMetricsCsv.run.id);
    expect(errors.map((e: { line: number; field: string }) => [e.line, e.field])).toEqual([[4, 'periodStart'], [5, 'metric'], [6, 'employee']]);
    const second = await importCsv();
    expect(second.data.importMetricsCsv.run).toMatchObject({ status: 'SUCCEEDED', created: 0, updated: 0, unchanged: 2, failed: 3 });
    expect((await metricsOf(org, org.bob.id, org.hr.subject)).data.employeeMetrics).toEqual([{ value: 3.5, period: 'WEEK', periodStart: '2026-02-02', metric: { key } }]);

    const badHeader = await t.gql(`mutation($input: ImportMetricsCsvInput!) { importMetricsCsv(input: $input) { connectorId } }`, { input: { connectorId: c.id, csv: 'who,what\nx,y' } }, t.token(org.hr.subject));
    expect(badHeader.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
    const notHr = await t.gql(`mutation($input: ImportMetricsCsvInput!) { importMetricsCsv(input: $input) { connectorId } }`, { input: { connectorId: c.id, csv } }, t.token(org.alice.subject));
    expect(notHr.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
