import { countStatements } from '../support/statement-count';
import { makeEmployee, uniqueName } from '../support/factories';
import { employeeRow, SCIM_ENTERPRISE, SCIM_GROUP, SCIM_PATCH_OP, scimConnector } from '../support/scim-client';
import { ScimGroupsWorld } from '../support/scim-groups-world';

/** Group membership: a SCIM Group is a department, and membership is the employee's department. */
describe('SCIM Groups: membership as departments', () => {
  let w: ScimGroupsWorld;
  beforeAll(async () => (w = await ScimGroupsWorld.start()));
  afterAll(() => w.close());

  it('POST /Groups with members (Okta) creates the department and moves the members into it through the sync engine', async () => {
    const [ann, bo] = [await w.user(), await w.user()];
    const res = await w.send('post', '/Groups', { schemas: [SCIM_GROUP], displayName: `Sales ${w.tag}`, members: [{ value: ann, display: 'Ann' }, { value: bo }] });
    expect(res.status).toBe(201);
    const created = JSON.parse(res.text);
    expect(created.members).toHaveLength(2);
    expect(created.members).toContainEqual({ value: ann, $ref: expect.stringMatching(new RegExp(`/scim/v2/Users/${ann}$`)), type: 'User', display: 'u1 Tester' });
    expect([await w.department(ann), await w.department(bo)]).toEqual([`Sales ${w.tag}`, `Sales ${w.tag}`]);
    const [ref] = await w.t.dataSource.query(`SELECT payload FROM external_ref WHERE internal_id = $1 AND entity = 'employee'`, [ann]);
    expect(ref.payload).toMatchObject({ department: `Sales ${w.tag}`, scimDepartmentVia: 'group' });
    expect(ref.payload.scim.enterprise.department).toBe(`Sales ${w.tag}`);
    const got = await w.body(w.scim('get', `/Users/${ann}`));
    expect(got.groups).toEqual([{ value: created.id, $ref: expect.stringContaining(`/Groups/${created.id}`), display: `Sales ${w.tag}`, type: 'direct' }]);
  });

  it('Entra PATCH "Add" members, then "Remove" with a value array: only the listed member leaves, and loses the department', async () => {
    const [ann, bo] = [await w.user(), await w.user()];
    const g = await w.group();
    const created = (await w.body(w.scim('get', `/Groups/${g.id}`))).meta.lastModified;
    const added = await w.patch(g.id, { op: 'Add', path: 'members', value: [{ $ref: null, value: ann }, { $ref: null, value: bo }] });
    expect(added.status).toBe(200);
    expect(Date.parse(JSON.parse(added.text).meta.lastModified)).toBeGreaterThan(Date.parse(created));
    expect(JSON.parse(added.text).members.map((m: { value: string }) => m.value).sort()).toEqual([ann, bo].sort());
    const removed = await w.patch(g.id, { op: 'Remove', path: 'members', value: [{ $ref: null, value: ann }] });
    expect(removed.status).toBe(200);
    expect(await w.memberIds(g.id)).toEqual([bo]);
    expect(await w.department(ann)).toBeNull();
    expect(await w.department(bo)).toBe(g.name);
  });

  it('Okta PATCH remove with a members[value eq "…"] filter, and a remove of a non-member succeeds and changes nothing', async () => {
    const [ann, bo] = [await w.user(), await w.user()];
    const g = await w.group([ann, bo]);
    expect((await w.patch(g.id, { op: 'remove', path: `members[value eq "${bo}"]` })).status).toBe(200);
    expect(await w.memberIds(g.id)).toEqual([ann]);
    expect(await w.department(bo)).toBeNull();
    expect((await w.patch(g.id, { op: 'remove', path: `members[value eq "${bo}"]` })).status).toBe(200);
    expect(await w.memberIds(g.id)).toEqual([ann]);
  });

  it('PATCH replace members sets the list; PUT sets displayName (renaming the department) and the full members list', async () => {
    const [ann, bo, cy] = [await w.user(), await w.user(), await w.user()];
    const g = await w.group([ann, bo]);
    expect((await w.patch(g.id, { op: 'replace', path: 'members', value: [{ value: bo }, { value: cy }] })).status).toBe(200);
    expect(await w.memberIds(g.id)).toEqual([bo, cy].sort());
    expect(await w.department(ann)).toBeNull();
    const renamed = `${g.name} renamed`;
    const put = await w.send('put', `/Groups/${g.id}`, { schemas: [SCIM_GROUP], id: g.id, displayName: renamed, members: [{ value: ann }] });
    expect(put.status).toBe(200);
    expect(JSON.parse(put.text)).toMatchObject({ id: g.id, displayName: renamed, members: [{ value: ann }] });
    expect((await w.t.dataSource.query(`SELECT name FROM department WHERE id = $1`, [g.id]))[0].name).toBe(renamed);
    expect([await w.department(ann), await w.department(bo), await w.department(cy)]).toEqual([renamed, null, null]);
  });

  it('GET honours excludedAttributes=members, for one group and for Entra\'s displayName lookup', async () => {
    const ann = await w.user();
    const g = await w.group([ann]);
    const one = await w.body(w.scim('get', `/Groups/${g.id}`).query({ excludedAttributes: 'members' }));
    expect(one).toEqual({ schemas: [SCIM_GROUP], id: g.id, displayName: g.name, meta: expect.objectContaining({ resourceType: 'Group' }) });
    const listed = await w.body(w.scim('get', '/Groups').query({ excludedAttributes: 'members', filter: `displayName eq "${g.name}"` }));
    expect(listed).toMatchObject({ totalResults: 1, Resources: [{ id: g.id, displayName: g.name }] });
    expect(listed.Resources[0]).not.toHaveProperty('members');
    expect((await w.body(w.scim('get', `/Groups/${g.id}`).query({ attributes: 'members.value' }))).members).toEqual([{ value: ann }]);
    const withMembers = await countStatements(w.t.dataSource, () => w.scim('get', `/Groups/${g.id}`).then((r) => r));
    const without = await countStatements(w.t.dataSource, () => w.scim('get', `/Groups/${g.id}`).query({ excludedAttributes: 'members' }).then((r) => r));
    expect(without).toBe(withMembers - 1);
  });

  it('filters groups by member (members eq, members[value eq])', async () => {
    const ann = await w.user();
    const g = await w.group([ann]);
    await w.group();
    for (const filter of [`members eq "${ann}"`, `members[value eq "${ann}"]`, `displayName sw "Group ${w.tag}" and members.value eq "${ann}"`]) {
      const listed = await w.body(w.scim('get', '/Groups').query({ filter }));
      expect(listed.Resources.map((r: { id: string }) => r.id)).toEqual([g.id]);
    }
  });

  it('a user added to a second department group moves there (last write wins); removing them from the first leaves them in the second', async () => {
    const ann = await w.user();
    const [first, second] = [await w.group([ann]), await w.group()];
    expect((await w.patch(second.id, { op: 'Add', path: 'members', value: [{ value: ann }] })).status).toBe(200);
    expect(await w.department(ann)).toBe(second.name);
    expect(await w.memberIds(first.id)).toEqual([]);
    expect((await w.patch(first.id, { op: 'Remove', path: 'members', value: [{ value: ann }] })).status).toBe(200);
    expect(await w.department(ann)).toBe(second.name);
    expect(await w.memberIds(second.id)).toEqual([ann]);
  });

  it('removing a user HR has moved to another department since leaves HR\'s department', async () => {
    const ann = await w.user();
    const g = await w.group([ann]);
    const [{ id: other }] = await w.t.dataSource.query(`INSERT INTO department (name) VALUES ($1) RETURNING id`, [uniqueName('HR dept')]);
    const moved = await w.t.gql(`mutation($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { __typename } }`, { input: { id: ann, departmentId: other } }, w.hr);
    expect(moved.errors).toBeUndefined();
    expect((await w.patch(g.id, { op: 'Remove', path: 'members', value: [{ value: ann }] })).status).toBe(200);
    expect((await employeeRow(w.t, ann)).department_id).toBe(other);
  });

  it('an Okta PUT of the user without a department keeps the one its group gave it; a PUT with one moves the user', async () => {
    const ann = await w.user();
    const g = await w.group([ann]);
    const current = await w.body(w.scim('get', `/Users/${ann}`));
    const { [SCIM_ENTERPRISE]: _enterprise, groups: _groups, meta: _meta, ...profile } = current;
    expect((await w.send('put', `/Users/${ann}`, { ...profile, title: 'Lead' })).status).toBe(200);
    expect(await w.department(ann)).toBe(g.name);
    expect((await w.send('put', `/Users/${ann}`, { ...profile, [SCIM_ENTERPRISE]: { department: `Elsewhere ${w.tag}` } })).status).toBe(200);
    expect(await w.department(ann)).toBe(`Elsewhere ${w.tag}`);
    expect((await w.send('put', `/Users/${ann}`, profile)).status).toBe(200);
    expect(await w.department(ann)).toBeNull();
  });

  it('a department HR owns (connector ownedFields) is never overwritten by a membership change', async () => {
    const owned = (await scimConnector(w.t, w.hr, { ownedFields: ['department'] })).token;
    const ann = await w.user(owned);
    const g = await w.group([], owned);
    const res = await w.send('patch', `/Groups/${g.id}`, { schemas: [SCIM_PATCH_OP], Operations: [{ op: 'add', path: 'members', value: [{ value: ann }] }] }, owned);
    expect(res.status).toBe(200);
    expect(await w.department(ann)).toBeNull();
  });

  it('DELETE /Groups/{id}: 204, its members leave the department, the department and its other people stay', async () => {
    const ann = await w.user();
    const g = await w.group([ann]);
    const { id: local } = await makeEmployee(w.t.dataSource, { firstName: 'Hal', departmentId: g.id });
    expect((await w.scim('delete', `/Groups/${g.id}`)).status).toBe(204);
    expect(await w.department(ann)).toBeNull();
    expect((await employeeRow(w.t, local)).department_id).toBe(g.id);
    expect((await w.t.dataSource.query(`SELECT 1 FROM department WHERE id = $1`, [g.id])).length).toBe(1);
  });
});
