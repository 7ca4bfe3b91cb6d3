import { countStatements } from '../support/statement-count';
import { makeEmployee, uniqueName } from '../support/factories';
import { SCIM_ERROR, SCIM_GROUP, scimConnector } from '../support/scim-client';
import { ScimGroupsWorld } from '../support/scim-groups-world';

type Listed = { totalResults: number; Resources: Array<{ id: string; externalId?: string }> };

/** A group's externalId is the connector's own; a DELETEd group is gone for that connector only (RFC 7644 §3.6). */
describe('SCIM Groups: externalId and DELETE', () => {
  let w: ScimGroupsWorld;
  let other: string;
  beforeAll(async () => {
    w = await ScimGroupsWorld.start();
    other = (await scimConnector(w.t, w.hr)).token;
  });
  afterAll(() => w.close());

  const listed = async (filter: string, bearer = w.token): Promise<Listed> => w.body(w.scim('get', '/Groups', bearer).query({ filter }));
  const idsFound = async (filter: string, bearer = w.token) => (await listed(filter, bearer)).Resources.map((r) => r.id);

  /** Every group id of the unfiltered list, page after page. */
  async function everyGroupId(bearer = w.token): Promise<string[]> {
    const ids: string[] = [];
    for (let startIndex = 1; ; startIndex += 100) {
      const page: Listed = await w.body(w.scim('get', '/Groups', bearer).query({ startIndex, count: 100, excludedAttributes: 'members' }));
      ids.push(...page.Resources.map((r) => r.id));
      if (page.Resources.length < 100) return ids;
    }
  }

  const post = (body: Record<string, unknown>, bearer = w.token) => w.send('post', '/Groups', { schemas: [SCIM_GROUP], ...body }, bearer);

  describe('externalId', () => {
    it('is stored on POST and returned by POST, GET and lists, for this connector only', async () => {
      const name = uniqueName(`Group ${w.tag}`);
      const res = await post({ displayName: name, externalId: `entra-${w.tag}-1`, members: [] });
      expect(res.status).toBe(201);
      const created = JSON.parse(res.text);
      expect(created).toMatchObject({ id: expect.any(String), externalId: `entra-${w.tag}-1`, displayName: name });
      expect((await w.body(w.scim('get', `/Groups/${created.id}`))).externalId).toBe(`entra-${w.tag}-1`);
      expect((await listed(`displayName eq "${name}"`)).Resources).toMatchObject([{ id: created.id, externalId: `entra-${w.tag}-1` }]);
      const links = await w.t.dataSource.query(`SELECT payload FROM external_ref WHERE entity = 'department' AND internal_id = $1`, [created.id]);
      expect(links).toEqual([{ payload: { externalId: `entra-${w.tag}-1` } }]);

      const seenByOther = await w.body(w.scim('get', `/Groups/${created.id}`, other));
      expect(seenByOther).toMatchObject({ id: created.id, displayName: name });
      expect(seenByOther).not.toHaveProperty('externalId');
      expect((await listed(`displayName eq "${name}"`, other)).Resources[0]).not.toHaveProperty('externalId');
      expect(await idsFound(`externalId eq "entra-${w.tag}-1"`, other)).toEqual([]);
    });

    it('is changed by PUT (and cleared by a PUT without one)', async () => {
      const g = await w.group();
      const put = (body: Record<string, unknown>) => w.send('put', `/Groups/${g.id}`, { schemas: [SCIM_GROUP], id: g.id, displayName: g.name, members: [], ...body });
      const res = await put({ externalId: `put-${w.tag}` });
      expect(res.status).toBe(200);
      expect(JSON.parse(res.text).externalId).toBe(`put-${w.tag}`);
      expect((await w.body(w.scim('get', `/Groups/${g.id}`))).externalId).toBe(`put-${w.tag}`);
      expect(JSON.parse((await put({})).text)).not.toHaveProperty('externalId');
      expect(await w.body(w.scim('get', `/Groups/${g.id}`))).not.toHaveProperty('externalId');
    });

    it('is changed by PATCH as Entra sends it ("Replace" with path) and as Okta sends it (replace without path)', async () => {
      const g = await w.group();
      const entra = await w.patch(g.id, { op: 'Replace', path: 'externalId', value: `entra-${w.tag}-2` });
      expect(entra.status).toBe(200);
      expect(JSON.parse(entra.text).externalId).toBe(`entra-${w.tag}-2`);
      expect((await w.body(w.scim('get', `/Groups/${g.id}`))).externalId).toBe(`entra-${w.tag}-2`);
      const okta = await w.patch(g.id, { op: 'replace', value: { id: g.id, externalId: `okta-${w.tag}-2` } });
      expect(okta.status).toBe(200);
      expect(JSON.parse(okta.text)).toMatchObject({ displayName: g.name, externalId: `okta-${w.tag}-2` });
      expect((await w.body(w.scim('get', `/Groups/${g.id}`))).externalId).toBe(`okta-${w.tag}-2`);
      expect((await w.patch(g.id, { op: 'remove', path: 'externalId' })).status).toBe(200);
      expect(await w.body(w.scim('get', `/Groups/${g.id}`))).not.toHaveProperty('externalId');
    });

    it('filters groups with externalId eq, sw, co and pr; another connector finds neither by it nor sees it', async () => {
      const g = await w.group();
      await w.group();
      expect((await w.patch(g.id, { op: 'Replace', path: 'externalId', value: `Ext-${w.tag}-3` })).status).toBe(200);
      expect(await idsFound(`externalId eq "Ext-${w.tag}-3"`)).toEqual([g.id]);
      expect(await idsFound(`externalId eq "ext-${w.tag}-3"`)).toEqual([]); // externalId is caseExact
      expect(await idsFound(`externalId sw "Ext-${w.tag}"`)).toEqual([g.id]);
      expect(await idsFound(`externalId co "${w.tag}-3"`)).toEqual([g.id]);
      expect(await idsFound(`displayName sw "Group ${w.tag}" and externalId pr`)).toContain(g.id);
      expect(await idsFound(`displayName eq "${g.name}" and not (externalId pr)`)).toEqual([]);
      expect(await idsFound(`externalId eq "Ext-${w.tag}-3"`, other)).toEqual([]);
      expect(await idsFound(`displayName eq "${g.name}" and externalId pr`, other)).toEqual([]);
      // The other connector's own externalId for the same department is its own.
      expect((await w.send('patch', `/Groups/${g.id}`, { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', path: 'externalId', value: `Other-${w.tag}` }] }, other)).status).toBe(200);
      expect(await idsFound(`externalId eq "Other-${w.tag}"`, other)).toEqual([g.id]);
      expect(await idsFound(`externalId eq "Other-${w.tag}"`)).toEqual([]);
      expect((await w.body(w.scim('get', `/Groups/${g.id}`))).externalId).toBe(`Ext-${w.tag}-3`);
    });
  });

  describe('DELETE', () => {
    it('answers 404 with the SCIM error body for GET, PATCH, PUT and DELETE of the deleted group', async () => {
      const ann = await w.user();
      const g = await w.group([ann]);
      expect((await w.scim('delete', `/Groups/${g.id}`)).status).toBe(204);
      const replies = [
        await w.scim('get', `/Groups/${g.id}`),
        await w.patch(g.id, { op: 'add', path: 'members', value: [{ value: ann }] }),
        await w.send('put', `/Groups/${g.id}`, { schemas: [SCIM_GROUP], displayName: g.name, members: [{ value: ann }] }),
        await w.scim('delete', `/Groups/${g.id}`),
      ];
      for (const res of replies) {
        expect(res.status).toBe(404);
        expect(JSON.parse(res.text)).toMatchObject({ schemas: [SCIM_ERROR], status: '404' });
      }
      expect(await w.department(ann)).toBeNull();
      expect((await w.t.dataSource.query(`SELECT name FROM department WHERE id = $1`, [g.id]))[0].name).toBe(g.name);
    });

    it('leaves the group out of lists and filters for this connector; the other connector and HR still see the department', async () => {
      const ann = await w.user();
      const g = await w.group([ann]);
      const { id: local } = await makeEmployee(w.t.dataSource, { firstName: 'Lou', departmentId: g.id });
      expect(await everyGroupId()).toContain(g.id);
      expect((await w.scim('delete', `/Groups/${g.id}`)).status).toBe(204);

      expect(await listed(`displayName eq "${g.name}"`)).toMatchObject({ totalResults: 0, Resources: [] });
      expect(await idsFound(`id eq "${g.id}"`)).toEqual([]);
      expect(await idsFound(`displayName sw "${g.name}"`)).toEqual([]);
      expect(await everyGroupId()).not.toContain(g.id);

      expect((await w.scim('get', `/Groups/${g.id}`, other)).status).toBe(200);
      expect(await idsFound(`displayName eq "${g.name}"`, other)).toEqual([g.id]);
      expect(await w.t.dataSource.query(`SELECT id, name FROM department WHERE id = $1`, [g.id])).toEqual([{ id: g.id, name: g.name }]);
      const departments = await w.t.gql<{ departments: Array<{ id: string; name: string }> }>(`{ departments { id name } }`, {}, w.hr);
      expect(departments.data.departments).toContainEqual({ id: g.id, name: g.name });
      expect((await w.t.dataSource.query(`SELECT department_id FROM employee WHERE id = $1`, [local]))[0].department_id).toBe(g.id);
    });

    it('a POST with the same displayName brings the group back: 201, the same id, the POST\'s members and externalId', async () => {
      const [ann, bo] = [await w.user(), await w.user()];
      const g = await w.group([ann]);
      expect((await w.patch(g.id, { op: 'Replace', path: 'externalId', value: `before-${w.tag}` })).status).toBe(200);
      expect((await w.scim('delete', `/Groups/${g.id}`)).status).toBe(204);
      expect(await idsFound(`externalId eq "before-${w.tag}"`)).toEqual([]);

      const res = await post({ displayName: g.name, externalId: `after-${w.tag}`, members: [{ value: bo }] });
      expect(res.status).toBe(201);
      const back = JSON.parse(res.text);
      expect(back).toMatchObject({ id: g.id, displayName: g.name, externalId: `after-${w.tag}`, members: [{ value: bo }] });
      expect(res.headers.location).toMatch(new RegExp(`/Groups/${g.id}$`));
      expect(await w.body(w.scim('get', `/Groups/${g.id}`))).toMatchObject({ id: g.id, externalId: `after-${w.tag}` });
      expect(await idsFound(`displayName eq "${g.name}"`)).toEqual([g.id]);
      expect([await w.department(ann), await w.department(bo)]).toEqual([null, g.name]);
      expect((await w.t.dataSource.query(`SELECT count(*)::int AS n FROM department WHERE name = $1`, [g.name]))[0].n).toBe(1);
      // Once back, it is a group like any other: a second POST is 409.
      expect((await post({ displayName: g.name })).status).toBe(409);
    });

    it('a user the connector moves into the deleted group\'s department meanwhile has no group, and leaves it when a POST without them brings it back', async () => {
      const ann = await w.user();
      const g = await w.group();
      expect((await w.scim('delete', `/Groups/${g.id}`)).status).toBe(204);
      const moved = await w.send('patch', `/Users/${ann}`, {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [{ op: 'add', path: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department', value: g.name }],
      });
      expect(moved.status).toBe(200);
      expect(await w.department(ann)).toBe(g.name);
      expect(JSON.parse(moved.text)).not.toHaveProperty('groups');
      expect(await w.body(w.scim('get', `/Users/${ann}`))).not.toHaveProperty('groups');
      const res = await post({ displayName: g.name, members: [] });
      expect(res.status).toBe(201);
      expect(JSON.parse(res.text).members ?? []).toEqual([]);
      expect(await w.department(ann)).toBeNull();
    });

    it('another connector\'s DELETE hides the group from that connector only: this one still gets it, and a POST of its name is 409', async () => {
      const g = await w.group([], other);
      expect((await w.scim('delete', `/Groups/${g.id}`, other)).status).toBe(204);
      expect((await w.scim('get', `/Groups/${g.id}`, other)).status).toBe(404);
      expect((await w.scim('get', `/Groups/${g.id}`)).status).toBe(200);
      expect(await idsFound(`displayName eq "${g.name}"`)).toEqual([g.id]);
      expect((await post({ displayName: g.name })).status).toBe(409);
    });

    it('is audited with the group before and nothing after, and costs the same statements for many members as for few', async () => {
      const few = await Promise.all([1, 2].map(() => w.user()));
      const many: string[] = [];
      for (let i = 0; i < 8; i++) many.push(await w.user());
      const [a, b] = [await w.group(few), await w.group(many)];
      const small = await countStatements(w.t.dataSource, () => w.scim('delete', `/Groups/${a.id}`).then((r) => expect(r.status).toBe(204)));
      const large = await countStatements(w.t.dataSource, () => w.scim('delete', `/Groups/${b.id}`).then((r) => expect(r.status).toBe(204)));
      expect(large).toBe(small);
      const [entry] = await w.t.dataSource.query(`SELECT action, before, after FROM audit_entry WHERE entity_id = $1 ORDER BY id DESC LIMIT 1`, [b.id]);
      expect(entry).toMatchObject({ action: 'scimDeleteGroup', before: { id: b.id, displayName: b.name }, after: null });
      expect(entry.before.members).toHaveLength(8);
      const revived = await countStatements(w.t.dataSource, () => post({ displayName: b.name, members: many.map((value) => ({ value })) }).then((r) => expect(r.status).toBe(201)));
      const revivedFew = await countStatements(w.t.dataSource, () => post({ displayName: a.name, members: few.map((value) => ({ value })) }).then((r) => expect(r.status).toBe(201)));
      expect(revived).toBe(revivedFew);
    });
  });
});
