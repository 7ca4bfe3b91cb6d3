import { ScimUserPush } from '../../libs/connectors/src/scim/server/scim-user-push';
import { ScimUsersRepository } from '../../libs/connectors/src/scim/server/scim-users.repository';
import { countStatements } from '../support/statement-count';
import { uniqueName } from '../support/factories';
import { SCIM_ENTERPRISE, SCIM_ERROR, SCIM_GROUP, SCIM_PATCH_OP, scimConnector } from '../support/scim-client';
import { ScimGroupsWorld } from '../support/scim-groups-world';

/** Group writes keep the guarantees: one engine batch, no lost concurrent change, bad input changes nothing. */
describe('SCIM Groups: writes', () => {
  let w: ScimGroupsWorld;
  beforeAll(async () => (w = await ScimGroupsWorld.start()));
  afterAll(() => w.close());

  it('adding many members costs the same number of statements as adding a few (one engine batch)', async () => {
    const few = await Promise.all([1, 2].map(() => w.user()));
    const many: string[] = [];
    for (let i = 0; i < 8; i++) many.push(await w.user());
    const [a, b] = [await w.group(), await w.group()];
    const add = (id: string, ids: string[]) => w.patch(id, { op: 'add', path: 'members', value: ids.map((value) => ({ value })) });
    const small = await countStatements(w.t.dataSource, () => add(a.id, few));
    const large = await countStatements(w.t.dataSource, () => add(b.id, many));
    expect(await w.memberIds(b.id)).toEqual([...many].sort());
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
    const ann = await w.user();
    const g = await w.group();
    const hold = holdNextCall(w.t.app.get(ScimUserPush), 'apply');
    const groupWrite = started(w.patch(g.id, { op: 'add', path: 'members', value: [{ value: ann }] }));
    await hold.entered;
    const userWrite = started(w.send('patch', `/Users/${ann}`, { schemas: [SCIM_PATCH_OP], Operations: [{ op: 'replace', path: 'title', value: 'Raced' }] }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    hold.release();
    expect([(await groupWrite).status, (await userWrite).status]).toEqual([200, 200]);
    jest.restoreAllMocks();
    expect([await w.department(ann), (await w.body(w.scim('get', `/Users/${ann}`))).title]).toEqual([g.name, 'Raced']);
  });

  it('a member another write moves elsewhere while a group removal is under way keeps the new department', async () => {
    const ann = await w.user();
    const g = await w.group([ann]);
    const hold = holdNextCall(w.t.app.get(ScimUsersRepository), 'findForUpdate');
    const removal = started(w.patch(g.id, { op: 'remove', path: 'members' }));
    await hold.entered;
    const move = started(w.send('patch', `/Users/${ann}`, { schemas: [SCIM_PATCH_OP], Operations: [{ op: 'add', path: `${SCIM_ENTERPRISE}:department`, value: `Moved ${w.tag}` }] }));
    // On PostgreSQL the move commits now; the embedded engine runs one transaction at a time, so there it waits.
    await Promise.race([move, new Promise((resolve) => setTimeout(resolve, 2000))]);
    hold.release();
    expect([(await removal).status, (await move).status]).toEqual([200, 200]);
    jest.restoreAllMocks();
    expect(await w.department(ann)).toBe(`Moved ${w.tag}`);
  });

  describe('bad input gets a SCIM error and changes nothing', () => {
    it('an unknown member, or a user of another connector, is 400 invalidValue and nobody is added', async () => {
      const [ann, stranger] = [await w.user(), await w.user((await scimConnector(w.t, w.hr)).token)];
      const g = await w.group();
      for (const value of ['00000000-0000-4000-8000-000000000000', stranger, 'not-an-id']) {
        const res = await w.patch(g.id, { op: 'Add', path: 'members', value: [{ value: ann }, { value }] });
        expect(res.status).toBe(400);
        expect(JSON.parse(res.text)).toMatchObject({ schemas: [SCIM_ERROR], status: '400', scimType: 'invalidValue' });
      }
      expect(await w.memberIds(g.id)).toEqual([]);
      expect(await w.department(ann)).toBeNull();
      expect(await w.department(stranger)).toBeNull();
    });

    it('a malformed member filter is 400 invalidPath; an unknown group is 404', async () => {
      const ann = await w.user();
      const g = await w.group([ann]);
      const res = await w.patch(g.id, { op: 'remove', path: 'members[value eq ]' });
      expect(JSON.parse(res.text)).toMatchObject({ status: '400', scimType: 'invalidPath' });
      expect(await w.memberIds(g.id)).toEqual([ann]);
      for (const id of ['00000000-0000-4000-8000-000000000000', 'nope']) {
        expect(JSON.parse((await w.patch(id, { op: 'remove', path: 'members' })).text)).toMatchObject({ schemas: [SCIM_ERROR], status: '404' });
      }
    });

    it('a PUT renaming to another group\'s name is 409 uniqueness and changes neither name nor members', async () => {
      const [ann, bo] = [await w.user(), await w.user()];
      const [g, other] = [await w.group([ann]), await w.group()];
      const res = await w.send('put', `/Groups/${g.id}`, { schemas: [SCIM_GROUP], displayName: other.name, members: [{ value: bo }] });
      expect(res.status).toBe(409);
      expect(JSON.parse(res.text)).toMatchObject({ status: '409', scimType: 'uniqueness' });
      expect((await w.body(w.scim('get', `/Groups/${g.id}`))).displayName).toBe(g.name);
      expect(await w.memberIds(g.id)).toEqual([ann]);
      expect(await w.department(bo)).toBeNull();
    });

    it('a POST with an unknown member creates no department', async () => {
      const name = uniqueName(`Group ${w.tag}`);
      const res = await w.send('post', '/Groups', { displayName: name, members: [{ value: '00000000-0000-4000-8000-000000000000' }] });
      expect(res.status).toBe(400);
      expect(await w.t.dataSource.query(`SELECT 1 FROM department WHERE name = $1`, [name])).toEqual([]);
    });
  });
});
