import { makeOrg, uniqueName } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { countStatements } from '../support/statement-count';
import { statementsOf } from '../support/statement-texts';

/** Plain: every field read as JSON text in one statement (raw-json.ts). */
const PLAIN = `__typename id templateId employeeId managerId trainingName trainingDate pathLevelId certificationId status cancelledById cancelReason
  steps { __typename id runId position kind title guidance dueOn completedOn completedById note behaviourId observationId done }`;
/** Not plain (a timestamp, a resolved relation, an alias): through the resolvers. */
const RESOLVED = `id cancelledAt employee { id } steps { id done } s: status`;

const CREATE_TEMPLATE = `mutation($input: CreatePlaybookTemplateInput!) { createPlaybookTemplate(input: $input) { ... on PlaybookTemplate { id } } }`;
const START = `mutation($input: StartPlaybookRunInput!) { startPlaybookRun(input: $input) { ... on PlaybookRun { id } } }`;
const COMPLETE = `mutation($input: CompletePlaybookStepInput!) { completePlaybookStep(input: $input) { ... on PlaybookRunStep { id } } }`;
const CANCEL = `mutation($input: CancelPlaybookRunInput!) { cancelPlaybookRun(input: $input) { ... on PlaybookRun { id } } }`;

type Run = { id: string; steps?: Array<{ id: string }> };

describe('playbook runs read as JSON text answer exactly as each run read alone', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof makeOrg>>;
  const runIds: string[] = [];
  beforeAll(async () => {
    t = await startTestApp();
    org = await makeOrg(t.dataSource);
    const template = await t.gql<{ createPlaybookTemplate: { id: string } }>(CREATE_TEMPLATE, { input: { name: uniqueName('Bootcamp') } }, t.token(org.hr.subject));
    const start = async (employeeId: string, subject: string) => {
      const input = { templateId: template.data.createPlaybookTemplate.id, employeeId, trainingName: 'SQL "for" analysts', trainingDate: '2030-05-12' };
      const res = await t.gql<{ startPlaybookRun: { id: string } }>(START, { input }, t.token(subject));
      runIds.push(res.data.startPlaybookRun.id);
      return res.data.startPlaybookRun.id;
    };
    await start(org.alice.id, org.manager.subject);
    const bobRun = await start(org.bob.id, org.manager.subject);
    await start(org.outsider.id, org.otherManager.subject);
    const [{ id: stepId }] = await t.dataSource.query(`SELECT id FROM playbook_run_step WHERE run_id = $1 ORDER BY position LIMIT 1`, [bobRun]);
    await t.gql(COMPLETE, { input: { stepId, note: 'done well' } }, t.token(org.manager.subject));
    const aliceRun = runIds[0];
    await t.gql(CANCEL, { input: { id: aliceRun, reason: 'Training moved' } }, t.token(org.manager.subject));
  });
  afterAll(() => t.close());

  it.each(['playbookRuns', 'myPlaybookRuns'])('%s: each run is, byte for byte, that run read alone; the line only', async (root) => {
    const token = t.token(org.manager.subject);
    let res!: Awaited<ReturnType<typeof t.gql<Record<string, Run[]>>>>;
    const statements = await statementsOf(t.dataSource, async () => (res = await t.gql<Record<string, Run[]>>(`{ ${root} { ${PLAIN} } }`, {}, token)));
    expect(res.errors).toBeUndefined();
    expect(statements.filter((s) => s.includes('playbook_run'))).toEqual([expect.stringContaining('json_agg')]); // one statement, read as JSON text
    const runs = res.data[root];
    expect(runs.map((r) => r.id).sort()).toEqual(runIds.slice(0, 2).sort());
    for (const run of runs) {
      const alone = await t.gql<{ playbookRun: Run }>(`query($id: ID!) { playbookRun(id: $id) { ${PLAIN} } }`, { id: run.id }, token);
      expect(JSON.stringify(run)).toBe(JSON.stringify(alone.data.playbookRun));
    }
    expect(runs.flatMap((r) => r.steps ?? []).length).toBeGreaterThan(2);
  });

  it('answers the same runs in the same order through the resolvers, and in one statement for any number of runs', async () => {
    const token = t.token(org.manager.subject);
    const raw = await t.gql<{ playbookRuns: Run[] }>(`{ playbookRuns { ${PLAIN} } }`, {}, token);
    let resolved!: Awaited<ReturnType<typeof t.gql<{ playbookRuns: Run[] }>>>;
    const statements = await statementsOf(t.dataSource, async () => (resolved = await t.gql<{ playbookRuns: Run[] }>(`{ playbookRuns { ${RESOLVED} } }`, {}, token)));
    expect(resolved.errors).toBeUndefined();
    expect(statements.some((s) => s.includes('json_agg'))).toBe(false);
    expect(raw.data.playbookRuns.map((r) => r.id)).toEqual(resolved.data.playbookRuns.map((r) => r.id));
    expect(raw.data.playbookRuns.map((r) => r.steps?.map((s) => s.id))).toEqual(resolved.data.playbookRuns.map((r) => r.steps?.map((s) => s.id)));
    const count = (subject: string) => countStatements(t.dataSource, () => t.gql(`{ playbookRuns { ${PLAIN} } }`, {}, t.token(subject)));
    const one = await count(org.otherManager.subject);
    expect(await count(org.manager.subject)).toBe(one);
    expect(await count(org.director.subject)).toBe(one);
  });

  it('keeps the employee filter\'s scope: outside the line is NOT_FOUND, as through the resolvers', async () => {
    const token = t.token(org.manager.subject);
    for (const fields of [PLAIN, RESOLVED]) {
      const res = await t.gql(`query($e: ID) { playbookRuns(employeeId: $e) { ${fields} } }`, { e: org.outsider.id }, token);
      expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    const bob = await t.gql<{ playbookRuns: Run[] }>(`query($e: ID) { playbookRuns(employeeId: $e, status: OPEN) { ${PLAIN} } }`, { e: org.bob.id }, token);
    expect(bob.data.playbookRuns.map((r) => r.id)).toEqual([runIds[1]]);
  });
});
