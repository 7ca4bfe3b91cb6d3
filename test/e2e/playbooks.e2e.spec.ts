import { DateTime } from 'luxon';
import { FixedClock } from '@app/shared';
import { makeEmployee, makeOrg, uniqueName } from '../support/factories';
import { assignPath, makeSkillPath, MadePath } from '../support/practice-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const CREATE_TEMPLATE = `mutation($input: CreatePlaybookTemplateInput!) { createPlaybookTemplate(input: $input) { ... on PlaybookTemplate { id name steps { kind title offsetDays } } } }`;
const START = `mutation($input: StartPlaybookRunInput!) { startPlaybookRun(input: $input) { ... on PlaybookRun { id managerId status steps { id kind title dueOn done } overdueSteps { id } } } }`;
const COMPLETE = `mutation($input: CompletePlaybookStepInput!) { completePlaybookStep(input: $input) { ... on PlaybookRunStep { id done completedOn note behaviourId observationId } } }`;
const COMPLETE_REFUSED = `mutation($input: CompletePlaybookStepInput!) { completePlaybookStep(input: $input) { __typename ... on BusinessError { errorCode message field } } }`;
const RUN = `query($id: ID!) { playbookRun(id: $id) { id managerId status employee { id } overdueSteps { id } } }`;
const OVERDUE = `{ myOverduePlaybookSteps { id runId dueOn } }`;
const MY_RUNS = `{ myPlaybookRuns { id status } }`;
const SCORECARD = `query($m: ID, $month: String) { managerScorecard(managerId: $m, month: $month) {
  managerId month asOf teamSize conversations conversationsPerPerson teamWithNewBehaviour shareWithNewBehaviour stepsDone stepsDoneOnTime stepsOverdue onTimeRate } }`;
const UPDATE_EMPLOYEE = `mutation($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { __typename ... on Employee { id managerId } } }`;

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('before-and-after playbooks', () => {
  const clock = new FixedClock(DateTime.fromISO('2030-05-10T12:00:00Z'));
  let t: TestApp;
  let org: Awaited<ReturnType<typeof makeOrg>>;
  let tok: Record<string, string>;
  let path: MadePath;
  let templateId: string;
  let run: Any;

  beforeAll(async () => {
    t = await startTestApp({}, clock);
    org = await makeOrg(t.dataSource);
    tok = Object.fromEntries(Object.entries(org).map(([k, v]) => [k, t.token(v.subject)]));
    path = await makeSkillPath(t.dataSource);
    await assignPath(t.dataSource, org.alice.id, path.pathId);
  });
  afterAll(() => t.close());

  it('HR writes a template; without steps it gets the article\'s default before-and-after steps', async () => {
    const denied = await t.gql(CREATE_TEMPLATE, { input: { name: uniqueName('T') } }, tok.manager);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const res = await t.gql<Any>(CREATE_TEMPLATE, { input: { name: uniqueName('Analytics bootcamp') } }, tok.hr);
    templateId = res.data.createPlaybookTemplate.id;
    expect(res.data.createPlaybookTemplate.steps.map((s: Any) => [s.kind, s.title])).toEqual([
      ['BEFORE', 'Set expectations'],
      ['BEFORE', 'Clarify outcomes'],
      ['AFTER', 'Observe one behaviour'],
      ['AFTER', 'Give specific feedback'],
      ['AFTER', 'Remove one barrier'],
    ]);
    const bad = await t.gql(CREATE_TEMPLATE, { input: { name: uniqueName('T'), steps: [{ kind: 'BEFORE', title: 'x', offsetDays: 3 }] } }, tok.hr);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'steps.0.offsetDays' });
  });

  it('a manager outside the line cannot start a run (NOT_FOUND); the employee cannot start their own (FORBIDDEN)', async () => {
    const input = { templateId, employeeId: org.alice.id, trainingName: 'SQL for analysts', trainingDate: '2030-05-12' };
    const outsider = await t.gql(START, { input }, tok.otherManager);
    expect(outsider.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const self = await t.gql(START, { input }, tok.alice);
    expect(self.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM playbook_run WHERE employee_id = $1`, [org.alice.id]);
    expect(n).toBe(0);
  });

  it('the manager starts a run: steps get due dates from the training date (none before the day it starts), and past-due steps are listed as overdue', async () => {
    const res = await t.gql<Any>(START, { input: { templateId, employeeId: org.alice.id, trainingName: 'SQL for analysts', trainingDate: '2030-05-12', pathLevelId: path.levelIds.PROFICIENT } }, tok.manager);
    run = res.data.startPlaybookRun;
    expect(run.managerId).toBe(org.manager.id);
    // -7 and -3 days fall before today (05-10): due today, not overdue from the outset
    expect(run.steps.map((s: Any) => s.dueOn)).toEqual(['2030-05-10', '2030-05-10', '2030-05-19', '2030-05-22', '2030-05-26']);
    expect(run.overdueSteps).toEqual([]);
    clock.set(DateTime.fromISO('2030-05-11T12:00:00Z'));
    const later = await t.gql<Any>(RUN, { id: run.id }, tok.manager);
    expect(later.data.playbookRun.overdueSteps.map((s: Any) => s.id)).toEqual([run.steps[0].id, run.steps[1].id]);
    const overdue = await t.gql<Any>(OVERDUE, {}, tok.manager);
    expect(overdue.data.myOverduePlaybookSteps.filter((s: Any) => s.runId === run.id).map((s: Any) => s.dueOn)).toEqual(['2030-05-10', '2030-05-10']);
    const notMine = await t.gql<Any>(OVERDUE, {}, tok.director);
    expect(notMine.data.myOverduePlaybookSteps.filter((s: Any) => s.runId === run.id)).toEqual([]);
  });

  it('steps are completed with notes by the line; the employee and outsiders are refused; behaviours only on AFTER steps', async () => {
    const [s1, s2] = run.steps;
    const byEmployee = await t.gql(COMPLETE, { input: { stepId: s1.id, note: 'x' } }, tok.alice);
    expect(byEmployee.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byOutsider = await t.gql(COMPLETE, { input: { stepId: s1.id, note: 'x' } }, tok.otherManager);
    expect(byOutsider.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const wrongKind = await t.gql(COMPLETE, { input: { stepId: s1.id, behaviourId: path.behaviourIds.PROFICIENT } }, tok.manager);
    expect(wrongKind.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'behaviourId' });
    const late = await t.gql<Any>(COMPLETE, { input: { stepId: s1.id, note: 'Agreed to use the new dashboard in sprint 3' } }, tok.manager);
    expect(late.data.completePlaybookStep).toMatchObject({ done: true, completedOn: '2030-05-11', note: 'Agreed to use the new dashboard in sprint 3' });
    const onTime = await t.gql<Any>(COMPLETE, { input: { stepId: s2.id, note: 'Outcome: weekly report in SQL', completedOn: '2030-05-10' } }, tok.manager);
    expect(onTime.data.completePlaybookStep.completedOn).toBe('2030-05-10');
    // Completing a step twice is a business failure: a union member with its errorCode (it was a CONFLICT error), audited REFUSED.
    const twice = await t.gql<Any>(COMPLETE_REFUSED, { input: { stepId: s2.id } }, tok.manager);
    expect(twice.errors).toBeUndefined();
    expect(twice.data.completePlaybookStep).toEqual({ __typename: 'StepAlreadyCompletedError', errorCode: 'STEP_ALREADY_COMPLETED', message: 'This step was already completed on 2030-05-10', field: null });
    const audited = await t.dataSource.query(
      `SELECT outcome, detail FROM audit_entry WHERE actor_id = $1 AND entity_id = 'completePlaybookStep' AND outcome <> 'OK' AND detail->'target'->>'input.stepId' = $2`,
      [org.manager.id, s2.id],
    );
    expect(audited).toEqual([{ outcome: 'REFUSED', detail: expect.objectContaining({ result: 'StepAlreadyCompletedError', reason: 'STEP_ALREADY_COMPLETED' }) }]);
    const after = await t.gql<Any>(RUN, { id: run.id }, tok.manager);
    expect(after.data.playbookRun.overdueSteps).toEqual([]);
  });

  it('an AFTER step records the observed path behaviour through skill-paths', async () => {
    clock.set(DateTime.fromISO('2030-05-20T12:00:00Z'));
    const s3 = run.steps[2];
    const res = await t.gql<Any>(COMPLETE, { input: { stepId: s3.id, note: 'Wrote the query unaided', completedOn: '2030-05-19', behaviourId: path.behaviourIds.PROFICIENT } }, tok.manager);
    expect(res.data.completePlaybookStep).toMatchObject({ behaviourId: path.behaviourIds.PROFICIENT });
    const [obs] = await t.dataSource.query(`SELECT employee_id, behaviour_id, observed_on::text AS on, recorded_by_id FROM path_observation WHERE id = $1`, [res.data.completePlaybookStep.observationId]);
    expect(obs).toEqual({ employee_id: org.alice.id, behaviour_id: path.behaviourIds.PROFICIENT, on: '2030-05-19', recorded_by_id: org.manager.id });
    const notOnPath = await t.gql<Any>(COMPLETE_REFUSED, { input: { stepId: run.steps[3].id, behaviourId: (await makeSkillPath(t.dataSource)).behaviourIds.BASELINE } }, tok.manager);
    expect(notOnPath.data.completePlaybookStep).toMatchObject({ __typename: 'NotOnPathError', errorCode: 'NOT_ON_PATH', field: 'behaviourId' });
  });

  it('the manager scorecard: conversations per person per month, share with a newly observed behaviour, steps on time', async () => {
    const res = await t.gql<Any>(SCORECARD, { month: '2030-05' }, tok.manager);
    // Team: alice and bob. Conversations: alice on 05-10, 05-11, 05-19 (step + observation that day count once).
    expect(res.data.managerScorecard).toEqual({
      managerId: org.manager.id,
      month: '2030-05',
      asOf: '2030-05-20',
      teamSize: 2,
      conversations: 3,
      conversationsPerPerson: 1.5,
      teamWithNewBehaviour: 1,
      shareWithNewBehaviour: 0.5,
      stepsDone: 3,
      stepsDoneOnTime: 2,
      stepsOverdue: 0,
      onTimeRate: 0.667,
    });
    const april = await t.gql<Any>(SCORECARD, { month: '2030-04' }, tok.manager);
    expect(april.data.managerScorecard.conversations).toBe(0);
    const byDirector = await t.gql<Any>(SCORECARD, { m: org.manager.id, month: '2030-05' }, tok.director);
    expect(byDirector.data.managerScorecard.conversations).toBe(3);
    const byReport = await t.gql(SCORECARD, { m: org.manager.id }, tok.alice);
    expect(byReport.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('when HR changes the employee\'s manager, open runs move to the new manager and completed ones stay', async () => {
    const single = await t.gql<Any>(CREATE_TEMPLATE, { input: { name: uniqueName('One step'), steps: [{ kind: 'CUSTOM', title: 'Check in', offsetDays: 0 }] } }, tok.hr);
    const done = await t.gql<Any>(START, { input: { templateId: single.data.createPlaybookTemplate.id, employeeId: org.alice.id, trainingName: 'Intro', trainingDate: '2030-05-15' } }, tok.manager);
    await t.gql(COMPLETE, { input: { stepId: done.data.startPlaybookRun.steps[0].id, note: 'ok' } }, tok.manager);
    const newManager = await makeEmployee(t.dataSource, { roles: ['MANAGER', 'EMPLOYEE'], firstName: 'Nina' });
    const moved = await t.gql<Any>(UPDATE_EMPLOYEE, { input: { id: org.alice.id, managerId: newManager.id } }, tok.hr);
    expect(moved.data.updateEmployee.managerId).toBe(newManager.id);
    const rows = await t.dataSource.query(`SELECT id, manager_id, status FROM playbook_run WHERE employee_id = $1 ORDER BY training_date`, [org.alice.id]);
    expect(rows).toEqual([
      { id: run.id, manager_id: newManager.id, status: 'OPEN' },
      { id: done.data.startPlaybookRun.id, manager_id: org.manager.id, status: 'COMPLETED' },
    ]);
    const theirs = await t.gql<Any>(MY_RUNS, {}, t.token(newManager.subject));
    expect(theirs.data.myPlaybookRuns.map((r: Any) => r.id)).toEqual([run.id]);
    const overdue = await t.gql<Any>(OVERDUE, {}, t.token(newManager.subject));
    expect(overdue.data.myOverduePlaybookSteps.map((s: Any) => s.runId)).toEqual([]);
    const oldView = await t.gql(RUN, { id: run.id }, tok.manager);
    expect(oldView.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const [audit] = await t.dataSource.query(`SELECT after FROM audit_entry WHERE action = 'movePlaybookRuns' AND entity_id = $1`, [org.alice.id]);
    expect(audit.after).toEqual({ runIds: [run.id], managerId: newManager.id });
  });
});
