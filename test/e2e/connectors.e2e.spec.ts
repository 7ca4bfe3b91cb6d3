import { makeOrg, uniqueName } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { MemoryHris, person, registerMemoryKind } from '../support/connector-sources';
import { ConnectorRegistry } from '@app/connectors';

describe('connectors over GraphQL', () => {
  let t: TestApp;
  let hr: string;
  let employee: string;

  beforeAll(async () => {
    t = await startTestApp();
    registerMemoryKind(t.app);
    const org = await makeOrg(t.dataSource);
    hr = t.token(org.hr.subject);
    employee = t.token(org.alice.subject);
  });
  afterAll(() => t.close());

  const CREATE = `mutation($input: CreateConnectorInput!) { createConnector(input: $input) { id kind name schedule hasSecrets settings } }`;

  it('stores secrets encrypted and never returns them', async () => {
    const name = uniqueName('BambooHR');
    const res = await t.gql<{ createConnector: { id: string; hasSecrets: boolean } }>(CREATE, { input: { kind: 'CSV', name, schedule: '0 2 * * *', settings: { ownedFields: ['jobTitle'] }, secrets: { apiKey: 'very-secret-api-key' } } }, hr);
    expect(res.errors).toBeUndefined();
    expect(res.data.createConnector).toMatchObject({ kind: 'CSV', name, schedule: '0 2 * * *', hasSecrets: true });
    const [row] = await t.dataSource.query(`SELECT secrets_sealed FROM connector WHERE id = $1`, [res.data.createConnector.id]);
    expect(row.secrets_sealed).toMatch(/^v1\./);
    expect(row.secrets_sealed).not.toContain('very-secret-api-key');
    const list = await t.gql(`{ connectors { id name hasSecrets settings } }`, {}, hr);
    expect(JSON.stringify(list)).not.toContain('very-secret-api-key');
    const audit = await t.dataSource.query(`SELECT "after" FROM audit_entry WHERE entity_id = $1`, [res.data.createConnector.id]);
    expect(JSON.stringify(audit)).not.toContain('very-secret-api-key');
    const introspection = await t.gql<{ __type: { fields: Array<{ name: string }> } }>(`{ __type(name: "Connector") { fields { name } } }`, {}, hr);
    expect(introspection.data.__type.fields.map((f) => f.name)).not.toEqual(expect.arrayContaining(['secrets']));
  });

  it('refuses a bad cron expression, an unknown kind, and anyone but HR', async () => {
    const bad = await t.gql(CREATE, { input: { kind: 'CSV', name: uniqueName('c'), schedule: 'every day' } }, hr);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'schedule' });
    const unknown = await t.gql(CREATE, { input: { kind: 'NOPE', name: uniqueName('c') } }, hr);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
    const denied = await t.gql(CREATE, { input: { kind: 'CSV', name: uniqueName('c') } }, employee);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const list = await t.gql(`{ connectors { id } }`, {}, employee);
    expect(list.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('runs a sync on demand: a dry run returns the diff, a real run applies it', async () => {
    const source = new MemoryHris();
    const name = uniqueName('mem').replace(/\s+/g, '-');
    source.rows = [person(name, 'g1'), person(name, 'g2', { managerExternalId: 'g1' })];
    t.app.get(ConnectorRegistry).register('TEST_GQL', () => source.port(false));
    const created = await t.gql<{ createConnector: { id: string } }>(CREATE, { input: { kind: 'TEST_GQL', name } }, hr);
    const id = created.data.createConnector.id;
    const RUN = `mutation($id: ID!, $dry: Boolean) { runConnectorSync(id: $id, dryRun: $dry) { connectorId run { status dryRun created updated diff { action externalId changes { field to } } } } }`;
    const dry = await t.gql<{ runConnectorSync: { run: { status: string; created: number; diff: Array<{ action: string; changes: Array<{ field: string; to: string | null }> }> } } }>(RUN, { id, dry: true }, hr);
    expect(dry.errors).toBeUndefined();
    expect(dry.data.runConnectorSync.run).toMatchObject({ status: 'SUCCEEDED', dryRun: true, created: 2 });
    // A dry run rolls each batch back on its own: the new manager link shows on the CREATE entry.
    expect(dry.data.runConnectorSync.run.diff.map((d) => d.action)).toEqual(['CREATE', 'CREATE']);
    expect(dry.data.runConnectorSync.run.diff[1].changes).toContainEqual({ field: 'managerExternalId', to: 'g1' });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM external_ref WHERE connector_id = $1`, [id]);
    expect(n).toBe(0);
    const real = await t.gql<{ runConnectorSync: { run: { created: number; diff: unknown } } }>(RUN, { id }, hr);
    expect(real.data.runConnectorSync.run).toMatchObject({ status: 'SUCCEEDED', dryRun: false, created: 2, diff: null });
    const runs = await t.gql<{ syncRuns: Array<{ dryRun: boolean }> }>(`query($id: ID!) { syncRuns(connectorId: $id) { dryRun created } }`, { id }, hr);
    expect(runs.data.syncRuns.map((r) => r.dryRun)).toEqual([false, true]);
    const denied = await t.gql(RUN, { id }, employee);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
