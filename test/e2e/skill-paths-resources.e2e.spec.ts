import { makeOrg } from '../support/factories';
import { makeSkillPath } from '../support/skill-path-factories';
import { startTestApp, TestApp } from '../support/test-app';

const ADD = `mutation($input: AddLearningResourceInput!) { addLearningResource(input: $input) { id } }`;
const UPDATE = `mutation($input: UpdateLearningResourceInput!) { updateLearningResource(input: $input) { id title url kind startHere estimatedMinutes } }`;
const REMOVE = `mutation($id: ID!) { removeLearningResource(id: $id) }`;
const ORDER = `SELECT title FROM learning_resource WHERE level_id = $1 ORDER BY position`;

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('"start here" and other resources of a level', () => {
  let t: TestApp;
  let hr: string;
  let org: Awaited<ReturnType<typeof makeOrg>>;

  beforeAll(async () => {
    t = await startTestApp();
    org = await makeOrg(t.dataSource);
    hr = t.token(org.hr.subject);
  });
  afterAll(() => t.close());

  it('HR edits a resource, marks it "start here", moves it and removes another; each change is audited', async () => {
    const path = await makeSkillPath(t.dataSource);
    const levelId = path.levels.BASELINE.id;
    const ids: string[] = [];
    for (const title of ['A', 'B', 'C']) {
      ids.push((await t.gql<Any>(ADD, { input: { levelId, title, url: `https://example.test/${title}`, kind: 'ARTICLE' } }, hr)).data.addLearningResource.id);
    }
    const edited = await t.gql<Any>(UPDATE, { input: { id: ids[2], title: 'C, revised', url: 'https://example.test/c2', kind: 'VIDEO', startHere: true, estimatedMinutes: 20, position: 1 } }, hr);
    expect(edited.data.updateLearningResource).toEqual({ id: ids[2], title: 'C, revised', url: 'https://example.test/c2', kind: 'VIDEO', startHere: true, estimatedMinutes: 20 });
    expect((await t.dataSource.query(ORDER, [levelId])).map((r: Any) => r.title)).toEqual(['C, revised', 'A', 'B']);
    expect((await t.gql<Any>(REMOVE, { id: ids[0] }, hr)).data.removeLearningResource).toBe(true);
    expect((await t.dataSource.query(ORDER, [levelId])).map((r: Any) => r.title)).toEqual(['C, revised', 'B']);
    const actions = await t.dataSource.query(`SELECT action FROM audit_entry WHERE entity_id = ANY($1) AND action IN ('updateLearningResource', 'removeLearningResource') ORDER BY at`, [ids]);
    expect(actions.map((a: Any) => a.action)).toEqual(['updateLearningResource', 'removeLearningResource']);
  });

  it('bad input names the field, a missing resource is NOT_FOUND, and only HR edits', async () => {
    const path = await makeSkillPath(t.dataSource);
    const id = (await t.gql<Any>(ADD, { input: { levelId: path.levels.ADVANCED.id, title: 'X', url: 'https://example.test/x', kind: 'BOOK' } }, hr)).data.addLearningResource.id;
    const bad = await t.gql(UPDATE, { input: { id, url: 'ftp://example.test' } }, hr);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    const missing = await t.gql(REMOVE, { id: '00000000-0000-4000-8000-000000000000' }, hr);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const denied = await t.gql(REMOVE, { id }, t.token(org.manager.subject));
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
