import { DateTime } from 'luxon';
import { FixedClock } from '@app/shared';
import { StepDueNotices } from '@app/notifications';
import { makeOrg, uniqueName } from '../support/factories';
import { makeCertification, makeSkillPath, recordCertification } from '../support/practice-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const PROPOSE = `mutation($input: ProposePracticeBudgetInput!) { proposePracticeBudget(input: $input) { ... on PracticeBudget { id } } }`;
const DECIDE = `mutation($input: DecidePracticeInput!) { decidePracticeBudget(input: $input) { ... on PracticeBudget { id status } } }`;
const ASSIGN = `mutation($input: AssignPathInput!) { assignPath(input: $input) { ... on PathAssignment { id } } }`;
const CREATE_TEMPLATE = `mutation($input: CreatePlaybookTemplateInput!) { createPlaybookTemplate(input: $input) { ... on PlaybookTemplate { id } } }`;
const START = `mutation($input: StartPlaybookRunInput!) { startPlaybookRun(input: $input) { ... on PlaybookRun { id steps { id dueOn } } } }`;
const CANCEL = `mutation($input: CancelPlaybookRunInput!) { cancelPlaybookRun(input: $input) { ... on PlaybookRun { status } } }`;
const CREATE_RULE = `mutation($input: CreateIncentiveRuleInput!) { createIncentiveRule(input: $input) { ... on IncentiveRule { id } } }`;
const EVALUATE = `mutation { evaluateIncentives { created } }`;
const INBOX = `{ myNotifications(first: 100) { totalCount nodes { title body link } } }`;

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Notice = { title: string; body: string; link: string };

describe('workflow events notify the people they concern, once each, with a link into the console', () => {
  const clock = new FixedClock(DateTime.fromISO('2030-03-02T09:00:00Z'));
  let t: TestApp;
  let org: Awaited<ReturnType<typeof makeOrg>>;
  let tok: Record<string, string>;
  const inbox = async (who: keyof typeof tok): Promise<Notice[]> => (await t.gql<Any>(INBOX, {}, tok[who])).data.myNotifications.nodes;
  const eventRows = async (key: string) => Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE event_key = $1`, [key]))[0].n);

  beforeAll(async () => {
    t = await startTestApp({}, clock);
    org = await makeOrg(t.dataSource);
    tok = Object.fromEntries(Object.entries(org).map(([k, v]) => [k, t.token(v.subject)]));
  });
  afterAll(() => t.close());

  it('a budget proposed tells its approver (the proposer\'s manager); decided, it tells the employee', async () => {
    const budget = (await t.gql<Any>(PROPOSE, { input: { employeeId: org.alice.id, program: uniqueName('SQL'), hours: 6, periodStart: '2030-03-10', periodEnd: '2030-04-10' } }, tok.manager)).data.proposePracticeBudget;
    expect(await inbox('director')).toContainEqual({ title: expect.stringContaining('Practice budget to approve'), body: expect.stringContaining('6 practice hours'), link: '/approvals' });
    expect(await inbox('alice')).toEqual([]);
    expect(await eventRows(`budget-proposed:${budget.id}`)).toBe(1);
    const decided = await t.gql<Any>(DECIDE, { input: { id: budget.id, approve: true } }, tok.director);
    expect(decided.data.decidePracticeBudget.status).toBe('APPROVED');
    expect(await inbox('alice')).toEqual([{ title: 'Your practice budget was approved', body: expect.stringContaining('6 practice hours are agreed'), link: '/practice' }]);
  });

  it('a path assigned tells the employee', async () => {
    const path = await makeSkillPath(t.dataSource);
    const a = (await t.gql<Any>(ASSIGN, { input: { employeeId: org.bob.id, pathId: path.pathId, targetLevel: 'PROFICIENT', targetDate: '2030-09-30' } }, tok.manager)).data.assignPath;
    const notices = await inbox('bob');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ body: 'Target: Proficient by 30 Sep 2030. Your home page shows where to start.', link: '/' });
    expect(await eventRows(`path-assigned:${a.id}`)).toBe(1);
  });

  it('a run started tells the employee and the manager; each step due tells both once; a cancelled run\'s steps tell no one', async () => {
    const templateId = (await t.gql<Any>(CREATE_TEMPLATE, { input: { name: uniqueName('Course') } }, tok.hr)).data.createPlaybookTemplate.id;
    const run = (await t.gql<Any>(START, { input: { templateId, employeeId: org.bob.id, trainingName: 'Service design', trainingDate: '2030-03-08' } }, tok.manager)).data.startPlaybookRun;
    const cancelled = (await t.gql<Any>(START, { input: { templateId, employeeId: org.bob.id, trainingName: 'Postponed', trainingDate: '2030-03-08' } }, tok.manager)).data.startPlaybookRun;
    expect((await t.gql<Any>(CANCEL, { input: { runId: cancelled.id, reason: 'Postponed' } }, tok.manager)).data.cancelPlaybookRun.status).toBe('CANCELLED');
    const link = `/playbooks/${run.id}`;
    expect((await inbox('bob')).filter((n) => n.link === link)).toEqual([expect.objectContaining({ title: 'Playbook started for Service design' })]);
    expect((await inbox('manager')).filter((n) => n.link === link)).toEqual([expect.objectContaining({ title: expect.stringContaining('Playbook started: ') })]);

    const notices = t.app.get(StepDueNotices);
    const stepNotices = async (r: Any) => Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE event_key = ANY($1::text[])`, [r.steps.map((s: Any) => `step-due:${s.id}`)]))[0].n);
    expect(run.steps.filter((s: Any) => s.dueOn === '2030-03-02')).toHaveLength(1); // -7 clamped to today
    await notices.tick();
    expect(await stepNotices(run)).toBe(2);
    await notices.tick();
    expect(await stepNotices(run)).toBe(2);
    clock.set(DateTime.fromISO('2030-03-05T09:00:00Z')); // the -3 step
    await notices.tick();
    expect(await stepNotices(run)).toBe(4);
    const bobSteps = (await inbox('bob')).filter((n) => n.title.startsWith('Playbook step due'));
    expect(bobSteps.map((n) => n.link)).toEqual([link, link]);
    expect((await inbox('manager')).filter((n) => n.title.startsWith('Playbook step due'))).toHaveLength(2);
    expect(await stepNotices(cancelled)).toBe(0);
    clock.set(DateTime.fromISO('2030-03-02T09:00:00Z'));
  });

  it('an award pending tells HR, who approve awards', async () => {
    const certId = await makeCertification(t.dataSource);
    const rule = uniqueName('Guild');
    await t.gql(CREATE_RULE, { input: { name: rule, kind: 'ELIGIBILITY', certificationId: certId, opportunity: 'Community of practice' } }, tok.hr);
    await recordCertification(t.dataSource, org.alice.id, certId, '2030-03-01');
    expect((await t.gql<Any>(EVALUATE, {}, tok.hr)).data.evaluateIncentives.created).toBeGreaterThanOrEqual(1);
    const [award] = await t.dataSource.query(`SELECT id FROM incentive_award WHERE employee_id = $1 AND status = 'PENDING'`, [org.alice.id]);
    const hr = (await inbox('hr')).filter((x) => x.body.includes(rule));
    expect(hr).toEqual([{ title: expect.stringContaining('Incentive award to approve'), body: expect.stringContaining('on 1 Mar 2030'), link: '/approvals' }]);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE event_key = $1 AND recipient_id = $2`, [`award-pending:${award.id}`, org.hr.id]);
    expect(n).toBe(1);
    expect((await inbox('alice')).some((x) => x.body.includes(rule))).toBe(false);
  });
});
