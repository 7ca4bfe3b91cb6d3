import { createHmac } from 'node:crypto';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { DateTime } from 'luxon';
import request from 'supertest';
import { FixedClock } from '@app/shared';
import { LapseScheduler } from '@app/incentives';
import { makeEmployee, makeOrg, uniqueName } from '../support/factories';
import { makeCertification, makeSkillPath, MadePath, recordCertification, renewCertification } from '../support/practice-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { businessFailure } from '../support/business-failure';

const CREATE_RULE = `mutation($input: CreateIncentiveRuleInput!) { createIncentiveRule(input: $input) { ... on IncentiveRule { id kind amount currency onLapse opportunity amountRecurrence } } }`;
const EVALUATE = `mutation { evaluateIncentives { created suspended reinstated } }`;
const AWARDS = `query($e: ID) { incentiveAwards(employeeId: $e) { id ruleId employeeId kind amount status sourceKind sourceId } }`;
const MINE = `{ myIncentiveAwards { id ruleId status } }`;
const DECIDE = `mutation($input: DecideIncentiveAwardInput!) { decideIncentiveAward(input: $input) { __typename ... on IncentiveAward { id status } ... on AwardAlreadyDecidedError { errorCode message status } } }`;
const CONFIGURE = `mutation($input: ConfigurePayrollWebhookInput!) { configurePayrollWebhook(input: $input) }`;
const SEND = `mutation { sendPayrollWebhook { __typename ... on PayrollWebhookDelivery { statusCode delivered awardCount signature } ... on BusinessError { errorCode message } } }`;
const RECOGNIZE = `mutation($input: RecordRecognitionInput!) { recordRecognition(input: $input) { id kind certificationId } }`;
const AUDIT = `{ recognitionAudit { departmentId department total referencingNewSkill share } }`;

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('incentives', () => {
  const clock = new FixedClock(DateTime.fromISO('2030-06-15T12:00:00Z'));
  let t: TestApp;
  let org: Awaited<ReturnType<typeof makeOrg>>;
  let tok: Record<string, string>;
  let path: MadePath;
  let certId: string;
  let rules: Record<string, string>;
  let recordId: string;
  const awardsOf = async (employeeId: string, token = tok.hr): Promise<Any[]> => (await t.gql<Any>(AWARDS, { e: employeeId }, token)).data.incentiveAwards;

  beforeAll(async () => {
    t = await startTestApp({}, clock);
    org = await makeOrg(t.dataSource);
    tok = Object.fromEntries(Object.entries(org).map(([k, v]) => [k, t.token(v.subject)]));
    path = await makeSkillPath(t.dataSource);
    certId = await makeCertification(t.dataSource);
  });
  afterAll(() => t.close());

  it('HR writes rules; a pay step\'s amount is base × value weight × demand weight; bad rules are refused', async () => {
    const payStep = { name: uniqueName('Cloud pay step'), kind: 'PAY_STEP', certificationId: certId, baseAmount: 100, valueWeight: 1.5, demandWeight: 1.2, currency: 'EUR', onLapse: 'SUSPEND' };
    const denied = await t.gql(CREATE_RULE, { input: payStep }, tok.manager);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const noBase = await t.gql(CREATE_RULE, { input: { ...payStep, baseAmount: undefined } }, tok.hr);
    expect(noBase.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'baseAmount' });
    const both = await t.gql(CREATE_RULE, { input: { ...payStep, pathLevelId: path.levelIds.BASELINE } }, tok.hr);
    expect(both.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'certificationId' });
    const r1 = await t.gql<Any>(CREATE_RULE, { input: payStep }, tok.hr);
    expect(r1.data.createIncentiveRule).toMatchObject({ kind: 'PAY_STEP', amount: 180, currency: 'EUR', onLapse: 'SUSPEND' });
    const r2 = await t.gql<Any>(CREATE_RULE, { input: { name: uniqueName('Kept step'), kind: 'PAY_STEP', certificationId: certId, baseAmount: 50, currency: 'EUR', onLapse: 'KEEP' } }, tok.hr);
    const r3 = await t.gql<Any>(CREATE_RULE, { input: { name: uniqueName('Guild'), kind: 'ELIGIBILITY', certificationId: certId, opportunity: 'Data community of practice' } }, tok.hr);
    const r4 = await t.gql<Any>(CREATE_RULE, { input: { name: uniqueName('Proficient bonus'), kind: 'BONUS', pathLevelId: path.levelIds.PROFICIENT, baseAmount: 500, demandWeight: 2, currency: 'EUR' } }, tok.hr);
    expect(r4.data.createIncentiveRule.amount).toBe(1000);
    rules = { suspend: r1.data.createIncentiveRule.id, keep: r2.data.createIncentiveRule.id, guild: r3.data.createIncentiveRule.id, bonus: r4.data.createIncentiveRule.id };
  });

  it('awards are created exactly once when a certification is recorded or a level reached (evaluation is idempotent, renewals do not pay again)', async () => {
    recordId = await recordCertification(t.dataSource, org.alice.id, certId, '2030-06-01', '2030-06-30');
    const [ach] = await t.dataSource.query(`INSERT INTO level_achievement (employee_id, path_id, level, reached_on) VALUES ($1, $2, 'PROFICIENT', '2030-06-10') RETURNING id`, [org.bob.id, path.pathId]);
    const denied = await t.gql(EVALUATE, {}, tok.manager);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const first = await t.gql<Any>(EVALUATE, {}, tok.hr);
    expect(first.data.evaluateIncentives.created).toBeGreaterThanOrEqual(4);
    const alice = await awardsOf(org.alice.id);
    expect(alice.map((a) => [a.ruleId, a.status, a.sourceId]).sort()).toEqual([[rules.suspend, 'PENDING', recordId], [rules.keep, 'PENDING', recordId], [rules.guild, 'PENDING', recordId]].sort());
    expect(alice.find((a) => a.ruleId === rules.suspend)?.amount).toBe(180);
    const bob = await awardsOf(org.bob.id);
    expect(bob).toEqual([expect.objectContaining({ ruleId: rules.bonus, kind: 'BONUS', amount: 1000, sourceKind: 'LEVEL_ACHIEVEMENT', sourceId: ach.id })]);

    await t.gql(EVALUATE, {}, tok.hr);
    expect((await awardsOf(org.alice.id)).length).toBe(3);
    expect((await awardsOf(org.bob.id)).length).toBe(1);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE action = 'evaluateIncentives' AND actor_id = $1`, [org.hr.id]);
    expect(n).toBeGreaterThanOrEqual(1);
  });

  it('the employee sees their awards, their line sees them, others do not; only HR approves', async () => {
    const mine = await t.gql<Any>(MINE, {}, tok.alice);
    expect(mine.data.myIncentiveAwards.map((a: Any) => a.ruleId).sort()).toEqual([rules.suspend, rules.keep, rules.guild].sort());
    expect((await awardsOf(org.alice.id, tok.manager)).length).toBe(3);
    const outsider = await t.gql(AWARDS, { e: org.alice.id }, tok.otherManager);
    expect(outsider.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const all = await t.gql<Any>(AWARDS, {}, tok.bob);
    expect(all.data.incentiveAwards.every((a: Any) => a.employeeId === org.bob.id)).toBe(true);

    const payStep = (await awardsOf(org.alice.id)).find((a) => a.ruleId === rules.suspend) as Any;
    const byManager = await t.gql(DECIDE, { input: { id: payStep.id, approve: true } }, tok.manager);
    expect(byManager.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const a of await awardsOf(org.alice.id)) {
      const ok = await t.gql<Any>(DECIDE, { input: { id: a.id, approve: true } }, tok.hr);
      expect(ok.data.decideIncentiveAward.status).toBe('APPROVED');
    }
    // Deciding again is an AwardAlreadyDecidedError result (not a top-level error), audited REFUSED with its code.
    const again = await businessFailure(t, { query: DECIDE, variables: { input: { id: payStep.id, approve: false } }, token: tok.hr }, 'decideIncentiveAward');
    expect(again.result).toEqual({ __typename: 'AwardAlreadyDecidedError', errorCode: 'AWARD_ALREADY_DECIDED', message: 'The award is already approved.', status: 'APPROVED' });
    expect(again.entries).toEqual([expect.objectContaining({ outcome: 'REFUSED', actor_id: org.hr.id, entity_id: 'decideIncentiveAward' })]);
    expect(again.entries[0].detail).toMatchObject({ result: 'AwardAlreadyDecidedError', reason: 'AWARD_ALREADY_DECIDED', target: { 'input.id': payStep.id } });
    expect((await awardsOf(org.alice.id)).find((a) => a.id === payStep.id)?.status).toBe('APPROVED');
  });

  it('payroll CSV is served to HR only', async () => {
    const server = t.app.getHttpServer();
    const hr = await request(server).get('/incentives/payroll.csv').set('authorization', `Bearer ${tok.hr}`);
    expect(hr.status).toBe(200);
    expect(hr.headers['content-type']).toMatch(/^text\/csv/);
    const lines = hr.text.trim().split('\r\n');
    expect(lines[0]).toBe('award_id,employee_id,employee_number,email,kind,rule,amount,currency,status,met_on,decided_on,recurrence,employee_name');
    const aliceLines = lines.filter((l) => l.includes(org.alice.id));
    expect(aliceLines.length).toBe(2); // the two pay steps; eligibility is not payroll
    expect(aliceLines.some((l) => l.includes(',PAY_STEP,') && l.includes(',180.00,EUR,APPROVED,2030-06-01,') && l.includes(',RECURRING,'))).toBe(true);
    const manager = await request(server).get('/incentives/payroll.csv').set('authorization', `Bearer ${tok.manager}`);
    expect(manager.status).toBe(403);
    const anonymous = await request(server).get('/incentives/payroll.csv');
    expect(anonymous.status).toBe(401);
    const bad = await request(server).get('/incentives/payroll.csv?from=June').set('authorization', `Bearer ${tok.hr}`);
    expect(bad.status).toBe(400);
  });

  it('the payroll webhook body is signed with HMAC-SHA256 of the body', async () => {
    const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
    const receiver: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    try {
      const secret = 'payroll-secret-0123456789abcdef-0123456789';
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
      expect((await t.gql(CONFIGURE, { input: { url, secret } }, tok.manager)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      // Before any webhook is configured (this worker's database may hold one from an earlier run), sending is refused.
      await t.dataSource.query(`DELETE FROM payroll_webhook`);
      const unconfigured = await businessFailure(t, { query: SEND, token: tok.hr }, 'sendPayrollWebhook');
      expect(unconfigured.result).toMatchObject({ __typename: 'PayrollWebhookNotConfiguredError', errorCode: 'PAYROLL_WEBHOOK_NOT_CONFIGURED' });
      expect(unconfigured.entries).toEqual([expect.objectContaining({ outcome: 'REFUSED', entity_id: 'sendPayrollWebhook', detail: expect.objectContaining({ reason: 'PAYROLL_WEBHOOK_NOT_CONFIGURED' }) })]);
      expect(received).toHaveLength(0);
      await t.gql(CONFIGURE, { input: { url, secret } }, tok.hr);
      const res = await t.gql<Any>(SEND, {}, tok.hr);
      expect(res.data.sendPayrollWebhook).toMatchObject({ statusCode: 204, delivered: true });
      expect(received.length).toBe(1);
      const expected = `sha256=${createHmac('sha256', secret).update(received[0].body).digest('hex')}`;
      expect(received[0].headers['x-skillpath-signature']).toBe(expected);
      expect(res.data.sendPayrollWebhook.signature).toBe(expected);
      const payload = JSON.parse(received[0].body);
      expect(payload.awards.filter((a: Any) => a.employee_id === org.alice.id).length).toBe(2);
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  });

  it('when the certification lapses, SUSPEND pay steps are suspended and KEEP ones kept; a renewal reinstates', async () => {
    clock.set(DateTime.fromISO('2030-07-02T12:00:00Z'));
    // the daily scheduler applies lapses without anyone asking, once per day
    const scheduler = t.app.get(LapseScheduler);
    expect((await scheduler.tick())?.suspended).toBeGreaterThanOrEqual(1);
    expect(await scheduler.tick()).toBeNull();
    const lapsed = Object.fromEntries((await awardsOf(org.alice.id)).map((a) => [a.ruleId, a.status]));
    expect(lapsed).toEqual({ [rules.suspend]: 'SUSPENDED', [rules.keep]: 'APPROVED', [rules.guild]: 'APPROVED' });
    const csv = await request(t.app.getHttpServer()).get('/incentives/payroll.csv').set('authorization', `Bearer ${tok.hr}`);
    expect(csv.text.split('\r\n').some((l) => l.includes(org.alice.id) && l.includes(',180.00,EUR,SUSPENDED,'))).toBe(true);

    await renewCertification(t.dataSource, recordId, '2030-07-02', null);
    await t.gql(EVALUATE, {}, tok.hr);
    const renewed = await awardsOf(org.alice.id);
    expect(renewed.length).toBe(3);
    expect(renewed.find((a) => a.ruleId === rules.suspend)?.status).toBe('APPROVED');
  });

  it('recognition can reference a skill; the audit reports six months per department, HR only', async () => {
    const [dept] = await t.dataSource.query(`INSERT INTO department (name) VALUES ($1) RETURNING id, name`, [uniqueName('Support')]);
    const ann = await makeEmployee(t.dataSource, { managerId: org.manager.id, departmentId: dept.id });
    const ben = await makeEmployee(t.dataSource, { managerId: org.manager.id, departmentId: dept.id });
    const withSkill = await t.gql<Any>(RECOGNIZE, { input: { employeeId: ann.id, kind: 'SHOUT_OUT', occurredOn: '2030-06-20', note: 'Used the new triage flow', certificationId: certId } }, tok.manager);
    expect(withSkill.data.recordRecognition).toMatchObject({ kind: 'SHOUT_OUT', certificationId: certId });
    await t.gql(RECOGNIZE, { input: { employeeId: ben.id, kind: 'BONUS', occurredOn: '2030-05-01', note: 'Quarter target' } }, tok.hr);
    await t.gql(RECOGNIZE, { input: { employeeId: ben.id, kind: 'PROMOTION', occurredOn: '2030-03-01', note: 'Lead', pathLevelId: path.levelIds.ADVANCED } }, tok.hr);
    await t.dataSource.query(`INSERT INTO recognition_event (employee_id, kind, occurred_on, note, given_by_id, path_level_id) VALUES ($1, 'SHOUT_OUT', '2029-12-01', 'too old', $2, $3)`, [ann.id, org.hr.id, path.levelIds.BASELINE]);
    const outsider = await t.gql(RECOGNIZE, { input: { employeeId: ann.id, kind: 'SHOUT_OUT', occurredOn: '2030-06-20', note: 'x' } }, tok.otherManager);
    expect(outsider.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const self = await t.gql(RECOGNIZE, { input: { employeeId: org.manager.id, kind: 'SHOUT_OUT', occurredOn: '2030-06-20', note: 'me' } }, tok.manager);
    expect(self.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const audit = await t.gql<Any>(AUDIT, {}, tok.hr);
    expect(audit.data.recognitionAudit.find((r: Any) => r.departmentId === dept.id)).toEqual({ departmentId: dept.id, department: dept.name, total: 3, referencingNewSkill: 2, share: 0.667 });
    const denied = await t.gql(AUDIT, {}, tok.manager);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('awards follow their condition without anyone running the evaluation', () => {
  it('recording a certification through the API creates its award in the same transaction', async () => {
    const t = await startTestApp();
    try {
      const org = await makeOrg(t.dataSource);
      const certId = await makeCertification(t.dataSource);
      const hr = t.token(org.hr.subject);
      const rule = await t.gql<Any>(`mutation($input: CreateIncentiveRuleInput!) { createIncentiveRule(input: $input) { ... on IncentiveRule { id } } }`,
        { input: { name: uniqueName('Auto bonus'), kind: 'BONUS', certificationId: certId, baseAmount: 250, currency: 'EUR' } }, hr);
      const recorded = await t.gql<Any>(`mutation($input: RecordCertificationInput!) { recordCertification(input: $input) { __typename } }`,
        { input: { employeeId: org.alice.id, certificationId: certId, earnedOn: '2026-01-15' } }, hr);
      expect(recorded.data.recordCertification.__typename).toBe('CertificationRecord');
      const awards = await t.dataSource.query(`SELECT status FROM incentive_award WHERE rule_id = $1 AND employee_id = $2`, [rule.data.createIncentiveRule.id, org.alice.id]);
      expect(awards).toEqual([{ status: 'PENDING' }]);
    } finally {
      await t.close();
    }
  });
});
