import { makeOrg, uniqueName } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

const CREATE = `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) {
  __typename ... on Employee { id email } ... on EmailTakenError { field email } } }`;
const UPDATE = `mutation($input: UpdateEmployeeInput!) { updateEmployee(input: $input) {
  __typename ... on Employee { id email } ... on EmailTakenError { field email } } }`;

type Result = { __typename: string; id?: string; email?: string; field?: string };

describe('employee emails are unique case-insensitively (GraphQL)', () => {
  let t: TestApp;
  let hr: string;
  const local = () => uniqueName('maya').replace(/\W/g, '').toLowerCase();
  const create = async (email: string) => (await t.gql<{ createEmployee: Result }>(CREATE, { input: { firstName: 'Maya', lastName: 'Lopez', email } }, hr)).data.createEmployee;
  const update = async (id: string, email: string) => (await t.gql<{ updateEmployee: Result }>(UPDATE, { input: { id, email } }, hr)).data.updateEmployee;

  beforeAll(async () => {
    t = await startTestApp();
    hr = t.token((await makeOrg(t.dataSource)).hr.subject);
  });
  afterAll(() => t.close());

  it('refuses a create whose email differs only in case with EmailTakenError', async () => {
    const email = `${local()}@example.test`;
    expect((await create(email)).__typename).toBe('Employee');
    expect(await create(email.toUpperCase())).toEqual({ __typename: 'EmailTakenError', field: 'email', email: email.toUpperCase() });
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM employee WHERE lower(email) = $1`, [email]);
    expect(count).toBe(1);
  });

  it('refuses an update to another employee\'s email in another case, and lets an employee change the case of their own', async () => {
    const mine = `${local()}@example.test`;
    const theirs = `${local()}@example.test`;
    const me = (await create(mine)).id as string;
    expect((await create(theirs)).__typename).toBe('Employee');
    expect((await update(me, theirs.toUpperCase())).__typename).toBe('EmailTakenError');
    expect(await update(me, mine.toUpperCase())).toEqual({ __typename: 'Employee', id: me, email: mine.toUpperCase() });
  });

  it('concurrent creates of one email in different cases give one Employee and EmailTakenError for the others, never an internal error', async () => {
    const email = `${local()}@example.test`;
    const spellings = [email, email.toUpperCase(), email, `M${email.slice(1)}`, email.toUpperCase()];
    const results = await Promise.all(spellings.map((e) => t.gql<{ createEmployee: Result }>(CREATE, { input: { firstName: 'Maya', lastName: 'Lopez', email: e } }, hr)));
    expect(results.map((r) => r.errors)).toEqual(spellings.map(() => undefined));
    const kinds = results.map((r) => r.data.createEmployee.__typename).sort();
    expect(kinds).toEqual(['EmailTakenError', 'EmailTakenError', 'EmailTakenError', 'EmailTakenError', 'Employee']);
  });
});
