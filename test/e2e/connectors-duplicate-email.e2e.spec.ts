import request from 'supertest';
import { makeEmployee, makeOrg, uniqueName } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

/** A CSV import answers a duplicate email (in any case) with a clear error on its line, and connector settings are checked. */
describe('connectors: duplicate emails and the linking setting', () => {
  let t: TestApp;
  let hr: string;

  beforeAll(async () => {
    t = await startTestApp();
    hr = t.token((await makeOrg(t.dataSource)).hr.subject);
  });
  afterAll(() => t.close());

  const MAPPING = JSON.stringify({ 'Employee ID': 'externalId', 'First Name': 'firstName', 'Last Name': 'lastName', 'Work Email': 'email' });

  it('a CSV apply refuses, per line, an email another row or an HR-made employee has in another case', async () => {
    const tag = uniqueName('dup').replace(/\s+/g, '-').toLowerCase();
    const [{ id }] = await t.dataSource.query(`INSERT INTO connector (kind, name) VALUES ('CSV', $1) RETURNING id`, [tag]);
    const existing = await makeEmployee(t.dataSource);
    const csv = [
      'Employee ID,First Name,Last Name,Work Email',
      `1,Maya,Lopez,maya.${tag}@example.test`,
      `2,Maya,Lopez,MAYA.${tag.toUpperCase()}@EXAMPLE.TEST`,
      `3,Hr,Made,${existing.email.toUpperCase()}`,
    ].join('\n');
    const res = await request(t.app.getHttpServer()).post(`/connectors/${id}/csv`).query({ mapping: MAPPING, mode: 'apply', validOnly: 'true' })
      .set('content-type', 'text/csv').set('authorization', `Bearer ${hr}`).send(csv);
    expect(res.status).toBe(200);
    expect(res.body.run).toMatchObject({ status: 'SUCCEEDED', created: 1, failed: 2 });
    const errors = await t.dataSource.query(`SELECT line, field, message FROM sync_error WHERE run_id = $1 ORDER BY line`, [res.body.run.id]);
    expect(errors).toEqual([
      { line: 3, field: 'email', message: 'Another employee already uses this email' },
      { line: 4, field: 'email', message: expect.stringMatching(/already uses this email.*linkExistingEmployees/) },
    ]);
  });

  it('refuses a linkExistingEmployees setting that is not true or false, naming settings', async () => {
    const res = await t.gql(`mutation($input: CreateConnectorInput!) { createConnector(input: $input) { ... on Connector { id } } }`, { input: { kind: 'SCIM', name: uniqueName('bad'), settings: { linkExistingEmployees: 'yes' } } }, hr);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'settings' });
  });
});
