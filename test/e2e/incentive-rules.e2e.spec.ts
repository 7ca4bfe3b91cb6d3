import { DateTime } from 'luxon';
import { FixedClock } from '@app/shared';
import { makeEmployee, makeOrg, uniqueName } from '../support/factories';
import { makeCertification, recordCertification } from '../support/practice-fixtures';
import { countStatements } from '../support/statement-count';
import { startTestApp, TestApp } from '../support/test-app';

const RULE = 'id name kind amount currency amountRecurrence active onLapse';
const CREATE = `mutation($input: CreateIncentiveRuleInput!) { createIncentiveRule(input: $input) {
  __typename ... on IncentiveRule { ${RULE} } ... on DuplicateNameError { errorCode field message existingId } } }`;
const UPDATE = `mutation($input: UpdateIncentiveRuleInput!) { updateIncentiveRule(input: $input) {
  __typename ... on IncentiveRule { ${RULE} } ... on DuplicateNameError { errorCode field existingId } } }`;
const DEACTIVATE = `mutation($id: ID!) { deactivateIncentiveRule(id: $id) { id active } }`;
const REACTIVATE = `mutation($id: ID!) { reactivateIncentiveRule(id: $id) { id active } }`;
const RULES = `query($all: Boolean) { incentiveRules(includeInactive: $all) { id active } }`;
const EVALUATE = `mutation { evaluateIncentives { created } }`;
const WAITING = `{ incentiveAwardsAwaitingApproval { id status metOn amount rule { id name amountRecurrence } employee { id displayName } } }`;

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('incentive rules: edit, deactivate, recurrence, awards with names', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof makeOrg>>;
  let hr: string;
  let certId: string;

  beforeAll(async () => {
    t = await startTestApp({}, new FixedClock(DateTime.fromISO('2030-06-15T12:00:00Z')));
    org = await makeOrg(t.dataSource);
    hr = t.token(org.hr.subject);
    certId = await makeCertification(t.dataSource);
  });
  afterAll(() => t.close());

  it('whether an amount is one-off or recurring is explicit: defaults by kind, can be chosen, only for money', async () => {
    const step = await t.gql<Any>(CREATE, { input: { name: uniqueName('Step'), kind: 'PAY_STEP', certificationId: certId, baseAmount: 100, currency: 'EUR' } }, hr);
    expect(step.data.createIncentiveRule).toMatchObject({ kind: 'PAY_STEP', amountRecurrence: 'RECURRING' });
    const bonus = await t.gql<Any>(CREATE, { input: { name: uniqueName('Bonus'), kind: 'BONUS', certificationId: certId, baseAmount: 300, currency: 'EUR' } }, hr);
    expect(bonus.data.createIncentiveRule).toMatchObject({ kind: 'BONUS', amountRecurrence: 'ONE_OFF' });
    const monthly = await t.gql<Any>(CREATE, { input: { name: uniqueName('Monthly bonus'), kind: 'BONUS', certificationId: certId, baseAmount: 20, currency: 'EUR', amountRecurrence: 'RECURRING' } }, hr);
    expect(monthly.data.createIncentiveRule.amountRecurrence).toBe('RECURRING');
    const guild = await t.gql(CREATE, { input: { name: uniqueName('Guild'), kind: 'ELIGIBILITY', certificationId: certId, opportunity: 'Guild', amountRecurrence: 'ONE_OFF' } }, hr);
    expect(guild.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amountRecurrence' });
  });

  it('a rule name is trimmed, never blank, and a taken one is a DuplicateNameError on create and edit', async () => {
    const name = uniqueName('Cloud pay step');
    const made = await t.gql<Any>(CREATE, { input: { name: `${name}  `, kind: 'PAY_STEP', certificationId: certId, baseAmount: 10, currency: 'EUR' } }, hr);
    expect(made.data.createIncentiveRule.name).toBe(name);
    const dup = await t.gql<Any>(CREATE, { input: { name: name.toUpperCase(), kind: 'BONUS', certificationId: certId, baseAmount: 10, currency: 'EUR' } }, hr);
    expect(dup.data.createIncentiveRule).toEqual({ __typename: 'DuplicateNameError', errorCode: 'DUPLICATE_NAME', field: 'name', existingId: made.data.createIncentiveRule.id, message: `A rule named "${name}" already exists.` });
    const other = await t.gql<Any>(CREATE, { input: { name: uniqueName('Other'), kind: 'BONUS', certificationId: certId, baseAmount: 10, currency: 'EUR' } }, hr);
    const clash = await t.gql<Any>(UPDATE, { input: { id: other.data.createIncentiveRule.id, name: ` ${name.toLowerCase()}` } }, hr);
    expect(clash.data.updateIncentiveRule).toEqual({ __typename: 'DuplicateNameError', errorCode: 'DUPLICATE_NAME', field: 'name', existingId: made.data.createIncentiveRule.id });
    const blank = await t.gql(CREATE, { input: { name: ' ', kind: 'BONUS', certificationId: certId, baseAmount: 10, currency: 'EUR' } }, hr);
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });

  it('HR edits a rule: the amount is recomputed for new awards, awards already made keep theirs; an edit that breaks the rule is refused', async () => {
    const cert = await makeCertification(t.dataSource);
    const rule = (await t.gql<Any>(CREATE, { input: { name: uniqueName('Editable'), kind: 'PAY_STEP', certificationId: cert, baseAmount: 100, currency: 'EUR' } }, hr)).data.createIncentiveRule;
    const early = await makeEmployee(t.dataSource, { managerId: org.manager.id });
    await recordCertification(t.dataSource, early.id, cert, '2030-06-01', '2030-06-30');
    await t.gql(EVALUATE, {}, hr);
    const edited = await t.gql<Any>(UPDATE, { input: { id: rule.id, baseAmount: 200, demandWeight: 1.5, amountRecurrence: 'ONE_OFF' } }, hr);
    expect(edited.data.updateIncentiveRule).toMatchObject({ amount: 300, amountRecurrence: 'ONE_OFF', kind: 'PAY_STEP' });
    const later = await makeEmployee(t.dataSource, { managerId: org.manager.id });
    await recordCertification(t.dataSource, later.id, cert, '2030-06-02', '2030-06-30');
    await t.gql(EVALUATE, {}, hr);
    const amounts = await t.dataSource.query(`SELECT employee_id, amount::float AS amount FROM incentive_award WHERE rule_id = $1`, [rule.id]);
    expect(Object.fromEntries(amounts.map((a: Any) => [a.employee_id, a.amount]))).toEqual({ [early.id]: 100, [later.id]: 300 });
    const guild = (await t.gql<Any>(CREATE, { input: { name: uniqueName('Guild'), kind: 'ELIGIBILITY', certificationId: cert, opportunity: 'Guild' } }, hr)).data.createIncentiveRule;
    const bad = await t.gql(UPDATE, { input: { id: guild.id, onLapse: 'SUSPEND' } }, hr);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'onLapse' });
    const [audit] = await t.dataSource.query(`SELECT before, after FROM audit_entry WHERE action = 'updateIncentiveRule' AND entity_id = $1 ORDER BY at LIMIT 1`, [rule.id]);
    expect([audit.before.amount, audit.after.amount]).toEqual([100, 300]);
    const denied = await t.gql(UPDATE, { input: { id: rule.id, baseAmount: 1 } }, t.token(org.manager.subject));
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('a deactivated rule makes no new awards and leaves the list; reactivated, it awards again', async () => {
    const cert = await makeCertification(t.dataSource);
    const rule = (await t.gql<Any>(CREATE, { input: { name: uniqueName('Pausable'), kind: 'BONUS', certificationId: cert, baseAmount: 50, currency: 'EUR' } }, hr)).data.createIncentiveRule;
    expect((await t.gql<Any>(DEACTIVATE, { id: rule.id }, hr)).data.deactivateIncentiveRule).toEqual({ id: rule.id, active: false });
    await recordCertification(t.dataSource, org.bob.id, cert, '2030-06-03', '2030-06-30');
    await t.gql(EVALUATE, {}, hr);
    expect(await t.dataSource.query(`SELECT 1 FROM incentive_award WHERE rule_id = $1`, [rule.id])).toEqual([]);
    expect((await t.gql<Any>(RULES, {}, hr)).data.incentiveRules.map((r: Any) => r.id)).not.toContain(rule.id);
    expect((await t.gql<Any>(RULES, { all: true }, hr)).data.incentiveRules).toContainEqual({ id: rule.id, active: false });
    await t.gql(REACTIVATE, { id: rule.id }, hr);
    await t.gql(EVALUATE, {}, hr);
    expect(await t.dataSource.query(`SELECT employee_id FROM incentive_award WHERE rule_id = $1`, [rule.id])).toEqual([{ employee_id: org.bob.id }]);
    const actions = await t.dataSource.query(`SELECT action FROM audit_entry WHERE entity_id = $1 AND action LIKE '%activateIncentiveRule' ORDER BY at`, [rule.id]);
    expect(actions.map((a: Any) => a.action)).toEqual(['deactivateIncentiveRule', 'reactivateIncentiveRule']);
  });

  it('awards awaiting approval show the rule and the person by name, oldest first, in a constant number of statements', async () => {
    const cert = await makeCertification(t.dataSource);
    const ruleName = uniqueName('Named rule');
    await t.gql(CREATE, { input: { name: ruleName, kind: 'BONUS', certificationId: cert, baseAmount: 10, currency: 'EUR' } }, hr);
    const people = [];
    for (const [i, first] of ['Ann', 'Ben', 'Cy'].entries()) {
      const p = await makeEmployee(t.dataSource, { managerId: org.manager.id, firstName: first, lastName: 'Awardee' });
      await recordCertification(t.dataSource, p.id, cert, `2030-05-0${3 - i}`, '2030-06-30');
      people.push(p);
    }
    await t.gql(EVALUATE, {}, hr);
    const res = await t.gql<Any>(WAITING, {}, hr);
    const mine = res.data.incentiveAwardsAwaitingApproval.filter((a: Any) => a.rule.name === ruleName);
    expect(mine.map((a: Any) => [a.employee.displayName, a.metOn])).toEqual([['Cy Awardee', '2030-05-01'], ['Ben Awardee', '2030-05-02'], ['Ann Awardee', '2030-05-03']]);
    expect(res.data.incentiveAwardsAwaitingApproval.every((a: Any) => a.status === 'PENDING')).toBe(true);
    const metOns = res.data.incentiveAwardsAwaitingApproval.map((a: Any) => a.metOn);
    expect(metOns).toEqual([...metOns].sort());

    const few = await countStatements(t.dataSource, () => t.gql(WAITING, {}, hr));
    const more = await makeEmployee(t.dataSource, { managerId: org.manager.id });
    await recordCertification(t.dataSource, more.id, cert, '2030-05-04', '2030-06-30');
    await t.gql(EVALUATE, {}, hr);
    const many = await countStatements(t.dataSource, () => t.gql(WAITING, {}, hr));
    expect(many).toBe(few);
    const denied = await t.gql(WAITING, {}, t.token(org.manager.subject));
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
