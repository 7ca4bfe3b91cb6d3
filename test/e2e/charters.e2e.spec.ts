import request from 'supertest';
import { DateTime } from 'luxon';
import { FixedClock } from '@app/shared';
import { makeEmployee, MadeEmployee, uniqueName } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { makeSkillPath, MadePath } from '../support/skill-path-factories';
import { makeMetric } from '../support/reporting-fixtures';
import { approvedBudget, observe, observeMetric, reachLevel } from '../support/charter-fixtures';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const CREATE = `mutation($input: CreateProgramInput!) { createProgram(input: $input) {
  id name subjectKind pathLevelId startsOn cohortEmployeeIds goals { id kind targetPercent withinDays metricKey windowMonths } } }`;
const PROGRESS = `query($id: ID!) { programProgress(id: $id) { cohortSize program { id name }
  goals { goal { kind } target actual met sampleSize windowEndsOn passRateBasis } } }`;
const PROGRAMS = `query { programs { id name goals { kind targetPercent } } }`;

const byKind = (progress: Any, kind: string) => progress.goals.find((g: Any) => g.goal.kind === kind);

describe('program charters', () => {
  const clock = new FixedClock(DateTime.fromISO('2030-09-01T12:00:00Z'));
  let t: TestApp;
  let hr: MadeEmployee;
  let hrToken: string;
  let path: MadePath;
  let metric: { id: string; key: string };
  let lineManager: MadeEmployee;
  let cohort: Record<'alice' | 'bob' | 'carol' | 'dan', MadeEmployee>;

  beforeAll(async () => {
    t = await startTestApp({}, clock);
    const ds = t.dataSource;
    hr = await makeEmployee(ds, { roles: ['HR_ADMIN', 'EMPLOYEE'] });
    hrToken = t.token(hr.subject);
    path = await makeSkillPath(ds);
    metric = await makeMetric(ds, false);
    lineManager = await makeEmployee(ds, { roles: ['MANAGER', 'EMPLOYEE'] });
    const otherManager = await makeEmployee(ds, { roles: ['MANAGER', 'EMPLOYEE'] });
    cohort = {
      alice: await makeEmployee(ds, { managerId: lineManager.id }),
      bob: await makeEmployee(ds, { managerId: lineManager.id }),
      carol: await makeEmployee(ds, { managerId: otherManager.id }),
      dan: await makeEmployee(ds, { managerId: otherManager.id }),
    };
    const { alice, bob, carol, dan } = cohort;
    // Program starts 2030-04-01; PROFICIENT within 60 days (by 2030-05-31): alice and carol yes, bob late, dan never.
    await reachLevel(ds, alice.id, path.pathId, 'PROFICIENT', '2030-04-20');
    await reachLevel(ds, carol.id, path.pathId, 'PROFICIENT', '2030-05-10');
    await reachLevel(ds, bob.id, path.pathId, 'PROFICIENT', '2030-07-15');
    // Dan attempted (approved practice budget for the level) without reaching it.
    await approvedBudget(ds, dan.id, otherManager.id, { pathLevelId: path.levels.PROFICIENT.id });
    // Behaviours: alice new in the window; bob's was already seen before the start; carol's self-report is unconfirmed.
    const behaviour = path.levels.PROFICIENT.behaviourIds[0];
    await observe(ds, alice.id, behaviour, '2030-05-01', lineManager.id);
    await observe(ds, bob.id, behaviour, '2030-03-01', lineManager.id);
    await observe(ds, bob.id, behaviour, '2030-05-01', lineManager.id);
    await observe(ds, carol.id, behaviour, '2030-05-01', carol.id, true);
    // Metric (lower is better): 3 months before vs 3 months from April.
    const before = { '2030-01-01': 100, '2030-02-01': 100, '2030-03-01': 100 };
    await observeMetric(ds, alice.id, metric.id, { ...before, '2030-04-01': 70, '2030-05-01': 70, '2030-06-01': 70 });
    await observeMetric(ds, bob.id, metric.id, { ...before, '2030-04-01': 90, '2030-05-01': 90, '2030-06-01': 90 });
    await observeMetric(ds, carol.id, metric.id, { ...before, '2030-04-01': 80, '2030-05-01': 10, '2030-06-01': 80 });
    await observeMetric(ds, dan.id, metric.id, before);
    // Carol's May was under a temporary metric adjustment: left out.
    const budget = await approvedBudget(ds, carol.id, otherManager.id, { program: uniqueName('Practice') });
    await ds.query(
      `INSERT INTO metric_adjustment (employee_id, metric_key, change_percent, starts_on, ends_on, budget_id, created_by_id) VALUES ($1, $2, -20, '2030-05-01', '2030-05-31', $3, $4)`,
      [carol.id, metric.key, budget, otherManager.id],
    );
  });
  afterAll(() => t.close());

  const input = (overrides: Any = {}) => ({
    name: uniqueName('Program'),
    pathLevelId: path.levels.PROFICIENT.id,
    startsOn: '2030-04-01',
    employeeIds: Object.values(cohort).map((e) => e.id),
    goals: [
      { kind: 'COMPLETION', targetPercent: 75, withinDays: 60 },
      { kind: 'PASS_RATE', targetPercent: 60 },
      { kind: 'BEHAVIOUR', targetPercent: 50, withinDays: 90 },
      { kind: 'BUSINESS_METRIC', metricKey: metric.key, targetChangePercent: -20, windowMonths: 3 },
    ],
    ...overrides,
  });

  const create = async (overrides: Any = {}): Promise<Any> => {
    const res = await t.gql<Any>(CREATE, { input: input(overrides) }, hrToken);
    expect(res.errors).toBeUndefined();
    return res.data.createProgram;
  };

  it('HR creates a program, audited, and programs lists it with its goals', async () => {
    const program = await create();
    expect(program.subjectKind).toBe('PATH_LEVEL');
    expect(program.goals.map((g: Any) => g.kind)).toEqual(['COMPLETION', 'PASS_RATE', 'BEHAVIOUR', 'BUSINESS_METRIC']);
    expect(program.goals[3]).toMatchObject({ targetPercent: -20, windowMonths: 3, metricKey: metric.key });
    const [audit] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE entity_id = $1`, [program.id]);
    expect(audit.n).toBe(1);
    const list = await t.gql<Any>(PROGRAMS, {}, hrToken);
    expect(list.data.programs.find((p: Any) => p.id === program.id).goals).toHaveLength(4);
  });

  it('validation names the field', async () => {
    const noSubject = await t.gql(CREATE, { input: input({ pathLevelId: undefined }) }, hrToken);
    expect(noSubject.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'pathLevelId' });
    const twoSubjects = await t.gql(CREATE, { input: input({ trainingName: 'Phishing drill' }) }, hrToken);
    expect(twoSubjects.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'pathLevelId' });
    const tooHigh = await t.gql(CREATE, { input: input({ goals: [{ kind: 'COMPLETION', targetPercent: 120, withinDays: 30 }] }) }, hrToken);
    expect(tooHigh.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooHigh.errors?.[0].extensions?.field).toMatch(/targetPercent$/);
    const noDays = await t.gql(CREATE, { input: input({ goals: [{ kind: 'COMPLETION', targetPercent: 50 }] }) }, hrToken);
    expect(noDays.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'goals.0.withinDays' });
    const unknownMetric = await t.gql(CREATE, { input: input({ goals: [{ kind: 'BUSINESS_METRIC', metricKey: 'no_such_metric_x', targetChangePercent: -5, windowMonths: 3 }] }) }, hrToken);
    expect(unknownMetric.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'goals.0.metricKey' });
    const noCohort = await t.gql(CREATE, { input: input({ employeeIds: undefined }) }, hrToken);
    expect(noCohort.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'employeeIds' });
  });

  it('HR sees each goal: completion 50% vs 75% not met, pass rate over attempts, new behaviours, metric change without adjusted months', async () => {
    const program = await create();
    const res = await t.gql<Any>(PROGRESS, { id: program.id }, hrToken);
    expect(res.errors).toBeUndefined();
    const progress = res.data.programProgress;
    expect(progress.cohortSize).toBe(4);
    expect(byKind(progress, 'COMPLETION')).toEqual({ goal: { kind: 'COMPLETION' }, target: 75, actual: 50, met: false, sampleSize: 4, windowEndsOn: '2030-05-31', passRateBasis: null });
    // Earned 3 (alice, carol, bob) of 4 attempted (dan has a budget for the level).
    expect(byKind(progress, 'PASS_RATE')).toMatchObject({ target: 60, actual: 75, met: true, sampleSize: 4 });
    // Only alice's behaviour is new and counted.
    expect(byKind(progress, 'BEHAVIOUR')).toMatchObject({ target: 50, actual: 25, met: false, sampleSize: 4 });
    // Before 100 each; after alice 70, bob 90, carol 80 (May under adjustment left out); dan has no after data.
    const business = byKind(progress, 'BUSINESS_METRIC');
    expect(business).toMatchObject({ target: -20, met: true, sampleSize: 3, windowEndsOn: '2030-06-30' });
    expect(business.actual).toBeCloseTo(-20, 6);
  });

  it('goals are not judged before their window closes', async () => {
    const program = await create({ startsOn: '2030-08-01', goals: [{ kind: 'COMPLETION', targetPercent: 75, withinDays: 60 }, { kind: 'BUSINESS_METRIC', metricKey: metric.key, targetChangePercent: -20, windowMonths: 3 }] });
    const res = await t.gql<Any>(PROGRESS, { id: program.id }, hrToken);
    // Completion counts earlier achievers (3 of 4 at the level by 2030-09-30) and is met once reached.
    expect(byKind(res.data.programProgress, 'COMPLETION')).toMatchObject({ actual: 75, met: true });
    expect(byKind(res.data.programProgress, 'BUSINESS_METRIC')).toMatchObject({ actual: null, met: null, sampleSize: 0 });
  });

  it("a manager sees only their line's numbers", async () => {
    const program = await create();
    const res = await t.gql<Any>(PROGRESS, { id: program.id }, t.token(lineManager.subject));
    expect(res.errors).toBeUndefined();
    const progress = res.data.programProgress;
    expect(progress.cohortSize).toBe(2);
    expect(byKind(progress, 'COMPLETION')).toMatchObject({ actual: 50, met: false, sampleSize: 2 });
    expect(byKind(progress, 'PASS_RATE')).toMatchObject({ actual: 100, sampleSize: 2 });
    expect(byKind(progress, 'BEHAVIOUR')).toMatchObject({ actual: 50, met: true, sampleSize: 2 });
    expect(byKind(progress, 'BUSINESS_METRIC').sampleSize).toBe(2);
    expect(byKind(progress, 'BUSINESS_METRIC').actual).toBeCloseTo(-20, 6);
  });

  it('a department cohort is resolved at query time', async () => {
    const [dept] = await t.dataSource.query(`INSERT INTO department (name) VALUES ($1) RETURNING id`, [uniqueName('Dept')]);
    const member = await makeEmployee(t.dataSource, { departmentId: dept.id });
    await reachLevel(t.dataSource, member.id, path.pathId, 'PROFICIENT', '2030-04-05');
    await makeEmployee(t.dataSource, { departmentId: dept.id });
    const program = await create({ employeeIds: undefined, departmentId: dept.id, goals: [{ kind: 'COMPLETION', targetPercent: 40, withinDays: 30 }] });
    const res = await t.gql<Any>(PROGRESS, { id: program.id }, hrToken);
    expect(res.data.programProgress.cohortSize).toBe(2);
    expect(byKind(res.data.programProgress, 'COMPLETION')).toMatchObject({ actual: 50, met: true });
  });

  it('employees are refused; managers cannot define programs; an unknown program is NOT_FOUND', async () => {
    const program = await create();
    const employeeToken = t.token(cohort.alice.subject);
    expect((await t.gql(PROGRESS, { id: program.id }, employeeToken)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(PROGRAMS, {}, employeeToken)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(CREATE, { input: input() }, t.token(lineManager.subject))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(PROGRESS, { id: '00000000-0000-4000-8000-000000000000' }, hrToken)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('exports progress as CSV with the GraphQL numbers, scoped the same way', async () => {
    const program = await create();
    const gql = (await t.gql<Any>(PROGRESS, { id: program.id }, hrToken)).data.programProgress;
    const res = await request(t.app.getHttpServer()).get('/reports/program-progress.csv').query({ id: program.id }).set('authorization', `Bearer ${hrToken}`);
    expect(res.status).toBe(200);
    const [header, ...lines] = res.text.trim().split('\r\n');
    expect(header).toBe('program,cohortSize,goal,target,actual,met,sampleSize,windowEndsOn,passRateBasis');
    const completion = lines.find((l) => l.split(',')[2] === 'COMPLETION')?.split(',');
    const g = byKind(gql, 'COMPLETION');
    expect(completion?.slice(1)).toEqual([String(gql.cohortSize), 'COMPLETION', String(g.target), String(g.actual), String(g.met), String(g.sampleSize), g.windowEndsOn, '']);
    const passRate = lines.find((l) => l.split(',')[2] === 'PASS_RATE')?.split(',');
    expect(byKind(gql, 'PASS_RATE').passRateBasis).toEqual(expect.any(String));
    expect(passRate?.[8]).toBe(byKind(gql, 'PASS_RATE').passRateBasis);
    const employee = await request(t.app.getHttpServer()).get('/reports/program-progress.csv').query({ id: program.id }).set('authorization', `Bearer ${t.token(cohort.alice.subject)}`);
    expect(employee.status).toBe(403);
    const bad = await request(t.app.getHttpServer()).get('/reports/program-progress.csv').query({ id: 'nope' }).set('authorization', `Bearer ${hrToken}`);
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('id');
  });
});
