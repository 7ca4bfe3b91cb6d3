import request from 'supertest';
import { DateTime } from 'luxon';
import { FixedClock } from '@app/shared';
import { makeEmployee, MadeEmployee, uniqueName } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { recordAttempt, recordCertification } from '../support/certification-factories';
import { parseCsv } from '../support/reporting-kpi-fixtures';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const FIELDS = `quarter groupId groupName attempts passed passRate certificationsEarned certificationSpend practiceHours trainingSpend totalSpend
  costPerCertification earnedWithoutCost attemptsWithoutCost`;
const SPEND = `query($d: KpiDimension!, $dept: ID) { certificationSpend(dimension: $d, departmentId: $dept, from: "2030-01-01", to: "2030-06-30") { ${FIELDS} } }`;

describe('certification spend with exam attempts, pass rate and training spend (PRACTICE_HOUR_COST 40)', () => {
  const clock = new FixedClock(DateTime.fromISO('2030-07-01T12:00:00Z'));
  let t: TestApp;
  let hr: string;
  let manager: MadeEmployee;
  let dept: string;
  let quietDept: string;

  beforeAll(async () => {
    t = await startTestApp({ PRACTICE_HOUR_COST: '40' }, clock);
    const ds = t.dataSource;
    hr = t.token((await makeEmployee(ds, { roles: ['HR_ADMIN', 'EMPLOYEE'] })).subject);
    manager = await makeEmployee(ds, { roles: ['MANAGER', 'EMPLOYEE'] });
    [{ id: dept }, { id: quietDept }] = await ds.query(`INSERT INTO department (name) VALUES ($1), ($2) RETURNING id`, [uniqueName('Dept'), uniqueName('Dept')]);
    const [p1, p2, p3] = [await makeEmployee(ds, { managerId: manager.id, departmentId: dept }), await makeEmployee(ds, { managerId: manager.id, departmentId: dept }), await makeEmployee(ds, { managerId: manager.id, departmentId: dept })];
    const quiet = await makeEmployee(ds, { departmentId: quietDept });
    const [a] = await ds.query(`INSERT INTO certification (name, issuer, cost_amount, cost_currency) VALUES ($1, 'Issuer', 300, 'EUR') RETURNING id`, [uniqueName('Cert A')]);
    const [b] = await ds.query(`INSERT INTO certification (name, issuer) VALUES ($1, 'Issuer') RETURNING id`, [uniqueName('Cert B')]);
    const attempt = async (e: MadeEmployee, certificationId: string, attemptedOn: string, passed: boolean, costAmount?: number) =>
      expect((await recordAttempt(t, hr, { employeeId: e.id, certificationId, attemptedOn, passed, costAmount })).errors).toBeUndefined();
    const award = async (e: MadeEmployee, certificationId: string, earnedOn: string) => expect((await recordCertification(t, hr, { employeeId: e.id, certificationId, earnedOn })).errors).toBeUndefined();
    // Q1 2030. p1 fails A (paid 250), passes A (catalog 300) and is awarded it (linked: no second cost).
    await attempt(p1, a.id, '2030-01-10', false, 250);
    await attempt(p1, a.id, '2030-02-10', true);
    await award(p1, a.id, '2030-02-20');
    // p2 is awarded A without any attempt: the catalog cost counts once.
    await award(p2, a.id, '2030-03-01');
    // p3 passes B, which has no cost anywhere, and is awarded it.
    await attempt(p3, b.id, '2030-03-05', true);
    await award(p3, b.id, '2030-03-10');
    // 90 + 150 minutes of practice in Q1, 30 minutes in Q2.
    const [budget] = await ds.query(
      `INSERT INTO practice_budget (employee_id, proposed_by_id, program, hours, period_start, period_end, status) VALUES ($1, $2, 'Practice', 20, '2030-01-01', '2030-06-30', 'APPROVED') RETURNING id`,
      [p1.id, manager.id],
    );
    await ds.query(`INSERT INTO practice_session (budget_id, employee_id, practiced_on, minutes) VALUES ($1, $2, '2030-01-15', 90), ($1, $3, '2030-02-01', 150), ($1, $2, '2030-04-02', 30)`, [budget.id, p1.id, p2.id]);
    // The quiet department: one award, no attempts.
    await award(quiet, a.id, '2030-02-01');
  });
  afterAll(() => t.close());

  it('per quarter and department: attempts, passed, pass rate, certification, training and total spend, cost per certification', async () => {
    const res = await t.gql<Any>(SPEND, { d: 'DEPARTMENT', dept }, hr);
    expect(res.errors).toBeUndefined();
    const [q1, q2] = res.data.certificationSpend;
    expect(q1).toMatchObject({
      quarter: '2030-01-01', groupId: dept, attempts: 3, passed: 2, certificationsEarned: 3,
      certificationSpend: 850, practiceHours: 4, trainingSpend: 160, totalSpend: 1010, earnedWithoutCost: 1, attemptsWithoutCost: 1,
    });
    expect(q1.passRate).toBeCloseTo(2 / 3, 12);
    expect(q1.costPerCertification).toBeCloseTo(1010 / 3, 9);
    expect(q2).toEqual({
      quarter: '2030-04-01', groupId: dept, groupName: q1.groupName, attempts: 0, passed: 0, passRate: null, certificationsEarned: 0,
      certificationSpend: 0, practiceHours: 0.5, trainingSpend: 20, totalSpend: 20, costPerCertification: null, earnedWithoutCost: 0, attemptsWithoutCost: 0,
    });
  });

  it('a department without recorded attempts has no pass rate (null, not a made-up number) but still its spend', async () => {
    const res = await t.gql<Any>(SPEND, { d: 'DEPARTMENT', dept: quietDept }, hr);
    expect(res.data.certificationSpend[0]).toMatchObject({ attempts: 0, passed: 0, passRate: null, certificationsEarned: 1, certificationSpend: 300, totalSpend: 300, costPerCertification: 300 });
  });

  it("scoping: a manager sees their line's numbers, another manager nothing, an employee is refused", async () => {
    const mine = await t.gql<Any>(SPEND, { d: 'DEPARTMENT', dept: undefined }, t.token(manager.subject));
    expect(mine.data.certificationSpend.find((r: Any) => r.quarter === '2030-01-01')).toMatchObject({ groupId: dept, attempts: 3, certificationSpend: 850 });
    expect(mine.data.certificationSpend.map((r: Any) => r.groupId)).not.toContain(quietDept);
    const other = await makeEmployee(t.dataSource, { roles: ['MANAGER', 'EMPLOYEE'] });
    expect((await t.gql<Any>(SPEND, { d: 'DEPARTMENT', dept }, t.token(other.subject))).data.certificationSpend).toEqual([]);
    const employee = await makeEmployee(t.dataSource, { managerId: manager.id, departmentId: dept });
    expect((await t.gql(SPEND, { d: 'DEPARTMENT', dept }, t.token(employee.subject))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const csv = await request(t.app.getHttpServer()).get(`/reports/certification-spend.csv?from=2030-01-01&to=2030-06-30`).set('authorization', `Bearer ${t.token(employee.subject)}`);
    expect(csv.status).toBe(403);
  });

  it('the CSV carries exactly the GraphQL numbers, column by column, with the same scoping', async () => {
    for (const [token, dimension] of [[hr, 'DEPARTMENT'], [t.token(manager.subject), 'MANAGER']] as const) {
      const gql = (await t.gql<Any>(`query { certificationSpend(dimension: ${dimension}, from: "2030-01-01", to: "2030-06-30") { ${FIELDS} } }`, {}, token)).data.certificationSpend;
      const file = await request(t.app.getHttpServer()).get(`/reports/certification-spend.csv?dimension=${dimension}&from=2030-01-01&to=2030-06-30`).set('authorization', `Bearer ${token}`);
      expect(file.status).toBe(200);
      const [header, ...rows] = parseCsv(file.text);
      expect(header).toEqual(FIELDS.split(/\s+/));
      expect(rows).toHaveLength(gql.length);
      expect(rows.length).toBeGreaterThan(1);
      rows.forEach((row, i) => header.forEach((column, j) => expect([column, row[j]]).toEqual([column, gql[i][column] === null ? '' : String(gql[i][column])])));
    }
  });
});
