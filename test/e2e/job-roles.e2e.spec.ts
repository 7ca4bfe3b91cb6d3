import { makeEmployee, makeOrg, uniqueName } from '../support/factories';
import { makeSkillPath } from '../support/skill-path-factories';
import { startTestApp, TestApp } from '../support/test-app';

const CREATE = `mutation($input: CreateJobRoleInput!) { createJobRole(input: $input) {
  __typename ... on JobRole { id name retired } ... on DuplicateNameError { errorCode field message existingId } } }`;
const UPDATE = `mutation($input: UpdateJobRoleInput!) { updateJobRole(input: $input) {
  __typename ... on JobRole { id name description } ... on DuplicateNameError { errorCode field message existingId } } }`;
const RETIRE = `mutation($id: ID!) { retireJobRole(id: $id) { id retired retiredAt } }`;
const RESTORE = `mutation($id: ID!) { restoreJobRole(id: $id) { id retired retiredAt } }`;
const LIST = `query($all: Boolean) { jobRoles(includeRetired: $all) { id name retired } }`;
const CREATE_PATH = `mutation($input: CreateSkillPathInput!) { createSkillPath(input: $input) { __typename ... on SkillPath { id } } }`;
const ASSIGN = `mutation($input: AssignPathInput!) { assignPath(input: $input) { __typename } }`;
const UPDATE_EMPLOYEE = `mutation($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { __typename ... on Employee { id jobRole { name retired } } } }`;

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('job roles', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof makeOrg>>;
  let hr: string;

  beforeAll(async () => {
    t = await startTestApp();
    org = await makeOrg(t.dataSource);
    hr = t.token(org.hr.subject);
  });
  afterAll(() => t.close());

  it('names are trimmed; a blank name is refused naming the field', async () => {
    const name = uniqueName('Customer success engineer');
    const made = await t.gql<Any>(CREATE, { input: { name: `  ${name} ` } }, hr);
    expect(made.data.createJobRole).toMatchObject({ __typename: 'JobRole', name, retired: false });
    const blank = await t.gql(CREATE, { input: { name: '   ' } }, hr);
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(blank.errors?.[0].message).toBe('The name cannot be blank.');
    const rename = await t.gql(UPDATE, { input: { id: made.data.createJobRole.id, name: ' \t ' } }, hr);
    expect(rename.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });

  it('a name taken ignoring case and spaces is a DuplicateNameError result, on create and on rename', async () => {
    const name = uniqueName('Solutions Architect');
    const first = await t.gql<Any>(CREATE, { input: { name } }, hr);
    const dup = await t.gql<Any>(CREATE, { input: { name: `${name.toUpperCase()} ` } }, hr);
    expect(dup.data.createJobRole).toEqual({ __typename: 'DuplicateNameError', errorCode: 'DUPLICATE_NAME', field: 'name', existingId: first.data.createJobRole.id, message: `A job role named "${name}" already exists.` });
    const other = await t.gql<Any>(CREATE, { input: { name: uniqueName('Sales engineer') } }, hr);
    const clash = await t.gql<Any>(UPDATE, { input: { id: other.data.createJobRole.id, name: name.toLowerCase() } }, hr);
    expect(clash.data.updateJobRole).toMatchObject({ __typename: 'DuplicateNameError', errorCode: 'DUPLICATE_NAME', existingId: first.data.createJobRole.id });
    // The database refuses it too, whoever writes.
    await expect(t.dataSource.query(`INSERT INTO job_role (name) VALUES ($1)`, [` ${name.toLowerCase()}`])).rejects.toThrow(/UQ_job_role_name_key/);
  });

  it('HR renames a role (its own name in another case is fine) and the change is audited', async () => {
    const made = await t.gql<Any>(CREATE, { input: { name: uniqueName('support agent') } }, hr);
    const id = made.data.createJobRole.id;
    const newName = uniqueName('Support Agent II');
    const res = await t.gql<Any>(UPDATE, { input: { id, name: newName, description: 'Second line' } }, hr);
    expect(res.data.updateJobRole).toEqual({ __typename: 'JobRole', id, name: newName, description: 'Second line' });
    const recased = await t.gql<Any>(UPDATE, { input: { id, name: newName.toUpperCase() } }, hr);
    expect(recased.data.updateJobRole.name).toBe(newName.toUpperCase());
    const [entry] = await t.dataSource.query(`SELECT before, after FROM audit_entry WHERE action = 'updateJobRole' AND entity_id = $1 ORDER BY at LIMIT 1`, [id]);
    expect(entry.after).toMatchObject({ name: newName, description: 'Second line' });
    const denied = await t.gql(UPDATE, { input: { id, name: 'x' } }, t.token(org.manager.subject));
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('a retired role stays in history, gets no new paths, assignments or people, and can be restored', async () => {
    const path = await makeSkillPath(t.dataSource);
    const holder = await makeEmployee(t.dataSource, { managerId: org.manager.id, jobRoleId: path.jobRoleId });
    const retired = await t.gql<Any>(RETIRE, { id: path.jobRoleId }, hr);
    expect(retired.data.retireJobRole).toMatchObject({ id: path.jobRoleId, retired: true });
    expect(retired.data.retireJobRole.retiredAt).toEqual(expect.any(String));

    const active = await t.gql<Any>(LIST, {}, hr);
    expect(active.data.jobRoles.map((r: Any) => r.id)).not.toContain(path.jobRoleId);
    const all = await t.gql<Any>(LIST, { all: true }, hr);
    expect(all.data.jobRoles.find((r: Any) => r.id === path.jobRoleId)).toMatchObject({ retired: true });
    const kept = await t.gql<Any>(`query($id: ID!) { employee(id: $id) { jobRole { id retired } } }`, { id: holder.id }, hr);
    expect(kept.data.employee.jobRole).toEqual({ id: path.jobRoleId, retired: true });

    const assign = await t.gql(ASSIGN, { input: { employeeId: org.alice.id, pathId: path.pathId, targetLevel: 'PROFICIENT' } }, hr);
    expect(assign.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'pathId' });
    expect(assign.errors?.[0].message).toMatch(/is retired/);
    const toPerson = await t.gql(UPDATE_EMPLOYEE, { input: { id: org.bob.id, jobRoleId: path.jobRoleId } }, hr);
    expect(toPerson.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'jobRoleId' });
    const bare = await t.gql<Any>(CREATE, { input: { name: uniqueName('Retiring role') } }, hr);
    await t.gql(RETIRE, { id: bare.data.createJobRole.id }, hr);
    const newPath = await t.gql(CREATE_PATH, { input: { jobRoleId: bare.data.createJobRole.id, name: uniqueName('Path') } }, hr);
    expect(newPath.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'jobRoleId' });
    // Someone already holding the role can still be edited without touching it.
    const other = await t.gql<Any>(UPDATE_EMPLOYEE, { input: { id: holder.id, jobRoleId: path.jobRoleId, firstName: 'Still' } }, hr);
    expect(other.data.updateEmployee.jobRole).toEqual({ name: expect.any(String), retired: true });

    const restored = await t.gql<Any>(RESTORE, { id: path.jobRoleId }, hr);
    expect(restored.data.restoreJobRole).toEqual({ id: path.jobRoleId, retired: false, retiredAt: null });
    const assigned = await t.gql<Any>(ASSIGN, { input: { employeeId: org.alice.id, pathId: path.pathId, targetLevel: 'PROFICIENT' } }, hr);
    expect(assigned.data.assignPath.__typename).toBe('PathAssignment');
    const actions = await t.dataSource.query(`SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY at`, [path.jobRoleId]);
    expect(actions.map((a: Any) => a.action)).toEqual(['retireJobRole', 'restoreJobRole']);
  });
});
