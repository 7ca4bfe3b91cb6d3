import { ScimUserPush } from '../../libs/connectors/src/scim/server/scim-user-push';
import { ScimUsersRepository } from '../../libs/connectors/src/scim/server/scim-users.repository';
import { countStatements } from '../support/statement-count';
import { makeOrg, uniqueName } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { employeeRow, entraUserOf, SCIM_ENTERPRISE, SCIM_ERROR, SCIM_GROUP, SCIM_PATCH_OP, scimClient, scimConnector } from '../support/scim-client';

/** Group membership: a SCIM Group is a department, and membership is the employee's department. */
describe('SCIM Groups: membership as departments', () => {
  let t: TestApp;
  let hr: string;
  let token: string;
  let tag: string;
  let n = 0;

  type Client = ReturnType<typeof scimClient>;
  const scim = (...args: Parameters<Client['scim']>) => scimClient(t, token).scim(...args);
  const send = (...args: Parameters<Client['send']>) => scimClient(t, token).send(...args);
  const body = async (res: Promise<{ text: string }>) => JSON.parse((await res).text);
  const department = async (id: string) => (await employeeRow(t, id)).department;

  /** A user without a department of its own. */
  async function user(bearer = token): Promise<string> {
    const local = `u${++n}`;
    const res = await send('post', '/Users', entraUserOf(tag)(local, { [SCIM_ENTERPRISE]: { employeeNumber: `N-${local}-${tag}` } }), bearer);
    expect(res.status).toBe(201);
    return JSON.parse(res.text).id;
  }

  async function group(members: string[] = [], bearer = token): Promise<{ id: string; name: string }> {
    const name = uniqueName(`Group ${tag}`);
    const res = await send('post', '/Groups', { schemas: [SCIM_GROUP], displayName: name, members: members.map((value) => ({ value })) }, bearer);
    expect(res.status).toBe(201);
    return { id: JSON.parse(res.text).id, name };
  }

  const patch = (id: string, ...Operations: unknown[]) => send('patch', `/Groups/${id}`, { schemas: [SCIM_PATCH_OP], Operations });
  const memberIds = async (id: string) => ((await body(scim('get', `/Groups/${id}`))).members ?? []).map((m: { value: string }) => m.value).sort();

  beforeAll(async () => {
    t = await startTestApp();
    const org = await makeOrg(t.dataSource);
    hr = t.token(org.hr.subject);
    token = (await scimConnector(t, hr)).token;
    tag = uniqueName('g').replace(/\s+/g, '').toLowerCase();
  });
  afterAll(() => t.close());

  it('POST /Groups with members (Okta) creates the department and moves the members into it through the sync engine', async () => {
    const [ann, bo] = [await user(), await user()];
    const res = await send('post', '/Groups', { schemas: [SCIM_GROUP], displayName: `Sales ${tag}`, members: [{ value: ann, display: 'Ann' }, { value: bo }] });
    expect(res.status).toBe(201);
    const created = JSON.parse(res.text);
    expect(created.members).toHaveLength(2);
    expect(created.members).toContainEqual({ value: ann, $ref: expect.stringMatching(new RegExp(`/scim/v2/Users/${ann}$`)), type: 'User', display: 'u1 Tester' });
    expect([await department(ann), await department(bo)]).toEqual([`Sales ${tag}`, `Sales ${tag}`]);
    const [ref] = await t.dataSource.query(`SELECT payload FROM external_ref WHERE internal_id = $1 AND entity = 'employee'`, [ann]);
    expect(ref.payload).toMatchObject({ department: `Sales ${tag}`, scimDepartmentVia: 'group' });
    expect(ref.payload.scim.enterprise.department).toBe(`Sales ${tag}`);
    const got = await body(scim('get', `/Users/${ann}`));
    expect(got.groups).toEqual([{ value: created.id, $ref: expect.stringContaining(`/Groups/${created.id}`), display: `Sales ${tag}`, type: 'direct' }]);
  });

  it('Entra PATCH "Add" members, then "Remove" with a value array: only the listed member leaves, and loses the department', async () => {
    const [ann, bo] = [await user(), await user()];
    const g = await group();
    const created = (await body(scim('get', `/Groups/${g.id}`))).meta.lastModified;
    const added = await patch(g.id, { op: 'Add', path: 'members', value: [{ $ref: null, value: ann }, { $ref: null, value: bo }] });
    expect(added.status).toBe(200);
    expect(Date.parse(JSON.parse(added.text).meta.lastModified)).toBeGreaterThan(Date.parse(created));
    expect(JSON.parse(added.text).members.map((m: { value: string }) => m.value).sort()).toEqual([ann, bo].sort());
    const removed = await patch(g.id, { op: 'Remove', path: 'members', value: [{ $ref: null, value: ann }] });
    expect(removed.status).toBe(200);
    expect(await memberIds(g.id)).toEqual([bo]);
    expect(await department(ann)).toBeNull();
    expect(await department(bo)).toBe(g.name);
  });

  it('Okta PATCH remove with a members[value eq "…"] filter, and a remove of a non-member succeeds and changes nothing', async () => {
    const [ann, bo] = [await user(), await user()];
    const g = await group([ann, bo]);
    expect((await patch(g.id, { op: 'remove', path: `members[value eq "${bo}"]` })).status).toBe(200);
    expect(await memberIds(g.id)).toEqual([ann]);
    expect(await department(bo)).toBeNull();
    expect((await patch(g.id, { op: 'remove', path: `members[value eq "${bo}"]` })).status).toBe(200);
    expect(await memberIds(g.id)).toEqual([ann]);
  });

  it('PATCH replace members sets the list; PUT sets displayName (renaming the department) and the full members list', async () => {
    const [ann, bo, cy] = [await user(), await user(), await user()];
    const g = await group([ann, bo]);
    expect((await patch(g.id, { op: 'replace', path: 'members', value: [{ value: bo }, { value: cy }] })).status).toBe(200);
    expect(await memberIds(g.id)).toEqual([bo, cy].sort());
    expect(await department(ann)).toBeNull();
    const renamed = `${g.name} renamed`;
    const put = await send('put', `/Groups/${g.id}`, { schemas: [SCIM_GROUP], id: g.id, displayName: renamed, members: [{ value: ann }] });
    expect(put.status).toBe(200);
    expect(JSON.parse(put.text)).toMatchObject({ id: g.id, displayName: renamed, members: [{ value: ann }] });
    expect((await t.dataSource.query(`SELECT name FROM department WHERE id = $1`, [g.id]))[0].name).toBe(renamed);
    expect([await department(ann), await department(bo), await department(cy)]).toEqual([renamed, null, null]);
  });

  it('GET honours excludedAttributes=members, for one group and for Entra\'s displayName lookup', async () => {
    const ann = await user();
    const g = await group([ann]);
    const one = await body(scim('get', `/Groups/${g.id}`).query({ excludedAttributes: 'members' }));
    expect(one).toEqual({ schemas: [SCIM_GROUP], id: g.id, displayName: g.name, meta: expect.objectContaining({ resourceType: 'Group' }) });
    const listed = await body(scim('get', '/Groups').query({ excludedAttributes: 'members', filter: `displayName eq "${g.name}"` }));
    expect(listed).toMatchObject({ totalResults: 1, Resources: [{ id: g.id, displayName: g.name }] });
    expect(listed.Resources[0]).not.toHaveProperty('members');
    expect((await body(scim('get', `/Groups/${g.id}`).query({ attributes: 'members.value' }))).members).toEqual([{ value: ann }]);
    const withMembers = await countStatements(t.dataSource, () => scim('get', `/Groups/${g.id}`).then((r) => r));
    const without = await countStatements(t.dataSource, () => scim('get', `/Groups/${g.id}`).query({ excludedAttributes: 'members' }).then((r) => r));
    expect(without).toBe(withMembers - 1);
  });

  it('filters groups by member (members eq, members[value eq])', async () => {
    const ann = await user();
    const g = await group([ann]);
    await group();
    for (const filter of [`members eq "${ann}"`, `members[value eq "${ann}"]`, `displayName sw "Group ${tag}" and members.value eq "${ann}"`]) {
      const listed = await body(scim('get', '/Groups').query({ filter }));
      expect(listed.Resources.map((r: { id: string }) => r.id)).toEqual([g.id]);
    }
  });

  it('a user added to a second department group moves there (last write wins); removing them from the first leaves them in the second', async () => {
    const ann = await user();
    const [first, second] = [await group([ann]), await group()];
    expect((await patch(second.id, { op: 'Add', path: 'members', value: [{ value: ann }] })).status).toBe(200);
    expect(await department(ann)).toBe(second.name);
    expect(await memberIds(first.id)).toEqual([]);
    expect((await patch(first.id, { op: 'Remove', path: 'members', value: [{ value: ann }] })).status).toBe(200);
    expect(await department(ann)).toBe(second.name);
    expect(await memberIds(second.id)).toEqual([ann]);
  });

  it('removing a user HR has moved to another department since leaves HR\'s department', async () => {
    const ann = await user();
    const g = await group([ann]);
    const [{ id: other }] = await t.dataSource.query(`INSERT INTO department (name) VALUES ($1) RETURNING id`, [uniqueName('HR dept')]);
    const moved = await t.gql(`mutation($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { __typename } }`, { input: { id: ann, departmentId: other } }, hr);
    expect(moved.errors).toBeUndefined();
    expect((await patch(g.id, { op: 'Remove', path: 'members', value: [{ value: ann }] })).status).toBe(200);
    expect((await employeeRow(t, ann)).department_id).toBe(other);
  });

  it('an Okta PUT of the user without a department keeps the one its group gave it; a PUT with one moves the user', async () => {
    const ann = await user();
    const g = await group([ann]);
    const current = await body(scim('get', `/Users/${ann}`));
    const { [SCIM_ENTERPRISE]: _enterprise, groups: _groups, meta: _meta, ...profile } = current;
    expect((await send('put', `/Users/${ann}`, { ...profile, title: 'Lead' })).status).toBe(200);
    expect(await department(ann)).toBe(g.name);
    expect((await send('put', `/Users/${ann}`, { ...profile, [SCIM_ENTERPRISE]: { department: `Elsewhere ${tag}` } })).status).toBe(200);
    expect(await department(ann)).toBe(`Elsewhere ${tag}`);
    expect((await send('put', `/Users/${ann}`, profile)).status).toBe(200);
    expect(await department(ann)).toBeNull();
  });

  it('a department HR owns (connector ownedFields) is never overwritten by a membership change', async () => {
    const owned = (await scimConnector(t, hr, { ownedFields: ['department'] })).token;
    const ann = await user(owned);
    const g = await group([], owned);
    const res = await send('patch', `/Groups/${g.id}`, { schemas: [SCIM_PATCH_OP], Operations: [{ op: 'add', path: 'members', value: [{ value: ann }] }] }, owned);
    expect(res.status).toBe(200);
    expect(await department(ann)).toBeNull();
  });

  it('DELETE /Groups/{id}: 204, its members leave the department, the department and its other people stay', async () => {
    const ann = await user();
    const g = await group([ann]);
    const [{ id: local }] = await t.dataSource.query(
      `INSERT INTO employee (first_name, last_name, email, department_id, status, work_context, version) VALUES ('Hal', 'Local', $1, $2, 'ACTIVE', 'OFFICE', 1) RETURNING id`,
      [`hal.${tag}@example.test`, g.id],
    );
    expect((await scim('delete', `/Groups/${g.id}`)).status).toBe(204);
    expect(await department(ann)).toBeNull();
    expect((await employeeRow(t, local)).department_id).toBe(g.id);
    expect((await t.dataSource.query(`SELECT 1 FROM department WHERE id = $1`, [g.id])).length).toBe(1);
  });

  it('adding many members costs the same number of statements as adding a few (one engine batch)', async () => {
    const few = await Promise.all([1, 2].map(() => user()));
    const many: string[] = [];
    for (let i = 0; i < 8; i++) many.push(await user());
    const [a, b] = [await group(), await group()];
    const add = (id: string, ids: string[]) => patch(id, { op: 'add', path: 'members', value: ids.map((value) => ({ value })) });
    const small = await countStatements(t.dataSource, () => add(a.id, few));
    const large = await countStatements(t.dataSource, () => add(b.id, many));
    expect(await memberIds(b.id)).toEqual([...many].sort());
    expect(large).toBe(small);
  });

  /** The next call of `method` waits, once it has been entered, until release() is called. */
  function holdNextCall<T extends object>(target: T, method: keyof T & string): { entered: Promise<void>; release: () => void } {
    const original = (target[method] as (...args: unknown[]) => Promise<unknown>).bind(target);
    let enter!: () => void;
    let release!: () => void;
    const entered = new Promise<void>((resolve) => (enter = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    jest.spyOn(target, method as never).mockImplementationOnce((async (...args: unknown[]) => {
      enter();
      await gate;
      return original(...args);
    }) as never);
    return { entered, release };
  }

  // supertest sends a request once it is awaited or then()-ed: `started` sends it now.
  const started = <R>(req: PromiseLike<R>) => Promise.resolve(req);

  it('a user PATCH arriving while a group write holds the user waits for it, so neither change is lost', async () => {
    const ann = await user();
    const g = await group();
    const hold = holdNextCall(t.app.get(ScimUserPush), 'apply');
    const groupWrite = started(patch(g.id, { op: 'add', path: 'members', value: [{ value: ann }] }));
    await hold.entered;
    const userWrite = started(send('patch', `/Users/${ann}`, { schemas: [SCIM_PATCH_OP], Operations: [{ op: 'replace', path: 'title', value: 'Raced' }] }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    hold.release();
    expect([(await groupWrite).status, (await userWrite).status]).toEqual([200, 200]);
    jest.restoreAllMocks();
    expect([await department(ann), (await body(scim('get', `/Users/${ann}`))).title]).toEqual([g.name, 'Raced']);
  });

  it('a member another write moves elsewhere while a group removal is under way keeps the new department', async () => {
    const ann = await user();
    const g = await group([ann]);
    const hold = holdNextCall(t.app.get(ScimUsersRepository), 'findForUpdate');
    const removal = started(patch(g.id, { op: 'remove', path: 'members' }));
    await hold.entered;
    const move = started(send('patch', `/Users/${ann}`, { schemas: [SCIM_PATCH_OP], Operations: [{ op: 'add', path: `${SCIM_ENTERPRISE}:department`, value: `Moved ${tag}` }] }));
    // On PostgreSQL the move commits now; the embedded engine runs one transaction at a time, so there it waits.
    await Promise.race([move, new Promise((resolve) => setTimeout(resolve, 2000))]);
    hold.release();
    expect([(await removal).status, (await move).status]).toEqual([200, 200]);
    jest.restoreAllMocks();
    expect(await department(ann)).toBe(`Moved ${tag}`);
  });

  describe('bad input gets a SCIM error and changes nothing', () => {
    it('an unknown member, or a user of another connector, is 400 invalidValue and nobody is added', async () => {
      const [ann, stranger] = [await user(), await user((await scimConnector(t, hr)).token)];
      const g = await group();
      for (const value of ['00000000-0000-4000-8000-000000000000', stranger, 'not-an-id']) {
        const res = await patch(g.id, { op: 'Add', path: 'members', value: [{ value: ann }, { value }] });
        expect(res.status).toBe(400);
        expect(JSON.parse(res.text)).toMatchObject({ schemas: [SCIM_ERROR], status: '400', scimType: 'invalidValue' });
      }
      expect(await memberIds(g.id)).toEqual([]);
      expect(await department(ann)).toBeNull();
      expect(await department(stranger)).toBeNull();
    });

    it('a malformed member filter is 400 invalidPath; an unknown group is 404', async () => {
      const ann = await user();
      const g = await group([ann]);
      const res = await patch(g.id, { op: 'remove', path: 'members[value eq ]' });
      expect(JSON.parse(res.text)).toMatchObject({ status: '400', scimType: 'invalidPath' });
      expect(await memberIds(g.id)).toEqual([ann]);
      for (const id of ['00000000-0000-4000-8000-000000000000', 'nope']) {
        expect(JSON.parse((await patch(id, { op: 'remove', path: 'members' })).text)).toMatchObject({ schemas: [SCIM_ERROR], status: '404' });
      }
    });

    it('a PUT renaming to another group\'s name is 409 uniqueness and changes neither name nor members', async () => {
      const [ann, bo] = [await user(), await user()];
      const [g, other] = [await group([ann]), await group()];
      const res = await send('put', `/Groups/${g.id}`, { schemas: [SCIM_GROUP], displayName: other.name, members: [{ value: bo }] });
      expect(res.status).toBe(409);
      expect(JSON.parse(res.text)).toMatchObject({ status: '409', scimType: 'uniqueness' });
      expect((await body(scim('get', `/Groups/${g.id}`))).displayName).toBe(g.name);
      expect(await memberIds(g.id)).toEqual([ann]);
      expect(await department(bo)).toBeNull();
    });

    it('a POST with an unknown member creates no department', async () => {
      const name = uniqueName(`Group ${tag}`);
      const res = await send('post', '/Groups', { displayName: name, members: [{ value: '00000000-0000-4000-8000-000000000000' }] });
      expect(res.status).toBe(400);
      expect(await t.dataSource.query(`SELECT 1 FROM department WHERE name = $1`, [name])).toEqual([]);
    });
  });
});
