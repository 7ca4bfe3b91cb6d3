import { makeOrg, uniqueName } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

const CREATE = `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) {
  __typename ... on Employee { id email } ... on EmailTakenError { field } } }`;
const UPDATE = `mutation($input: UpdateEmployeeInput!) { updateEmployee(input: $input) {
  __typename ... on Employee { id managerId } ... on ManagerCycleError { field } } }`;

describe('employee mutations', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof makeOrg>>;
  let hr: string;

  beforeAll(async () => {
    t = await startTestApp();
    org = await makeOrg(t.dataSource);
    hr = t.token(org.hr.subject);
  });
  afterAll(() => t.close());

  it('validation errors are BAD_USER_INPUT naming the field, and change nothing', async () => {
    const email = `${uniqueName('x').replace(/\W/g, '')}@example.test`;
    const res = await t.gql(CREATE, { input: { firstName: 'A', lastName: 'B', email: 'not-an-email' } }, hr);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const bad = await t.gql(CREATE, { input: { firstName: '', lastName: 'B', email } }, hr);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'firstName' });
    const badRef = await t.gql(CREATE, { input: { firstName: 'A', lastName: 'B', email, managerId: '00000000-0000-4000-8000-000000000000' } }, hr);
    expect(badRef.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'managerId' });
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM employee WHERE email = $1', [email]);
    expect(count).toBe(0);
  });

  it('HR creates an employee and the change is audited with before and after', async () => {
    const email = `new.${Date.now()}@example.test`;
    const res = await t.gql<{ createEmployee: { __typename: string; id: string } }>(CREATE, { input: { firstName: 'New', lastName: 'Hire', email, managerId: org.manager.id } }, hr);
    expect(res.data.createEmployee.__typename).toBe('Employee');
    const [entry] = await t.dataSource.query(`SELECT actor_id, action, before, after FROM audit_entry WHERE entity_id = $1`, [res.data.createEmployee.id]);
    expect(entry).toMatchObject({ actor_id: org.hr.id, action: 'createEmployee', before: null });
    expect(entry.after).toMatchObject({ email, managerId: org.manager.id });
    const dup = await t.gql<{ createEmployee: { __typename: string; field: string } }>(CREATE, { input: { firstName: 'N', lastName: 'H', email } }, hr);
    expect(dup.data.createEmployee).toEqual({ __typename: 'EmailTakenError', field: 'email' });
  });

  it('a manager cannot create employees (FORBIDDEN, and the denial is audited)', async () => {
    const res = await t.gql(CREATE, { input: { firstName: 'A', lastName: 'B', email: `m.${Date.now()}@example.test` } }, t.token(org.manager.subject));
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const rows = await t.dataSource.query(`SELECT 1 FROM audit_entry WHERE actor_id = $1 AND outcome = 'DENIED' AND entity_id = 'createEmployee'`, [org.manager.id]);
    expect(rows.length).toBe(1);
  });

  it('a manager cycle is refused as a result, not a crash', async () => {
    const res = await t.gql<{ updateEmployee: unknown }>(UPDATE, { input: { id: org.director.id, managerId: org.alice.id } }, hr);
    expect(res.data.updateEmployee).toEqual({ __typename: 'ManagerCycleError', field: 'managerId' });
    const [row] = await t.dataSource.query('SELECT manager_id FROM employee WHERE id = $1', [org.director.id]);
    expect(row.manager_id).toBeNull();
  });

  it('a failing mutation leaves nothing half-written (audit rolls back with the change)', async () => {
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE entity_id = $1`, [org.bob.id]);
    // Unique violation inside the transaction after the audit would be written: email of another employee via raw duplicate.
    const res = await t.gql(UPDATE, { input: { id: org.bob.id, employeeNumber: 'dup-' + Date.now(), jobRoleId: '00000000-0000-4000-8000-000000000000' } }, hr);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'jobRoleId' });
    const after = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE entity_id = $1`, [org.bob.id]);
    expect(after[0].n).toBe(before[0].n);
  });
});
