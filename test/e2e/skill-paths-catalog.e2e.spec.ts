import { makeOrg } from '../support/factories';
import { makeJobRole, makeSkillPath, countRows } from '../support/skill-path-factories';
import { startTestApp, TestApp } from '../support/test-app';

const CREATE = `mutation($input: CreateSkillPathInput!) { createSkillPath(input: $input) {
  __typename
  ... on SkillPath { id jobRoleId name jobRole { id } levels { id level rank summary minObservationsPerBehaviour behaviours { id } resources { id } } }
  ... on PathAlreadyExistsError { field existingPathId } } }`;
const ADD_BEHAVIOUR = `mutation($input: AddBehaviourInput!) { addBehaviour(input: $input) { id position activity expectedOutput levelId } }`;
const ADD_RESOURCE = `mutation($input: AddLearningResourceInput!) { addLearningResource(input: $input) { id title kind startHere estimatedMinutes } }`;
const REMOVE = `mutation($id: ID!) { removeBehaviour(id: $id) { __typename ... on RemovedBehaviour { id } ... on BehaviourHasObservationsError { observationCount } } }`;
const PATH = `query($id: ID!) { skillPath(id: $id) { id levels { level behaviours { id activity position } resources { title startHere } } } }`;

interface Created { createSkillPath: { __typename: string; id: string; levels: Array<{ id: string; level: string; rank: number; summary: string; minObservationsPerBehaviour: number }> } }

describe('skill path catalog', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof makeOrg>>;
  let hr: string;

  beforeAll(async () => {
    t = await startTestApp();
    org = await makeOrg(t.dataSource);
    hr = t.token(org.hr.subject);
  });
  afterAll(() => t.close());

  it('HR creates a path and it has exactly three levels in order; a second path for the role is refused', async () => {
    const jobRoleId = await makeJobRole(t.dataSource);
    const res = await t.gql<Created>(CREATE, { input: { jobRoleId, name: 'Support engineer', proficient: { summary: 'Handles escalations', minObservationsPerBehaviour: 2 } } }, hr);
    const path = res.data.createSkillPath;
    expect(path.__typename).toBe('SkillPath');
    expect(path.levels.map((l) => [l.level, l.rank])).toEqual([['BASELINE', 1], ['PROFICIENT', 2], ['ADVANCED', 3]]);
    expect(path.levels[1]).toMatchObject({ summary: 'Handles escalations', minObservationsPerBehaviour: 2 });
    expect(path.levels[0].minObservationsPerBehaviour).toBe(1);
    const again = await t.gql<{ createSkillPath: unknown }>(CREATE, { input: { jobRoleId, name: 'Other' } }, hr);
    expect(again.data.createSkillPath).toEqual({ __typename: 'PathAlreadyExistsError', field: 'jobRoleId', existingPathId: path.id });
    expect(await countRows(t.dataSource, 'SELECT 1 FROM skill_path WHERE job_role_id = $1', [jobRoleId])).toBe(1);
    const [audit] = await t.dataSource.query(`SELECT actor_id, action FROM audit_entry WHERE entity_id = $1`, [path.id]);
    expect(audit).toEqual({ actor_id: org.hr.id, action: 'createSkillPath' });
  });

  it('the database refuses a fourth level or a level at the wrong rank', async () => {
    const p = await makeSkillPath(t.dataSource, { behavioursPerLevel: 0 });
    await expect(t.dataSource.query(`INSERT INTO path_level (path_id, level, rank) VALUES ($1, 'ADVANCED', 3)`, [p.pathId])).rejects.toThrow(/duplicate key/);
    await expect(t.dataSource.query(`INSERT INTO path_level (path_id, level, rank) VALUES ($1, 'EXPERT', 4)`, [p.pathId])).rejects.toThrow(/check constraint/);
    const q = await makeSkillPath(t.dataSource, { behavioursPerLevel: 0 });
    await t.dataSource.query(`DELETE FROM path_level WHERE path_id = $1 AND level = 'ADVANCED'`, [q.pathId]);
    await expect(t.dataSource.query(`INSERT INTO path_level (path_id, level, rank) VALUES ($1, 'ADVANCED', 1)`, [q.pathId])).rejects.toThrow(/check constraint/);
  });

  it('validation errors name the field and write nothing', async () => {
    const p = await makeSkillPath(t.dataSource, { behavioursPerLevel: 0 });
    const levelId = p.levels.BASELINE.id;
    const empty = await t.gql(ADD_BEHAVIOUR, { input: { levelId, activity: '', expectedOutput: 'x' } }, hr);
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'activity' });
    const badUrl = await t.gql(ADD_RESOURCE, { input: { levelId, title: 'T', url: 'not a url', kind: 'COURSE' } }, hr);
    expect(badUrl.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    const unknownLevel = await t.gql(ADD_BEHAVIOUR, { input: { levelId: '00000000-0000-4000-8000-000000000000', activity: 'a', expectedOutput: 'b' } }, hr);
    expect(unknownLevel.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'levelId' });
    const nested = await t.gql(CREATE, { input: { jobRoleId: await makeJobRole(t.dataSource), name: 'P', baseline: { minObservationsPerBehaviour: 0 } } }, hr);
    expect(nested.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'baseline.minObservationsPerBehaviour' });
    const noRole = await t.gql(CREATE, { input: { jobRoleId: '00000000-0000-4000-8000-000000000000', name: 'P' } }, hr);
    expect(noRole.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'jobRoleId' });
    expect(await countRows(t.dataSource, 'SELECT 1 FROM path_behaviour WHERE level_id = $1', [levelId])).toBe(0);
    expect(await countRows(t.dataSource, 'SELECT 1 FROM learning_resource WHERE level_id = $1', [levelId])).toBe(0);
  });

  it('HR adds, edits and orders behaviours and resources; everyone signed in reads the path', async () => {
    const p = await makeSkillPath(t.dataSource, { behavioursPerLevel: 0 });
    const levelId = p.levels.PROFICIENT.id;
    const first = await t.gql<{ addBehaviour: { id: string; position: number } }>(ADD_BEHAVIOUR, { input: { levelId, activity: 'Runs a post-mortem', expectedOutput: 'A written post-mortem' } }, hr);
    const second = await t.gql<{ addBehaviour: { id: string; position: number } }>(ADD_BEHAVIOUR, { input: { levelId, activity: 'Reviews runbooks', expectedOutput: 'Updated runbook' } }, hr);
    expect([first.data.addBehaviour.position, second.data.addBehaviour.position]).toEqual([1, 2]);
    const moved = await t.gql<{ updateBehaviour: { position: number } }>(`mutation($input: UpdateBehaviourInput!) { updateBehaviour(input: $input) { position } }`, { input: { id: second.data.addBehaviour.id, activity: 'Reviews two runbooks', position: 1 } }, hr);
    expect(moved.data.updateBehaviour.position).toBe(1);
    await t.gql(ADD_RESOURCE, { input: { levelId, title: 'Deep dive', url: 'https://example.test/deep', kind: 'VIDEO' } }, hr);
    const start = await t.gql<{ addLearningResource: unknown }>(ADD_RESOURCE, { input: { levelId, title: 'Start', url: 'https://example.test/start', kind: 'COURSE', estimatedMinutes: 90, startHere: true } }, hr);
    expect(start.data.addLearningResource).toMatchObject({ kind: 'COURSE', startHere: true, estimatedMinutes: 90 });
    await t.gql(`mutation($input: UpdatePathLevelInput!) { updatePathLevel(input: $input) { id } }`, { input: { levelId, summary: 'Owns incidents' } }, hr);

    const read = await t.gql<{ skillPath: { levels: Array<{ level: string; behaviours: Array<{ activity: string }>; resources: Array<{ title: string; startHere: boolean }> }> } }>(PATH, { id: p.pathId }, t.token(org.alice.subject));
    const proficient = read.data.skillPath.levels[1];
    expect(proficient.level).toBe('PROFICIENT');
    expect(proficient.behaviours.map((b) => b.activity)).toEqual(['Reviews two runbooks', 'Runs a post-mortem']);
    expect(proficient.resources.map((r) => r.title)).toEqual(['Start', 'Deep dive']);
    const byRole = await t.gql<{ skillPathForJobRole: { id: string } }>(`query($r: ID!) { skillPathForJobRole(jobRoleId: $r) { id } }`, { r: p.jobRoleId }, t.token(org.bob.subject));
    expect(byRole.data.skillPathForJobRole.id).toBe(p.pathId);
    const all = await t.gql<{ skillPaths: Array<{ id: string }> }>(`{ skillPaths { id } }`, {}, t.token(org.bob.subject));
    expect(all.data.skillPaths.map((x) => x.id)).toContain(p.pathId);
  });

  it('only HR edits the catalog', async () => {
    const p = await makeSkillPath(t.dataSource, { behavioursPerLevel: 0 });
    const res = await t.gql(ADD_BEHAVIOUR, { input: { levelId: p.levels.BASELINE.id, activity: 'a', expectedOutput: 'b' } }, t.token(org.manager.subject));
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const create = await t.gql(CREATE, { input: { jobRoleId: await makeJobRole(t.dataSource), name: 'P' } }, t.token(org.manager.subject));
    expect(create.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('a behaviour with observations is not removed; one without is', async () => {
    const p = await makeSkillPath(t.dataSource, { behavioursPerLevel: 2 });
    const [observed, free] = p.levels.BASELINE.behaviourIds;
    await t.dataSource.query(
      `INSERT INTO path_observation (employee_id, behaviour_id, observed_on, recorded_by_id) VALUES ($1, $2, '2026-01-05', $3)`,
      [org.alice.id, observed, org.manager.id],
    );
    const refused = await t.gql<{ removeBehaviour: unknown }>(REMOVE, { id: observed }, hr);
    expect(refused.data.removeBehaviour).toEqual({ __typename: 'BehaviourHasObservationsError', observationCount: 1 });
    const removed = await t.gql<{ removeBehaviour: unknown }>(REMOVE, { id: free }, hr);
    expect(removed.data.removeBehaviour).toEqual({ __typename: 'RemovedBehaviour', id: free });
    expect(await countRows(t.dataSource, 'SELECT 1 FROM path_behaviour WHERE id = ANY($1)', [[observed, free]])).toBe(1);
  });
});
