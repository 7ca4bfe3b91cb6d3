import { makeOrg, uniqueName } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { employeeRow, entraUserOf, SCIM_ENTERPRISE, SCIM_ERROR, SCIM_GROUP, SCIM_PATCH_OP, SCIM_USER, scimClient, scimConnector } from '../support/scim-client';

/** SCIM as RFC 7644 says (issue 15, item 4). Runs on PostgreSQL and on the embedded engine. */
describe('SCIM: RFC 7644 behaviour', () => {
  let t: TestApp;
  let hr: string;
  let connector: { id: string; token: string };
  let tag: string;

  const send = (...args: Parameters<ReturnType<typeof scimClient>['send']>) => scimClient(t, connector.token).send(...args);
  const scim = (...args: Parameters<ReturnType<typeof scimClient>['scim']>) => scimClient(t, connector.token).scim(...args);
  const body = async (res: PromiseLike<{ text: string }>) => JSON.parse((await res).text);
  const user = (local: string, extra: Record<string, unknown> = {}) => entraUserOf(tag)(local, extra);
  const create = async (local: string, extra: Record<string, unknown> = {}): Promise<string> => {
    const res = await send('post', '/Users', user(local, extra));
    expect(res.status).toBe(201);
    return JSON.parse(res.text).id;
  };
  const patch = (id: string, ...Operations: unknown[]) => send('patch', `/Users/${id}`, { schemas: [SCIM_PATCH_OP], Operations });

  beforeAll(async () => {
    t = await startTestApp();
    hr = t.token((await makeOrg(t.dataSource)).hr.subject);
    connector = await scimConnector(t, hr);
    tag = uniqueName('r').replace(/\s+/g, '').toLowerCase();
  });
  afterAll(() => t.close());

  it('after DELETE (204) the user is 404 for every method and left out of lists, filters and group members; the person stays, TERMINATED', async () => {
    const id = await create('del');
    const group = await body(send('post', '/Groups', { schemas: [SCIM_GROUP], displayName: uniqueName(`G ${tag}`), members: [{ value: id }] }));
    expect((await scim('delete', `/Users/${id}`)).status).toBe(204);
    expect((await employeeRow(t, id)).status).toBe('TERMINATED');
    const after = [await scim('get', `/Users/${id}`), await patch(id, { op: 'replace', path: 'title', value: 'x' }), await send('put', `/Users/${id}`, user('del')), await scim('delete', `/Users/${id}`)];
    expect(after.map((r) => r.status)).toEqual([404, 404, 404, 404]);
    expect((await body(scim('get', '/Users').query({ filter: `userName eq "del.${tag}@example.test"` }))).totalResults).toBe(0);
    expect((await body(scim('get', '/Users'))).Resources.map((u: { id: string }) => u.id)).not.toContain(id);
    expect((await body(scim('get', `/Groups/${group.id}`))).members ?? []).toEqual([]);
  });

  it('a later POST of the deleted user brings the same person back (201, same id, active)', async () => {
    const id = await create('back');
    expect((await scim('delete', `/Users/${id}`)).status).toBe(204);
    const again = await send('post', '/Users', user('back', { title: 'Returned' }));
    expect(again.status).toBe(201);
    expect(JSON.parse(again.text)).toMatchObject({ id, active: true, title: 'Returned' });
    expect((await employeeRow(t, id)).status).toBe('ACTIVE');
    expect((await scim('get', `/Users/${id}`)).status).toBe(200);
  });

  it('concurrent identical POSTs give one 201 and 409 uniqueness for the others, never a 500', async () => {
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => send('post', '/Users', user('race'))));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    for (const r of results.filter((x) => x.status === 409)) expect(JSON.parse(r.text)).toMatchObject({ schemas: [SCIM_ERROR], scimType: 'uniqueness' });
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM employee WHERE lower(email) = $1`, [`race.${tag}@example.test`]);
    expect(count).toBe(1);
  });

  it('a manager that would close a reporting cycle is 400 invalidValue naming it, and one FAILED PUSH run HR sees with its error', async () => {
    const boss = await create('boss');
    const report = await create('report', { [SCIM_ENTERPRISE]: { manager: { value: boss } } });
    const refused = await patch(boss, { op: 'replace', path: `${SCIM_ENTERPRISE}:manager`, value: report });
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.text)).toMatchObject({ schemas: [SCIM_ERROR], status: '400', scimType: 'invalidValue', detail: expect.stringContaining(report) });
    expect((await employeeRow(t, boss)).manager_id).toBeNull();
    const runs = await t.gql<{ syncRuns: Array<{ id: string; mode: string; status: string; failed: number }> }>(
      `query($id: ID!) { syncRuns(connectorId: $id) { id mode status failed } }`, { id: connector.id }, hr,
    );
    expect(runs.data.syncRuns).toEqual([expect.objectContaining({ mode: 'PUSH', status: 'FAILED', failed: 1 })]);
    const errors = await t.gql<{ syncErrors: Array<{ field: string; message: string; code: string }> }>(`query($id: ID!) { syncErrors(runId: $id) { field message code } }`, { id: runs.data.syncRuns[0].id }, hr);
    expect(errors.data.syncErrors).toEqual([{ field: 'managerExternalId', message: expect.stringMatching(new RegExp(`${report}.*cycle`)), code: 'MANAGER_CYCLE' }]);
    // Later pushes do not write the error again, and no error row is left without a run.
    expect((await patch(report, { op: 'replace', path: 'title', value: 'Still fine' })).status).toBe(200);
    expect(await t.dataSource.query(`SELECT run_id FROM sync_error WHERE connector_id = $1`, [connector.id])).toEqual([{ run_id: runs.data.syncRuns[0].id }]);
  });

  it('/Schemas marks only userName required, and a user with only an email-shaped userName works', async () => {
    const schema = await body(scim('get', `/Schemas/${SCIM_USER}`));
    const required = Object.fromEntries(schema.attributes.map((a: { name: string; required: boolean }) => [a.name, a.required]));
    expect(required).toMatchObject({ userName: true, name: false, emails: false, active: false });
    const res = await send('post', '/Users', { schemas: [SCIM_USER], userName: `${tag}.lopez@example.test` });
    expect(res.status).toBe(201);
    expect(await employeeRow(t, JSON.parse(res.text).id)).toMatchObject({ email: `${tag}.lopez@example.test`, first_name: tag, last_name: 'lopez', status: 'ACTIVE' });
  });

  it('removing the optional name, emails or active (PATCH remove, PUT without them) is 200 and keeps what Skillpath needs', async () => {
    const id = await create('opt');
    for (const path of ['name', 'emails', 'active']) expect([path, (await patch(id, { op: 'remove', path })).status]).toEqual([path, 200]);
    expect(await employeeRow(t, id)).toMatchObject({ first_name: 'opt', last_name: 'Tester', email: `opt.${tag}@example.test`, status: 'ACTIVE' });
    expect((await patch(id, { op: 'replace', path: 'active', value: false })).status).toBe(200);
    const put = await send('put', `/Users/${id}`, { schemas: [SCIM_USER], userName: `opt.${tag}@example.test` });
    expect(put.status).toBe(200);
    expect(await employeeRow(t, id)).toMatchObject({ first_name: 'opt', last_name: 'Tester', email: `opt.${tag}@example.test`, status: 'TERMINATED' });
  });

  it('a Group POST accepts its core attributes under the core schema URN', async () => {
    const id = await create('urnmember');
    const name = uniqueName(`Urn ${tag}`);
    const res = await send('post', '/Groups', { schemas: [SCIM_GROUP], [`${SCIM_GROUP}:displayName`]: name, [SCIM_GROUP]: { members: [{ value: id }] } });
    expect(res.status).toBe(201);
    expect(JSON.parse(res.text)).toMatchObject({ displayName: name, members: [{ value: id }] });
  });
});

describe('SCIM: the rate limit', () => {
  it('answers 429 under /scim/v2 as a SCIM Error in application/scim+json', async () => {
    const t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '2' });
    try {
      const { scim } = scimClient(t, 'spc_any');
      for (let i = 0; i < 2; i++) expect((await scim('get', '/Users')).status).toBe(401);
      const limited = await scim('get', '/Users');
      expect(limited.status).toBe(429);
      expect(limited.headers['content-type']).toMatch(/^application\/scim\+json/);
      expect(JSON.parse(limited.text)).toEqual({ schemas: [SCIM_ERROR], status: '429', detail: expect.any(String) });
    } finally {
      await t.close();
    }
  });
});
