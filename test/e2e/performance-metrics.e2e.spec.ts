import { CONNECTOR_ENTITIES } from '@app/connectors';
import { PERFORMANCE_METRIC_ENTITIES, PerformanceMetricsModule } from '@app/performance-metrics';
import { ReportingModule } from '@app/reporting';
import { getMetadataArgsStorage } from 'typeorm';
import { startTestApp, TestApp } from '../support/test-app';
import { makeOrg, uniqueName } from '../support/factories';
import { observeMetric } from '../support/charter-fixtures';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const DEFINE = `mutation($input: DefineMetricInput!) { defineMetric(input: $input) { id key name unit higherIsBetter } }`;
const METRICS = `query($f: EmployeeMetricsFilter!) { employeeMetrics(filter: $f) { value period periodStart metric { key higherIsBetter } } }`;

const tableOf = (entity: unknown) => getMetadataArgsStorage().tables.find((t) => t.target === entity)?.name;

describe('performance metric storage (core lib @app/performance-metrics)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('owns the metric tables (same names, no data migration); connectors no longer do, and reporting imports the lib', () => {
    expect(PERFORMANCE_METRIC_ENTITIES.map(tableOf).sort()).toEqual(['metric_definition', 'metric_observation']);
    expect(CONNECTOR_ENTITIES.map(tableOf)).not.toEqual(expect.arrayContaining(['metric_definition']));
    expect(CONNECTOR_ENTITIES.map(tableOf)).not.toEqual(expect.arrayContaining(['metric_observation']));
    expect(Reflect.getMetadata('imports', ReportingModule)).toContain(PerformanceMetricsModule);
  });

  it('HR defines a metric (audited; a second call updates it); others are refused; a bad key names the field and writes nothing', async () => {
    const org = await makeOrg(t.dataSource);
    const key = uniqueName('csat').replace(/\s+/g, '_');
    const first = await t.gql<Any>(DEFINE, { input: { key, name: 'CSAT', unit: 'points' } }, t.token(org.hr.subject));
    expect(first.errors).toBeUndefined();
    expect(first.data.defineMetric).toMatchObject({ key, name: 'CSAT', unit: 'points', higherIsBetter: true });
    const second = await t.gql<Any>(DEFINE, { input: { key, name: 'Customer satisfaction', higherIsBetter: false } }, t.token(org.hr.subject));
    expect(second.data.defineMetric).toMatchObject({ id: first.data.defineMetric.id, name: 'Customer satisfaction', unit: null, higherIsBetter: false });
    const audit = await t.dataSource.query(`SELECT action, before, after FROM audit_entry WHERE entity_id = $1 ORDER BY id`, [first.data.defineMetric.id]);
    expect(audit.map((a: Any) => a.action)).toEqual(['defineMetric', 'defineMetric']);
    expect(audit[1].before).toMatchObject({ name: 'CSAT' });

    const manager = await t.gql(DEFINE, { input: { key: `${key}_x`, name: 'x' } }, t.token(org.manager.subject));
    expect(manager.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await t.gql(DEFINE, { input: { key: 'has space', name: 'x' } }, t.token(org.hr.subject));
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'key' });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM metric_definition WHERE key IN ($1, 'has space')`, [`${key}_x`]);
    expect(n).toBe(0);
    const list = await t.gql<Any>(`{ metricDefinitions { key } }`, {}, t.token(org.alice.subject));
    expect(list.data.metricDefinitions.map((m: Any) => m.key)).toContain(key);
  });

  it('employeeMetrics is scoped like employee data: self, the line and HR see it; another manager gets NOT_FOUND', async () => {
    const org = await makeOrg(t.dataSource);
    const key = uniqueName('aht').replace(/\s+/g, '_');
    const [metric] = await t.dataSource.query(`INSERT INTO metric_definition (key, name, higher_is_better) VALUES ($1, 'Handle time', false) RETURNING id`, [key]);
    await observeMetric(t.dataSource, org.alice.id, metric.id, { '2030-01-01': 12, '2030-02-01': 9 });
    const expected = [
      { value: 9, period: 'MONTH', periodStart: '2030-02-01', metric: { key, higherIsBetter: false } },
      { value: 12, period: 'MONTH', periodStart: '2030-01-01', metric: { key, higherIsBetter: false } },
    ];
    for (const who of [org.alice, org.manager, org.director, org.hr]) {
      const res = await t.gql<Any>(METRICS, { f: { employeeId: org.alice.id, metricKey: key } }, t.token(who.subject));
      expect(res.errors).toBeUndefined();
      expect(res.data.employeeMetrics).toEqual(expected);
    }
    const first = await t.gql<Any>(METRICS, { f: { employeeId: org.alice.id, metricKey: key, first: 1 } }, t.token(org.hr.subject));
    expect(first.data.employeeMetrics).toEqual([expected[0]]);
    for (const who of [org.otherManager, org.bob]) {
      const denied = await t.gql(METRICS, { f: { employeeId: org.alice.id } }, t.token(who.subject));
      expect(denied.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    const missing = await t.gql(METRICS, { f: { employeeId: '00000000-0000-4000-8000-000000000000' } }, t.token(org.otherManager.subject));
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(missing.errors?.[0].message).toBe((await t.gql(METRICS, { f: { employeeId: org.alice.id } }, t.token(org.otherManager.subject))).errors?.[0].message);
  });
});
