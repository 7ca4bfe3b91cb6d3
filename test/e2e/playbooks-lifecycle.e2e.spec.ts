import { DateTime } from 'luxon';
import { FixedClock } from '@app/shared';
import { makeOrg, uniqueName } from '../support/factories';
import { assignPath, makeCertification, makeSkillPath, MadePath } from '../support/practice-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const RUN_FIELDS = `... on PlaybookRun { id status cancelReason cancelledById cancelledAt steps { id kind dueOn } overdueSteps { id } }
  ... on PlaybookActionRefused { reason field message }`;
const START = `mutation($input: StartPlaybookRunInput!) { startPlaybookRun(input: $input) { __typename ${RUN_FIELDS} } }`;
const UPDATE_RUN = `mutation($input: UpdatePlaybookRunInput!) { updatePlaybookRun(input: $input) { __typename ... on PlaybookRun { trainingName trainingDate steps { dueOn } }
  ... on PlaybookActionRefused { reason } } }`;
const CANCEL = `mutation($input: CancelPlaybookRunInput!) { cancelPlaybookRun(input: $input) { __typename ${RUN_FIELDS} } }`;
const COMPLETE = `mutation($input: CompletePlaybookStepInput!) { completePlaybookStep(input: $input) { __typename
  ... on PlaybookRunStep { id done completedOn } ... on PlaybookActionRefused { reason field message } } }`;
const RUN = `query($id: ID!) { playbookRun(id: $id) { id status cancelReason overdueSteps { id } } }`;
const RUNS = `query($status: PlaybookRunStatus) { myPlaybookRuns(status: $status) { id status } }`;
const OVERDUE = `{ myOverduePlaybookSteps { id runId } }`;
const CREATE_TEMPLATE = `mutation($input: CreatePlaybookTemplateInput!) { createPlaybookTemplate(input: $input) { __typename ... on PlaybookTemplate { id name active steps { kind title offsetDays } } ... on DuplicateNameError { field existingId message } } }`;
const UPDATE_TEMPLATE = `mutation($input: UpdatePlaybookTemplateInput!) { updatePlaybookTemplate(input: $input) { __typename ... on PlaybookTemplate { id name description active steps { kind title offsetDays } } ... on DuplicateNameError { field existingId message } } }`;

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('playbook runs: cancelling, what a run may point at, after-steps, first due dates; templates edited and retired', () => {
  const clock = new FixedClock(DateTime.fromISO('2031-03-10T09:00:00Z'));
  let t: TestApp;
  let org: Awaited<ReturnType<typeof makeOrg>>;
  let tok: Record<string, string>;
  let path: MadePath;
  let otherPath: MadePath;
  let templateId: string;
  const start = (input: Record<string, unknown>, token = tok.manager) =>
    t.gql<Any>(START, { input: { templateId, employeeId: org.alice.id, trainingName: 'Negotiation', trainingDate: '2031-03-16', ...input } }, token);

  beforeAll(async () => {
    t = await startTestApp({}, clock);
    org = await makeOrg(t.dataSource);
    tok = Object.fromEntries(Object.entries(org).map(([k, v]) => [k, t.token(v.subject)]));
    path = await makeSkillPath(t.dataSource);
    otherPath = await makeSkillPath(t.dataSource);
    await assignPath(t.dataSource, org.alice.id, path.pathId);
    templateId = (await t.gql<Any>(CREATE_TEMPLATE, { input: { name: uniqueName('Negotiation') } }, tok.hr)).data.createPlaybookTemplate.id;
  });
  afterAll(() => t.close());

  it('a run for a training 6 days away starts with no step overdue: a step the calendar already passed is due today', async () => {
    const res = await start({});
    expect(res.data.startPlaybookRun.steps.map((s: Any) => s.dueOn)).toEqual(['2031-03-10', '2031-03-13', '2031-03-23', '2031-03-26', '2031-03-30']);
    expect(res.data.startPlaybookRun.overdueSteps).toEqual([]);
  });

  it('refuses a path level that does not exist or is not on the employee\'s path, and an unknown certification, naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ pathLevelId: '00000000-0000-4000-8000-000000000001' }, 'UNKNOWN_PATH_LEVEL', 'pathLevelId'],
      [{ pathLevelId: otherPath.levelIds.PROFICIENT }, 'PATH_LEVEL_NOT_ON_EMPLOYEE_PATH', 'pathLevelId'],
      [{ certificationId: '00000000-0000-4000-8000-000000000002' }, 'UNKNOWN_CERTIFICATION', 'certificationId'],
    ];
    const [{ before }] = await t.dataSource.query(`SELECT count(*)::int AS before FROM playbook_run WHERE employee_id = $1`, [org.alice.id]);
    for (const [input, reason, field] of cases) {
      const res = await start(input);
      expect(res.data.startPlaybookRun).toMatchObject({ __typename: 'PlaybookActionRefused', reason, field });
    }
    const [{ after }] = await t.dataSource.query(`SELECT count(*)::int AS after FROM playbook_run WHERE employee_id = $1`, [org.alice.id]);
    expect(after).toBe(before);
    const [{ denied }] = await t.dataSource.query(`SELECT count(*)::int AS denied FROM audit_entry WHERE action = 'startPlaybookRun' AND outcome = 'DENIED' AND entity_id = $1`, [org.alice.id]);
    expect(denied).toBe(3);
    const ok = await start({ pathLevelId: path.levelIds.PROFICIENT, certificationId: await makeCertification(t.dataSource) });
    expect(ok.data.startPlaybookRun.__typename).toBe('PlaybookRun');
  });

  it('an after-step cannot be completed before the training date; on or after it, it can', async () => {
    const run = (await start({ trainingDate: '2031-03-12' })).data.startPlaybookRun;
    const after = run.steps.find((s: Any) => s.kind === 'AFTER');
    const early = await t.gql<Any>(COMPLETE, { input: { stepId: after.id, note: 'too soon' } }, tok.manager);
    expect(early.data.completePlaybookStep).toMatchObject({ __typename: 'PlaybookActionRefused', reason: 'BEFORE_TRAINING', field: 'completedOn' });
    clock.set(DateTime.fromISO('2031-03-13T09:00:00Z'));
    const backdated = await t.gql<Any>(COMPLETE, { input: { stepId: after.id, completedOn: '2031-03-11' } }, tok.manager);
    expect(backdated.data.completePlaybookStep.reason).toBe('BEFORE_TRAINING');
    const onDay = await t.gql<Any>(COMPLETE, { input: { stepId: after.id, completedOn: '2031-03-12' } }, tok.manager);
    expect(onDay.data.completePlaybookStep).toMatchObject({ __typename: 'PlaybookRunStep', done: true, completedOn: '2031-03-12' });
    clock.set(DateTime.fromISO('2031-03-10T09:00:00Z'));
  });

  it('the manager cancels a run with a reason: it stays visible as CANCELLED, its steps are no longer due, and it cannot be completed or cancelled again', async () => {
    const run = (await start({ trainingDate: '2031-03-11', trainingName: 'Cancelled course' })).data.startPlaybookRun;
    const byEmployee = await t.gql(CANCEL, { input: { runId: run.id, reason: 'x' } }, tok.alice);
    expect(byEmployee.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byOutsider = await t.gql(CANCEL, { input: { runId: run.id, reason: 'x' } }, tok.otherManager);
    expect(byOutsider.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const blank = await t.gql(CANCEL, { input: { runId: run.id, reason: '   ' } }, tok.manager);
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const res = await t.gql<Any>(CANCEL, { input: { runId: run.id, reason: 'The course was postponed by the vendor' } }, tok.manager);
    expect(res.data.cancelPlaybookRun).toMatchObject({ __typename: 'PlaybookRun', status: 'CANCELLED', cancelReason: 'The course was postponed by the vendor', cancelledById: org.manager.id });
    expect(res.data.cancelPlaybookRun.cancelledAt).toBe('2031-03-10T09:00:00.000Z');
    clock.set(DateTime.fromISO('2031-03-20T09:00:00Z'));
    const seen = await t.gql<Any>(RUN, { id: run.id }, tok.alice);
    expect(seen.data.playbookRun).toMatchObject({ status: 'CANCELLED', cancelReason: 'The course was postponed by the vendor', overdueSteps: [] });
    const overdue = await t.gql<Any>(OVERDUE, {}, tok.manager);
    expect(overdue.data.myOverduePlaybookSteps.filter((s: Any) => s.runId === run.id)).toEqual([]);
    const cancelled = await t.gql<Any>(RUNS, { status: 'CANCELLED' }, tok.manager);
    expect(cancelled.data.myPlaybookRuns.map((r: Any) => r.id)).toEqual([run.id]);
    const complete = await t.gql<Any>(COMPLETE, { input: { stepId: run.steps[0].id } }, tok.manager);
    expect(complete.data.completePlaybookStep).toMatchObject({ __typename: 'PlaybookActionRefused', reason: 'RUN_NOT_OPEN' });
    const again = await t.gql<Any>(CANCEL, { input: { runId: run.id, reason: 'again' } }, tok.manager);
    expect(again.data.cancelPlaybookRun).toMatchObject({ __typename: 'PlaybookActionRefused', reason: 'RUN_NOT_OPEN' });
    const [audit] = await t.dataSource.query(`SELECT before->>'status' AS before, after->>'status' AS after, after->>'cancelReason' AS reason FROM audit_entry WHERE action = 'cancelPlaybookRun' AND outcome = 'OK' AND entity_id = $1`, [run.id]);
    expect(audit).toEqual({ before: 'OPEN', after: 'CANCELLED', reason: 'The course was postponed by the vendor' });
    clock.set(DateTime.fromISO('2031-03-10T09:00:00Z'));
  });

  it('the manager corrects a run\'s training name and date: open steps are re-dated from the new date, completed ones stay', async () => {
    const run = (await start({ trainingName: 'Negotiaton' })).data.startPlaybookRun;
    await t.gql(COMPLETE, { input: { stepId: run.steps[0].id, note: 'done' } }, tok.manager);
    const res = await t.gql<Any>(UPDATE_RUN, { input: { runId: run.id, trainingName: 'Negotiation', trainingDate: '2031-03-26' } }, tok.manager);
    expect(res.data.updatePlaybookRun).toEqual({ __typename: 'PlaybookRun', trainingName: 'Negotiation', trainingDate: '2031-03-26',
      steps: [{ dueOn: '2031-03-10' }, { dueOn: '2031-03-23' }, { dueOn: '2031-04-02' }, { dueOn: '2031-04-05' }, { dueOn: '2031-04-09' }] });
    const sooner = await t.gql<Any>(UPDATE_RUN, { input: { runId: run.id, trainingDate: '2031-03-12' } }, tok.manager);
    expect(sooner.data.updatePlaybookRun.steps.map((s: Any) => s.dueOn)).toEqual(['2031-03-10', '2031-03-10', '2031-03-19', '2031-03-22', '2031-03-26']);
    const byEmployee = await t.gql(UPDATE_RUN, { input: { runId: run.id, trainingName: 'x' } }, tok.alice);
    expect(byEmployee.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await t.gql(CANCEL, { input: { runId: run.id, reason: 'Dropped' } }, tok.manager);
    const closed = await t.gql<Any>(UPDATE_RUN, { input: { runId: run.id, trainingName: 'Late fix' } }, tok.manager);
    expect(closed.data.updatePlaybookRun).toEqual({ __typename: 'PlaybookActionRefused', reason: 'RUN_NOT_OPEN' });
  });

  it('a manager who tries to write a template is told it is for HR', async () => {
    const res = await t.gql(CREATE_TEMPLATE, { input: { name: uniqueName('Mine') } }, tok.manager);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0].message).toBe('createPlaybookTemplate is for HR administrators only');
  });

  it('HR edits a template (runs already started keep their steps), refuses a blank or duplicate name, and retires it: no new runs', async () => {
    const name = uniqueName('Coaching');
    const created = (await t.gql<Any>(CREATE_TEMPLATE, { input: { name: `  ${name}  `, steps: [{ kind: 'BEFORE', title: 'Talk', offsetDays: -2 }] } }, tok.hr)).data.createPlaybookTemplate;
    expect(created.name).toBe(name);
    const before = (await t.gql<Any>(START, { input: { templateId: created.id, employeeId: org.bob.id, trainingName: 'Coaching', trainingDate: '2031-03-20' } }, tok.manager)).data.startPlaybookRun;
    const edited = await t.gql<Any>(UPDATE_TEMPLATE, { input: { id: created.id, description: 'For new coaches', steps: [{ kind: 'BEFORE', title: 'Set goals', offsetDays: -5 }, { kind: 'AFTER', title: 'Debrief', offsetDays: 3 }] } }, tok.hr);
    expect(edited.data.updatePlaybookTemplate).toMatchObject({ description: 'For new coaches', steps: [{ kind: 'BEFORE', title: 'Set goals', offsetDays: -5 }, { kind: 'AFTER', title: 'Debrief', offsetDays: 3 }] });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM playbook_run_step WHERE run_id = $1`, [before.id]);
    expect(n).toBe(1);
    const blank = await t.gql(UPDATE_TEMPLATE, { input: { id: created.id, name: '   ' } }, tok.hr);
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const dup = await t.gql(UPDATE_TEMPLATE, { input: { id: created.id, name: name.toUpperCase() } }, tok.hr);
    expect(dup.errors).toBeUndefined();
    const cleared = await t.gql<Any>(UPDATE_TEMPLATE, { input: { id: created.id, description: null } }, tok.hr);
    expect(cleared.data.updatePlaybookTemplate.description).toBeNull();
    const other = (await t.gql<Any>(CREATE_TEMPLATE, { input: { name: uniqueName('Other') } }, tok.hr)).data.createPlaybookTemplate;
    const clash = await t.gql<Any>(UPDATE_TEMPLATE, { input: { id: other.id, name: name.toLowerCase() } }, tok.hr);
    expect(clash.data.updatePlaybookTemplate).toEqual({ __typename: 'DuplicateNameError', field: 'name', existingId: created.id, message: `A playbook template named "${name.toUpperCase()}" already exists.` }); // renamed to upper case above
    expect((await t.dataSource.query(`SELECT name FROM playbook_template WHERE id = $1`, [other.id]))[0].name).not.toBe(name.toLowerCase());
    const badStep = await t.gql(UPDATE_TEMPLATE, { input: { id: created.id, steps: [{ kind: 'AFTER', title: 'x', offsetDays: -1 }] } }, tok.hr);
    expect(badStep.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'steps.0.offsetDays' });
    const retired = await t.gql<Any>(UPDATE_TEMPLATE, { input: { id: created.id, active: false } }, tok.hr);
    expect(retired.data.updatePlaybookTemplate.active).toBe(false);
    // A retired template is a business refusal (it was BAD_USER_INPUT), audited; an unknown one stays bad input.
    const startRefused = `mutation($input: StartPlaybookRunInput!) { startPlaybookRun(input: $input) { __typename ... on BusinessError { errorCode field message } } }`;
    const deniedStarts = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE action = 'startPlaybookRun' AND outcome = 'DENIED' AND entity_id = $1`, [org.bob.id]))[0].n as number;
    const deniedBefore = await deniedStarts();
    const refused = await t.gql<Any>(startRefused, { input: { templateId: created.id, employeeId: org.bob.id, trainingName: 'Coaching', trainingDate: '2031-03-20' } }, tok.manager);
    expect(refused.data.startPlaybookRun).toMatchObject({ __typename: 'PlaybookActionRefused', errorCode: 'PLAYBOOK_TEMPLATE_RETIRED', field: 'templateId' });
    expect(await deniedStarts()).toBe(deniedBefore + 1);
    const unknown = await t.gql(START, { input: { templateId: '00000000-0000-4000-8000-000000000000', employeeId: org.bob.id, trainingName: 'Coaching', trainingDate: '2031-03-20' } }, tok.manager);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'templateId' });
    const byManager = await t.gql(UPDATE_TEMPLATE, { input: { id: created.id, active: true } }, tok.manager);
    expect(byManager.errors?.[0].message).toBe('updatePlaybookTemplate is for HR administrators only');
    const [audit] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE action = 'retirePlaybookTemplate' AND entity_id = $1`, [created.id]);
    expect(audit.n).toBe(1);
  });
});
