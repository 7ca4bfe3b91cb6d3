import { DateTime } from 'luxon';
import { FixedClock } from '@app/shared';
import { makeOrg, uniqueName } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

const BUDGET_FIELDS = `id employeeId status hours program periodStart periodEnd usage { totalHours extraHours usedHours remainingHours }`;
const SET_DEFAULT = `mutation($input: SetPracticeBudgetDefaultInput!) { setPracticeBudgetDefault(input: $input) { id hours program } }`;
const PROPOSE = `mutation($input: ProposePracticeBudgetInput!) { proposePracticeBudget(input: $input) {
  __typename ... on PracticeBudget { ${BUDGET_FIELDS} } ... on PracticeActionRefused { errorCode reason message } } }`;
const DECIDE = `mutation($input: DecidePracticeInput!) { decidePracticeBudget(input: $input) {
  __typename ... on PracticeBudget { id status } ... on PracticeActionRefused { errorCode reason message } } }`;
const LOG = `mutation($input: LogPracticeSessionInput!) { logPracticeSession(input: $input) {
  __typename ... on PracticeSession { id minutes } ... on PracticeActionRefused { errorCode reason }
  ... on BudgetExceededError { errorCode message remainingHours requestedHours } } }`;
const EXTEND = `mutation($input: RequestPracticeExtensionInput!) { requestPracticeExtension(input: $input) {
  __typename ... on PracticeExtension { id status extraHours } ... on PracticeActionRefused { errorCode reason } } }`;
const DECIDE_EXT = `mutation($input: DecidePracticeInput!) { decidePracticeExtension(input: $input) {
  __typename ... on PracticeExtension { id status } ... on PracticeActionRefused { errorCode reason } } }`;
const ADJUST = `mutation($input: AttachMetricAdjustmentInput!) { attachMetricAdjustment(input: $input) {
  __typename ... on MetricAdjustment { id metricKey changePercent startsOn endsOn } ... on PracticeActionRefused { errorCode reason } } }`;
const ONE = `query($id: ID!) { practiceBudget(id: $id) { ${BUDGET_FIELDS} sessions { minutes practicedOn } extensions { status extraHours } metricAdjustments { metricKey changePercent } employee { id } } }`;
const MINE = `{ myPracticeBudgets { ${BUDGET_FIELDS} } }`;
const OF = `query($e: ID) { practiceBudgets(employeeId: $e) { id } }`;

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('practice budgets', () => {
  const clock = new FixedClock(DateTime.fromISO('2030-03-01T12:00:00Z'));
  let t: TestApp;
  let org: Awaited<ReturnType<typeof makeOrg>>;
  let tok: Record<string, string>;
  let program: string;
  let budgetId: string;

  beforeAll(async () => {
    t = await startTestApp({}, clock);
    org = await makeOrg(t.dataSource);
    tok = Object.fromEntries(Object.entries(org).map(([k, v]) => [k, t.token(v.subject)]));
    program = uniqueName('Data storytelling');
  });
  afterAll(() => t.close());

  it('HR sets default hours for a program; a proposal without hours takes the default', async () => {
    const notHr = await t.gql(SET_DEFAULT, { input: { program, hours: 8 } }, tok.manager);
    expect(notHr.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const def = await t.gql<Any>(SET_DEFAULT, { input: { program, hours: 6 } }, tok.hr);
    expect(def.data.setPracticeBudgetDefault).toMatchObject({ hours: 6, program });
    const res = await t.gql<Any>(PROPOSE, { input: { employeeId: org.alice.id, program: ` ${program.toUpperCase()} `, periodStart: '2030-03-10', periodEnd: '2030-04-10' } }, tok.manager);
    expect(res.data.proposePracticeBudget).toMatchObject({ __typename: 'PracticeBudget', status: 'PROPOSED', hours: 6, usage: { remainingHours: 6 } });
    budgetId = res.data.proposePracticeBudget.id;
    const [audit] = await t.dataSource.query(`SELECT actor_id FROM audit_entry WHERE entity_id = $1 AND action = 'proposePracticeBudget'`, [budgetId]);
    expect(audit.actor_id).toBe(org.manager.id);
  });

  it('refuses proposals from outside the line (NOT_FOUND), from the employee (NOT_MANAGER), and bad input', async () => {
    const input = { employeeId: org.alice.id, program, hours: 4, periodStart: '2030-03-10', periodEnd: '2030-03-20' };
    const outsider = await t.gql(PROPOSE, { input }, tok.otherManager);
    expect(outsider.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const self = await t.gql<Any>(PROPOSE, { input }, tok.alice);
    expect(self.data.proposePracticeBudget).toMatchObject({ __typename: 'PracticeActionRefused', errorCode: 'NOT_MANAGER', reason: 'NOT_MANAGER' });
    const both = await t.gql(PROPOSE, { input: { ...input, pathLevelId: '00000000-0000-4000-8000-000000000000' } }, tok.manager);
    expect(both.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'pathLevelId' });
    const past = await t.gql(PROPOSE, { input: { ...input, periodStart: '2030-02-01' } }, tok.manager);
    expect(past.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'periodStart' });
    const noDefault = await t.gql(PROPOSE, { input: { ...input, hours: undefined, program: uniqueName('no default') } }, tok.manager);
    expect(noDefault.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hours' });
  });

  it('the employee cannot approve their own budget, nor the proposer their proposal; outsiders get NOT_FOUND; the proposer\'s manager approves', async () => {
    const own = await t.gql<Any>(DECIDE, { input: { id: budgetId, approve: true } }, tok.alice);
    expect(own.data.decidePracticeBudget).toMatchObject({ __typename: 'PracticeActionRefused', errorCode: 'OWN_BUDGET', reason: 'OWN_BUDGET' });
    const proposer = await t.gql<Any>(DECIDE, { input: { id: budgetId, approve: true } }, tok.manager);
    expect(proposer.data.decidePracticeBudget).toMatchObject({ __typename: 'PracticeActionRefused', errorCode: 'OWN_PROPOSAL', reason: 'OWN_PROPOSAL' });
    const outsider = await t.gql(DECIDE, { input: { id: budgetId, approve: true } }, tok.otherManager);
    expect(outsider.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const peer = await t.gql(DECIDE, { input: { id: budgetId, approve: true } }, tok.bob);
    expect(peer.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const [row] = await t.dataSource.query(`SELECT status FROM practice_budget WHERE id = $1`, [budgetId]);
    expect(row.status).toBe('PROPOSED');
    const ok = await t.gql<Any>(DECIDE, { input: { id: budgetId, approve: true, note: 'Protected Friday afternoons' } }, tok.director);
    expect(ok.data.decidePracticeBudget).toEqual({ __typename: 'PracticeBudget', id: budgetId, status: 'APPROVED' });
    const again = await t.gql<Any>(DECIDE, { input: { id: budgetId, approve: false } }, tok.hr);
    expect(again.data.decidePracticeBudget).toMatchObject({ errorCode: 'ALREADY_DECIDED', reason: 'ALREADY_DECIDED' });
  });

  it('a budget cannot be approved once its period has started', async () => {
    const res = await t.gql<Any>(PROPOSE, { input: { employeeId: org.bob.id, program, hours: 3, periodStart: '2030-03-02', periodEnd: '2030-03-30' } }, tok.manager);
    const id = res.data.proposePracticeBudget.id;
    clock.set(DateTime.fromISO('2030-03-03T12:00:00Z'));
    try {
      const late = await t.gql<Any>(DECIDE, { input: { id, approve: true } }, tok.hr);
      expect(late.data.decidePracticeBudget).toMatchObject({ __typename: 'PracticeActionRefused', errorCode: 'TRAINING_STARTED', reason: 'TRAINING_STARTED' });
    } finally {
      clock.set(DateTime.fromISO('2030-03-01T12:00:00Z'));
    }
  });

  it('the employee logs sessions; logging past the budget is refused with the remaining hours until an extension is approved', async () => {
    clock.set(DateTime.fromISO('2030-03-15T12:00:00Z'));
    const first = await t.gql<Any>(LOG, { input: { budgetId, practicedOn: '2030-03-12', minutes: 300, note: 'Built a dashboard' } }, tok.alice);
    expect(first.data.logPracticeSession).toMatchObject({ __typename: 'PracticeSession', minutes: 300 });
    const byManager = await t.gql<Any>(LOG, { input: { budgetId, practicedOn: '2030-03-12', minutes: 10 } }, tok.manager);
    expect(byManager.data.logPracticeSession).toMatchObject({ __typename: 'PracticeActionRefused', errorCode: 'NOT_YOUR_BUDGET', reason: 'NOT_YOUR_BUDGET' });
    const over = await t.gql<Any>(LOG, { input: { budgetId, practicedOn: '2030-03-14', minutes: 90 } }, tok.alice);
    expect(over.data.logPracticeSession).toMatchObject({ __typename: 'BudgetExceededError', errorCode: 'BUDGET_EXCEEDED', remainingHours: 1, requestedHours: 1.5 });
    expect(over.data.logPracticeSession.message).toMatch(/1 hours remain/);
    const future = await t.gql(LOG, { input: { budgetId, practicedOn: '2030-03-20', minutes: 10 } }, tok.alice);
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'practicedOn' });

    const ext = await t.gql<Any>(EXTEND, { input: { budgetId, extraHours: 2, reason: 'More practice on real data' } }, tok.manager);
    expect(ext.data.requestPracticeExtension).toMatchObject({ __typename: 'PracticeExtension', status: 'PROPOSED', extraHours: 2 });
    const extId = ext.data.requestPracticeExtension.id;
    const stillOver = await t.gql<Any>(LOG, { input: { budgetId, practicedOn: '2030-03-14', minutes: 90 } }, tok.alice);
    expect(stillOver.data.logPracticeSession.__typename).toBe('BudgetExceededError');
    const ownExt = await t.gql<Any>(DECIDE_EXT, { input: { id: extId, approve: true } }, tok.manager);
    expect(ownExt.data.decidePracticeExtension).toMatchObject({ errorCode: 'OWN_PROPOSAL', reason: 'OWN_PROPOSAL' });
    const aliceExt = await t.gql<Any>(DECIDE_EXT, { input: { id: extId, approve: true } }, tok.alice);
    expect(aliceExt.data.decidePracticeExtension).toMatchObject({ errorCode: 'OWN_BUDGET', reason: 'OWN_BUDGET' });
    const hrExt = await t.gql<Any>(DECIDE_EXT, { input: { id: extId, approve: true } }, tok.hr);
    expect(hrExt.data.decidePracticeExtension).toMatchObject({ status: 'APPROVED' });
    const now = await t.gql<Any>(LOG, { input: { budgetId, practicedOn: '2030-03-14', minutes: 90 } }, tok.alice);
    expect(now.data.logPracticeSession.__typename).toBe('PracticeSession');
  });

  it('a metric adjustment is attached by a manager in the line, defaulting to the budget period', async () => {
    const res = await t.gql<Any>(ADJUST, { input: { budgetId, metricKey: 'tickets_handled', changePercent: -20 } }, tok.manager);
    expect(res.data.attachMetricAdjustment).toMatchObject({ __typename: 'MetricAdjustment', metricKey: 'tickets_handled', changePercent: -20, startsOn: '2030-03-10', endsOn: '2030-04-10' });
    const self = await t.gql<Any>(ADJUST, { input: { budgetId, metricKey: 'csat', changePercent: -5 } }, tok.alice);
    expect(self.data.attachMetricAdjustment).toMatchObject({ errorCode: 'NOT_MANAGER', reason: 'NOT_MANAGER' });
    const [row] = await t.dataSource.query(`SELECT employee_id, budget_id, change_percent FROM metric_adjustment WHERE id = $1`, [res.data.attachMetricAdjustment.id]);
    expect(row).toMatchObject({ employee_id: org.alice.id, budget_id: budgetId, change_percent: '-20.00' });
  });

  it('the employee, their reporting line and HR see the budget and its use; others do not', async () => {
    const mine = await t.gql<Any>(MINE, {}, tok.alice);
    const own = mine.data.myPracticeBudgets.find((b: Any) => b.id === budgetId);
    expect(own.usage).toEqual({ totalHours: 8, extraHours: 2, usedHours: 6.5, remainingHours: 1.5 });
    for (const who of ['manager', 'director', 'hr']) {
      const one = await t.gql<Any>(ONE, { id: budgetId }, tok[who]);
      expect(one.data.practiceBudget).toMatchObject({ id: budgetId, employee: { id: org.alice.id }, sessions: [{ minutes: 300 }, { minutes: 90 }], extensions: [{ status: 'APPROVED', extraHours: 2 }], metricAdjustments: [{ metricKey: 'tickets_handled' }] });
      const list = await t.gql<Any>(OF, { e: org.alice.id }, tok[who]);
      expect(list.data.practiceBudgets.map((b: Any) => b.id)).toContain(budgetId);
    }
    for (const who of ['bob', 'otherManager', 'outsider']) {
      const one = await t.gql(ONE, { id: budgetId }, tok[who]);
      expect(one.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const list = await t.gql<Any>(OF, {}, tok[who]);
      expect(list.data.practiceBudgets.map((b: Any) => b.id)).not.toContain(budgetId);
    }
    const denied = await t.dataSource.query(`SELECT 1 FROM audit_entry WHERE actor_id = $1 AND outcome = 'DENIED' AND entity_id = $2`, [org.outsider.id, budgetId]);
    expect(denied.length).toBeGreaterThan(0);
  });
});
