import { makeOrg, uniqueName } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const CREATE = `mutation($input: CreateConnectorInput!) { createConnector(input: $input) { __typename ... on Connector { id settings hasSecrets } } }`;
const UPDATE = `mutation($input: UpdateConnectorInput!) { updateConnector(input: $input) { __typename ... on Connector { id settings hasSecrets } } }`;

const SETTINGS = {
  url: 'https://metrics.example.com/api/rows',
  rowsPath: 'data',
  fieldMap: { employee: 'agent', metric: 'kpi', period: 'granularity', periodStart: 'month', value: 'score' },
};

/** What HR's metric connector settings form relies on: settings are checked when saved, not when the connector first runs. */
describe('performance-metric connector settings', () => {
  let t: TestApp;
  let hr: string;

  beforeAll(async () => {
    t = await startTestApp();
    hr = t.token((await makeOrg(t.dataSource)).hr.subject);
  });
  afterAll(() => t.close());

  it('a REST metrics connector saves its address, rows, field map and auth header (as a secret); a bad setting is BAD_USER_INPUT naming it, and nothing changes', async () => {
    const name = uniqueName('Contact centre KPIs');
    const noUrl = await t.gql(CREATE, { input: { kind: 'REST_METRICS', name, settings: { ...SETTINGS, url: 'ftp://x' } } }, hr);
    expect(noUrl.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'settings.url' });
    expect(await t.dataSource.query(`SELECT 1 FROM connector WHERE name = $1`, [name])).toEqual([]);

    const made = await t.gql<Any>(CREATE, { input: { kind: 'REST_METRICS', name, settings: {} } }, hr); // set up later, on its page
    expect(made.data.createConnector).toMatchObject({ __typename: 'Connector', settings: {}, hasSecrets: false });
    const id = made.data.createConnector.id;
    const setUp = await t.gql<Any>(UPDATE, { input: { id, settings: SETTINGS, secrets: { authHeader: 'Bearer abc' } } }, hr);
    expect(setUp.data.updateConnector).toMatchObject({ __typename: 'Connector', settings: SETTINGS, hasSecrets: true });

    const noValue = await t.gql(UPDATE, { input: { id, settings: { ...SETTINGS, fieldMap: { ...SETTINGS.fieldMap, value: '' } } } }, hr);
    expect(noValue.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'settings.fieldMap' });
    const kept = await t.gql<Any>(`query($id: ID!) { connector(id: $id) { settings } }`, { id }, hr);
    expect(kept.data.connector.settings).toEqual(SETTINGS);

    const monthly = { ...SETTINGS, period: 'MONTH', fieldMap: { ...SETTINGS.fieldMap, period: '' } };
    const changed = await t.gql<Any>(UPDATE, { input: { id, settings: monthly } }, hr);
    expect(changed.data.updateConnector).toMatchObject({ __typename: 'Connector', settings: monthly });
  });

  it('a CSV metrics connector takes the HR connector its people come from', async () => {
    const hris = await t.gql<Any>(CREATE, { input: { kind: 'CSV', name: uniqueName('People file') } }, hr);
    const made = await t.gql<Any>(CREATE, { input: { kind: 'CSV_METRICS', name: uniqueName('Sales figures'), settings: { hrisConnectorId: hris.data.createConnector.id } } }, hr);
    expect(made.data.createConnector).toMatchObject({ __typename: 'Connector', settings: { hrisConnectorId: hris.data.createConnector.id } });
  });
});
