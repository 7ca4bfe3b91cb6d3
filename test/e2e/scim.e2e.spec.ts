import { makeOrg, uniqueName } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { employeeRow, entraUserOf, SCIM_ENTERPRISE as ENTERPRISE, SCIM_ERROR as ERROR, SCIM_PATCH_OP as PATCH_OP, SCIM_USER as USER, scimClient, scimConnector as makeScimConnector } from '../support/scim-client';

describe('SCIM 2.0 service provider (/scim/v2)', () => {
  let t: TestApp;
  let hr: string;
  let token: string;
  let tag: string;

  const scimConnector = async () => (await makeScimConnector(t, hr)).token;
  type Client = ReturnType<typeof scimClient>;
  const scim = (...args: Parameters<Client['scim']>) => scimClient(t, token).scim(...args);
  const send = (...args: Parameters<Client['send']>) => scimClient(t, token).send(...args);
  const entraUser = (local: string, extra: Record<string, unknown> = {}) => entraUserOf(tag)(local, extra);
  const employee = (id: string) => employeeRow(t, id);

  beforeAll(async () => {
    t = await startTestApp();
    const org = await makeOrg(t.dataSource);
    hr = t.token(org.hr.subject);
    token = await scimConnector();
    tag = uniqueName('t').replace(/\s+/g, '').toLowerCase();
  });
  afterAll(() => t.close());

  it('serves the discovery endpoints as application/scim+json', async () => {
    const config = await scim('get', '/ServiceProviderConfig');
    expect(config.status).toBe(200);
    expect(config.headers['content-type']).toMatch(/application\/scim\+json/);
    expect(JSON.parse(config.text)).toMatchObject({ patch: { supported: true }, filter: { supported: true } });
    const types = JSON.parse((await scim('get', '/ResourceTypes')).text);
    expect(types.Resources.map((r: { id: string }) => r.id)).toEqual(['User', 'Group']);
    const schemas = JSON.parse((await scim('get', '/Schemas')).text);
    expect(schemas.Resources.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining([USER, ENTERPRISE]));
    const one = await scim('get', `/Schemas/${ENTERPRISE}`);
    expect(JSON.parse(one.text).id).toBe(ENTERPRISE);
  });

  it('refuses a missing or wrong bearer token with a 401 SCIM error', async () => {
    for (const bearer of [null, 'spc_not-a-token', hr]) {
      const res = await scim('get', '/Users', bearer);
      expect(res.status).toBe(401);
      expect(JSON.parse(res.text)).toMatchObject({ schemas: [ERROR], status: '401' });
    }
  });

  it('creates an Entra-shaped user as an employee with department and manager, through the sync engine', async () => {
    const boss = await send('post', '/Users', entraUser('boss'));
    expect(boss.status).toBe(201);
    const bossId = JSON.parse(boss.text).id;
    const res = await send('post', '/Users', entraUser('ada', { [ENTERPRISE]: { department: `Dept ${tag}`, manager: { value: bossId } } }));
    expect(res.status).toBe(201);
    const body = JSON.parse(res.text);
    expect(res.headers.location).toBe(body.meta.location);
    expect(body).toMatchObject({ userName: `ada.${tag}@example.test`, externalId: `ext-ada-${tag}`, active: true, [ENTERPRISE]: { department: `Dept ${tag}`, manager: { value: bossId } } });
    const row = await employee(body.id);
    expect(row).toMatchObject({ first_name: 'ada', last_name: 'Tester', email: `ada.${tag}@example.test`, department: `Dept ${tag}`, manager_id: bossId, status: 'ACTIVE' });
    const [ref] = await t.dataSource.query(`SELECT payload FROM external_ref WHERE internal_id = $1 AND entity = 'employee'`, [body.id]);
    expect(ref.payload).toMatchObject({ email: `ada.${tag}@example.test`, status: 'ACTIVE', scim: { userName: `ada.${tag}@example.test` } });
    const got = await scim('get', `/Users/${body.id}`);
    expect(JSON.parse(got.text)).toMatchObject({ id: body.id, userName: `ada.${tag}@example.test` });
    expect((await scim('get', '/Users/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('filters users by userName, externalId and emails, and another connector sees none of them', async () => {
    await send('post', '/Users', entraUser('filt'));
    const list = async (filter: string) => JSON.parse((await scim('get', '/Users').query({ filter })).text);
    const byName = await list(`userName eq "FILT.${tag}@example.test"`);
    expect(byName.totalResults).toBe(1);
    expect(byName.Resources[0].userName).toBe(`filt.${tag}@example.test`);
    expect((await list(`externalId eq "ext-filt-${tag}"`)).Resources.map((u: { userName: string }) => u.userName)).toEqual([`filt.${tag}@example.test`]);
    expect((await list(`externalId eq "EXT-FILT-${tag}"`)).totalResults).toBe(0);
    expect((await list(`emails co "filt.${tag}"`)).totalResults).toBe(1);
    expect((await list(`name.familyName eq "Tester" and userName sw "filt.${tag}"`)).totalResults).toBe(1);
    expect((await list(`userName eq "nobody.${tag}@example.test" or externalId pr and userName sw "filt.${tag}"`)).totalResults).toBe(1);
    const other = await scimConnector();
    const none = JSON.parse((await scim('get', '/Users', other).query({ filter: `userName eq "filt.${tag}@example.test"` })).text);
    expect(none.totalResults).toBe(0);
  });

  it('pages with startIndex and count', async () => {
    const own = await scimConnector();
    for (const n of ['p1', 'p2', 'p3']) expect((await send('post', '/Users', entraUser(n), own)).status).toBe(201);
    const page = async (startIndex: number, count: number) => JSON.parse((await scim('get', '/Users', own).query({ startIndex, count })).text);
    const first = await page(1, 2);
    expect(first).toMatchObject({ totalResults: 3, startIndex: 1, itemsPerPage: 2 });
    const second = await page(3, 2);
    expect(second).toMatchObject({ totalResults: 3, startIndex: 3, itemsPerPage: 1 });
    const names = [...first.Resources, ...second.Resources].map((u: { userName: string }) => u.userName);
    expect(new Set(names)).toEqual(new Set(['p1', 'p2', 'p3'].map((n) => `${n}.${tag}@example.test`)));
  });

  it('replaces a user with an Okta-shaped PUT', async () => {
    const id = JSON.parse((await send('post', '/Users', entraUser('okta'))).text).id;
    // Sent as application/json (parsed by the app's JSON parser) rather than application/scim+json.
    const put = await scim('put', `/Users/${id}`).send({
      schemas: [USER],
      userName: `okta.${tag}@example.test`,
      name: { givenName: 'Octavia', familyName: 'Renamed' },
      emails: [{ primary: true, value: `okta.${tag}@example.test`, type: 'work' }],
      active: true,
      title: 'Lead',
    });
    expect(put.status).toBe(200);
    expect(JSON.parse(put.text)).toMatchObject({ id, name: { givenName: 'Octavia', familyName: 'Renamed' }, title: 'Lead' });
    expect(await employee(id)).toMatchObject({ first_name: 'Octavia', last_name: 'Renamed', department: null });
  });

  it('applies an Entra PATCH ("Replace" without a path, active "False") as a deactivation, never a deletion', async () => {
    const id = JSON.parse((await send('post', '/Users', entraUser('entra'))).text).id;
    const res = await send('patch', `/Users/${id}`, {
      schemas: [PATCH_OP],
      Operations: [
        { op: 'Replace', value: { active: 'False', 'name.givenName': 'Entrana' } },
        { op: 'Add', path: 'title', value: 'Staff Engineer' },
      ],
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toMatchObject({ active: false, name: { givenName: 'Entrana' }, title: 'Staff Engineer' });
    expect(await employee(id)).toMatchObject({ status: 'TERMINATED', first_name: 'Entrana' });
    const back = await send('patch', `/Users/${id}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'active', value: 'True' }] });
    expect(JSON.parse(back.text).active).toBe(true);
    expect((await employee(id)).status).toBe('ACTIVE');
  });

  it('changes the manager with an Entra PATCH on the enterprise manager path, and the employee\'s manager follows', async () => {
    const first = JSON.parse((await send('post', '/Users', entraUser('mgr1'))).text).id;
    const second = JSON.parse((await send('post', '/Users', entraUser('mgr2'))).text).id;
    const id = JSON.parse((await send('post', '/Users', entraUser('report', { [ENTERPRISE]: { manager: { value: first } } }))).text).id;
    expect((await employee(id)).manager_id).toBe(first);
    const res = await send('patch', `/Users/${id}`, { schemas: [PATCH_OP], Operations: [{ op: 'Add', path: `${ENTERPRISE}:manager`, value: second }] });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)[ENTERPRISE].manager.value).toBe(second);
    expect((await employee(id)).manager_id).toBe(second);
    const cleared = await send('patch', `/Users/${id}`, { schemas: [PATCH_OP], Operations: [{ op: 'Remove', path: `${ENTERPRISE}:manager` }] });
    expect(cleared.status).toBe(200);
    expect(JSON.parse(cleared.text)[ENTERPRISE]?.manager).toBeUndefined();
    expect((await employee(id)).manager_id).toBeNull();
  });

  it('keeps fields HR owns locally (connector ownedFields) when a push changes them', async () => {
    const owned = (await makeScimConnector(t, hr, { ownedFields: ['jobTitle'] })).token;
    const id = JSON.parse((await send('post', '/Users', entraUser('owned'), owned)).text).id;
    expect(JSON.parse((await scim('get', `/Users/${id}`, owned)).text).title).toBe('Engineer');
    const res = await send('patch', `/Users/${id}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'title', value: 'CTO' }, { op: 'replace', path: 'name.familyName', value: 'Changed' }] }, owned);
    expect(JSON.parse(res.text)).toMatchObject({ title: 'Engineer', name: { familyName: 'Changed' } });
  });

  it('DELETE deactivates: 204, the employee is TERMINATED (never deleted) and the user is gone for this client (404)', async () => {
    const id = JSON.parse((await send('post', '/Users', entraUser('gone'))).text).id;
    const del = await scim('delete', `/Users/${id}`);
    expect(del.status).toBe(204);
    expect((await employee(id)).status).toBe('TERMINATED');
    expect((await scim('get', `/Users/${id}`)).status).toBe(404);
  });

  it('honours attributes and excludedAttributes on Users (get and list), and refuses a malformed one with 400 invalidPath', async () => {
    const id = JSON.parse((await send('post', '/Users', entraUser('attr'))).text).id;
    const one = JSON.parse((await scim('get', `/Users/${id}`).query({ attributes: 'userName,emails.value' })).text);
    expect(one).toEqual({ schemas: [USER, ENTERPRISE], id, userName: `attr.${tag}@example.test`, emails: [{ value: `attr.${tag}@example.test` }] });
    const listed = JSON.parse((await scim('get', '/Users').query({ filter: `userName eq "attr.${tag}@example.test"`, excludedAttributes: `emails,${ENTERPRISE}` })).text);
    expect(listed.Resources).toHaveLength(1);
    expect(listed.Resources[0]).toMatchObject({ id, userName: `attr.${tag}@example.test`, active: true });
    expect(Object.keys(listed.Resources[0])).not.toEqual(expect.arrayContaining(['emails']));
    expect(listed.Resources[0][ENTERPRISE]).toBeUndefined();
    const bad = await scim('get', `/Users/${id}`).query({ attributes: 'user name' });
    expect(JSON.parse(bad.text)).toMatchObject({ schemas: [ERROR], status: '400', scimType: 'invalidPath' });
  });

  it('answers endpoints it does not serve with SCIM errors: 501 for Bulk, /Me and .search, 404 otherwise, 401 before either', async () => {
    const cases: Array<['get' | 'post' | 'put', string, number]> = [['post', '/Bulk', 501], ['get', '/Me', 501], ['post', '/Users/.search', 501], ['get', '/Devices', 404], ['put', '/Users', 404]];
    for (const [method, path, status] of cases) {
      const res = await scim(method, path);
      expect([path, res.status, res.headers['content-type']]).toEqual([path, status, expect.stringMatching(/application\/scim\+json/)]);
      expect(JSON.parse(res.text)).toMatchObject({ schemas: [ERROR], status: String(status) });
    }
    expect((await scim('get', '/Me', null)).status).toBe(401);
  });

  it('answers an invalid filter with 400 invalidFilter', async () => {
    for (const filter of ['userName eq', 'password eq "x"']) {
      const res = await scim('get', '/Users').query({ filter });
      expect(res.status).toBe(400);
      expect(JSON.parse(res.text)).toMatchObject({ schemas: [ERROR], status: '400', scimType: 'invalidFilter' });
    }
  });

  it('refuses a duplicate userName or email with 409 uniqueness', async () => {
    expect((await send('post', '/Users', entraUser('dup'))).status).toBe(201);
    const again = await send('post', '/Users', entraUser('dup', { externalId: 'other' }));
    expect(again.status).toBe(409);
    expect(JSON.parse(again.text)).toMatchObject({ schemas: [ERROR], status: '409', scimType: 'uniqueness' });
    const sameEmail = await send('post', '/Users', entraUser('dup', { userName: `someone-else.${tag}` }));
    expect(JSON.parse(sameEmail.text)).toMatchObject({ status: '409', scimType: 'uniqueness' });
  });

  it('refuses an unknown manager with 400 invalidValue', async () => {
    const res = await send('post', '/Users', entraUser('orphan', { [ENTERPRISE]: { manager: { value: '00000000-0000-4000-8000-000000000000' } } }));
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text)).toMatchObject({ status: '400', scimType: 'invalidValue' });
  });

  it('maps Groups to departments: create, get, list by displayName with members', async () => {
    const name = `Group ${tag}`;
    const created = await send('post', '/Groups', { schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], displayName: name });
    expect(created.status).toBe(201);
    const group = JSON.parse(created.text);
    expect((await t.dataSource.query(`SELECT name FROM department WHERE id = $1`, [group.id]))[0].name).toBe(name);
    expect((await send('post', '/Groups', { displayName: name })).status).toBe(409);
    await send('post', '/Users', entraUser('member', { [ENTERPRISE]: { department: name } }));
    const got = JSON.parse((await scim('get', `/Groups/${group.id}`)).text);
    expect(got.members.map((m: { display: string }) => m.display)).toEqual(['member Tester']);
    const listed = JSON.parse((await scim('get', '/Groups').query({ filter: `displayName eq "${name}"` })).text);
    expect(listed).toMatchObject({ totalResults: 1, Resources: [{ id: group.id, displayName: name }] });
  });
});
