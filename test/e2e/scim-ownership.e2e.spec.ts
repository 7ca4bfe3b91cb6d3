import { makeEmployee, makeOrg, uniqueName } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { employeeRow, SCIM_ERROR, SCIM_PATCH_OP, SCIM_USER, scimClient, scimConnector } from '../support/scim-client';

/** A SCIM client cannot take over people it does not own (issue 15, item 3). */
describe('SCIM: who a client may take over', () => {
  let t: TestApp;
  let hr: string;
  let departmentId: string;

  const client = (token: string) => scimClient(t, token);
  const userOf = (email: string, extra: Record<string, unknown> = {}) => ({
    schemas: [SCIM_USER], userName: email, name: { givenName: 'Taken', familyName: 'Over' }, emails: [{ value: email, primary: true }], active: false, ...extra,
  });
  /** An employee HR made (no connector links them), in a department and with an employee number. */
  const hrMade = async (roles: string[]) => {
    const made = await makeEmployee(t.dataSource, { roles, firstName: 'Hana', lastName: 'Admin', departmentId });
    await t.dataSource.query(`UPDATE employee SET employee_number = $2 WHERE id = $1`, [made.id, `HR-${made.id.slice(0, 8)}`]);
    return { ...made, before: await employeeRow(t, made.id) };
  };

  beforeAll(async () => {
    t = await startTestApp();
    hr = t.token((await makeOrg(t.dataSource)).hr.subject);
    [{ id: departmentId }] = await t.dataSource.query(`INSERT INTO department (name) VALUES ($1) RETURNING id`, [uniqueName('Dept own')]);
  });
  afterAll(() => t.close());

  it('refuses a POST whose email is an HR-made HR admin\'s (in any case) with 409 uniqueness, and changes nothing of them', async () => {
    const { token } = await scimConnector(t, hr);
    const admin = await hrMade(['HR_ADMIN', 'EMPLOYEE']);
    for (const email of [admin.email, admin.email.toUpperCase()]) {
      const res = await client(token).send('post', '/Users', userOf(email));
      expect([res.status, JSON.parse(res.text)]).toEqual([409, expect.objectContaining({ schemas: [SCIM_ERROR], status: '409', scimType: 'uniqueness' })]);
    }
    expect(await employeeRow(t, admin.id)).toEqual(admin.before);
    expect(await t.dataSource.query(`SELECT 1 FROM external_ref WHERE internal_id = $1`, [admin.id])).toEqual([]);
  });

  it('links an HR-made employee only when HR turned linkExistingEmployees on, keeping what the POST does not carry', async () => {
    const { token } = await scimConnector(t, hr, { linkExistingEmployees: true });
    const person = await hrMade(['MANAGER', 'EMPLOYEE']);
    const res = await client(token).send('post', '/Users', { schemas: [SCIM_USER], userName: person.email.toUpperCase(), active: true });
    expect(res.status).toBe(201);
    expect(JSON.parse(res.text).id).toBe(person.id);
    expect(await employeeRow(t, person.id)).toMatchObject({
      first_name: 'Hana', last_name: 'Admin', email: person.email.toUpperCase(), department_id: departmentId, employee_number: person.before.employee_number, roles: ['MANAGER', 'EMPLOYEE'], status: 'ACTIVE',
    });
  });

  it('never changes a linked HR admin\'s status (PATCH active false, PUT, DELETE: 400 mutability) nor roles', async () => {
    const { token } = await scimConnector(t, hr, { linkExistingEmployees: true });
    const admin = await hrMade(['HR_ADMIN', 'EMPLOYEE']);
    const linked = await client(token).send('post', '/Users', userOf(admin.email, { active: true, name: { givenName: 'Hana', familyName: 'Admin' } }));
    expect(linked.status).toBe(201);
    const refusals = [
      await client(token).send('patch', `/Users/${admin.id}`, { schemas: [SCIM_PATCH_OP], Operations: [{ op: 'replace', path: 'active', value: false }] }),
      await client(token).send('put', `/Users/${admin.id}`, userOf(admin.email)),
      await client(token).scim('delete', `/Users/${admin.id}`),
    ];
    for (const res of refusals) expect([res.status, JSON.parse(res.text)]).toEqual([400, expect.objectContaining({ status: '400', scimType: 'mutability', detail: expect.stringMatching(/HR admin/) })]);
    expect(await employeeRow(t, admin.id)).toMatchObject({ status: 'ACTIVE', roles: ['HR_ADMIN', 'EMPLOYEE'], first_name: 'Hana' });
    expect((await client(token).send('patch', `/Users/${admin.id}`, { schemas: [SCIM_PATCH_OP], Operations: [{ op: 'replace', path: 'title', value: 'People Lead' }] })).status).toBe(200);
  });

  it('never links a person another connector owns, even with linking on (409)', async () => {
    const owner = await scimConnector(t, hr);
    const email = `${uniqueName('owned').replace(/\W/g, '').toLowerCase()}@example.test`;
    const created = await client(owner.token).send('post', '/Users', userOf(email, { active: true }));
    expect(created.status).toBe(201);
    const other = await scimConnector(t, hr, { linkExistingEmployees: true });
    const res = await client(other.token).send('post', '/Users', userOf(email.toUpperCase()));
    expect([res.status, JSON.parse(res.text).scimType]).toEqual([409, 'uniqueness']);
    expect(await employeeRow(t, JSON.parse(created.text).id)).toMatchObject({ first_name: 'Taken', status: 'ACTIVE' });
  });

  it('refuses a second user whose email differs only in case (no second Maya)', async () => {
    const { token } = await scimConnector(t, hr);
    const email = `${uniqueName('maya.lopez').replace(/\s/g, '').toLowerCase()}@example.test`;
    expect((await client(token).send('post', '/Users', userOf(email, { active: true }))).status).toBe(201);
    const again = await client(token).send('post', '/Users', userOf(email.toUpperCase(), { userName: `other-${email}` }));
    expect([again.status, JSON.parse(again.text).scimType]).toEqual([409, 'uniqueness']);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM employee WHERE lower(email) = $1`, [email]);
    expect(count).toBe(1);
  });
});
