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
    // Line 3 repeats line 2's email in another case: the file check (the one preview shows) refuses it before the sync;
    // line 4's email belongs to an HR-made employee, which only the sync can tell.
    expect(res.body.run).toMatchObject({ status: 'SUCCEEDED', created: 1, failed: 1 });
    expect(res.body.errors).toEqual([expect.objectContaining({ line: 3, field: 'email' })]);
    const errors = await t.dataSource.query(`SELECT line, field, message FROM sync_error WHERE run_id = $1 ORDER BY line`, [res.body.run.id]);
    expect(errors).toEqual([{ line: 4, field: 'email', message: expect.stringMatching(/already uses this email.*linkExistingEmployees/) }]);
  });

  it('refuses a linkExistingEmployees setting that is not true or false, naming settings', async () => {
    const res = await t.gql(`mutation($input: CreateConnectorInput!) { createConnector(input: $input) { ... on Connector { id } } }`, { input: { kind: 'SCIM', name: uniqueName('bad'), settings: { linkExistingEmployees: 'yes' } } }, hr);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'settings' });
  });
});
